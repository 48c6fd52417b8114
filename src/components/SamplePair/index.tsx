/**
 * A Python sample beside its TypeScript twin. The remark plugin
 * (plugins/remarkSamplePairs.ts) gives it two code blocks as children: Python,
 * then the live TypeScript. They sit in tabs that remember the reader's choice
 * across pages (Docusaurus `groupId`), because the docs column is too narrow for
 * two 70-column listings side by side.
 */
import React, { type ReactNode } from 'react';
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';
import { translate } from '@docusaurus/Translate';
import { SampleIdContext } from './SampleIdContext';
import styles from './styles.module.css';

interface Props {
  id: string;
  children?: ReactNode;
}

export default function SamplePair({ id, children }: Props): ReactNode {
  const [python, typescript] = React.Children.toArray(children);
  return (
    <SampleIdContext.Provider value={id}>
      <div className={styles.pair} id={`sample-${id}`} data-sample-id={id}>
        <Tabs groupId="sample-language" queryString defaultValue="python">
          <TabItem value="python" label="Python">
            {python}
          </TabItem>
          <TabItem
            value="typescript"
            label={translate({
              id: 'samplePair.tab.typescript',
              message: 'TypeScript (runnable)',
              description: 'Tab label of the runnable TypeScript twin of a Python sample',
            })}
          >
            {typescript}
          </TabItem>
        </Tabs>
      </div>
    </SampleIdContext.Provider>
  );
}
