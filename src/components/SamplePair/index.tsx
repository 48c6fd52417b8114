/**
 * A Python sample beside its TypeScript twin. The remark plugin
 * (plugins/remarkSamplePairs.ts) gives it its code blocks as children: Python,
 * the live TypeScript, and (when the site changed the article's code) the
 * Python as published. The two listings sit in tabs that remember the reader's
 * choice across pages (SampleTabs), because the docs column is too narrow for
 * two 70-column listings side by side.
 */
import React, { type ReactNode } from 'react';
import Details from '@theme/Details';
import Translate, { translate } from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import { SampleIdContext } from './SampleIdContext';
import RecordedNotice from './RecordedNotice';
import SampleTabs from './SampleTabs';
import styles from './styles.module.css';

interface Props {
  id: string;
  /** What the Python needs that the browser's Python lacks ('' when it runs in the page as in CPython). */
  pythonNeeds?: string;
  /** Some lines were added to make a fragment run (they are highlighted). */
  added?: boolean;
  /** The article's own version differs, and is shown folded. */
  published?: boolean;
  children?: ReactNode;
}

export default function SamplePair({ id, pythonNeeds, added, published, children }: Props): ReactNode {
  const [python, typescript, ...rest] = React.Children.toArray(children);
  const recorded = pythonNeeds ? rest.shift() : null;
  const asPublished = published ? rest.shift() : null;
  // The pair's anchor (#sample-<id>, which the phrasebook links to) is known to the build's anchor check.
  useBrokenLinks().collectAnchor(`sample-${id}`);
  return (
    <SampleIdContext.Provider value={id}>
      <div
        className={styles.pair}
        id={`sample-${id}`}
        data-sample-id={id}
        data-python-runs={pythonNeeds ? 'recorded' : 'browser'}
      >
        <SampleTabs
          id={id}
          labels={{
            python: 'Python',
            typescript: translate({
              id: 'samplePair.tab.typescript',
              message: 'TypeScript (runnable)',
              description: 'Tab label of the runnable TypeScript twin of a Python sample',
            }),
          }}
          panels={{
            python: (
              <>
                {pythonNeeds ? <RecordedNotice needs={pythonNeeds} /> : null}
                {python}
                {recorded ? (
                  <div data-testid="recorded-output">
                    <p className={styles.legend}>
                      <Translate
                        id="samplePair.recorded.label"
                        description="Label above the output CPython printed"
                      >
                        Output recorded on CPython 3.11:
                      </Translate>
                    </p>
                    {recorded}
                  </div>
                ) : null}
              </>
            ),
            typescript,
          }}
        />
        {added ? (
          <p className={styles.legend}>
            <Translate id="samplePair.addedLegend" description="Under a sample completed from a fragment">
              Highlighted lines are not in the article as published: they were added or changed to make the
              sample run, as the notes explain.
            </Translate>
          </p>
        ) : null}
        {published && asPublished ? (
          <Details
            className={styles.published}
            summary={
              <summary>
                <Translate
                  id="samplePair.asPublished"
                  description="Folded view of the article's original code"
                >
                  The code as the article published it
                </Translate>
              </summary>
            }
          >
            {asPublished}
          </Details>
        ) : null}
      </div>
    </SampleIdContext.Provider>
  );
}
