/**
 * One sentence before a Python sample that the browser's Python cannot run as
 * CPython does (sample.json `pythonInPage`): what it needs, and that the output
 * below is CPython's. The reader may still edit and run it.
 */
import React, { type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import styles from './styles.module.css';

function needText(needs: string): string {
  switch (needs) {
    case 'threads':
      return translate({
        id: 'samplePair.recorded.threads',
        message:
          'This sample starts threads, which the browser’s Python cannot: run here, its blocking calls take turns, so its timings differ.',
        description: 'Before a Python sample that needs threads',
      });
    case 'processes':
      return translate({
        id: 'samplePair.recorded.processes',
        message: 'This sample starts processes, which the browser’s Python cannot.',
        description: 'Before a Python sample that needs processes',
      });
    case 'sockets':
      return translate({
        id: 'samplePair.recorded.sockets',
        message: 'This sample opens network sockets, which the browser’s Python cannot.',
        description: 'Before a Python sample that needs sockets',
      });
    default:
      return translate({
        id: 'samplePair.recorded.signals',
        message: 'This sample handles operating-system signals, which the browser’s Python cannot.',
        description: 'Before a Python sample that needs signals',
      });
  }
}

export default function RecordedNotice({ needs }: { needs: string }): ReactNode {
  return (
    <p className={styles.legend} data-testid="recorded-notice">
      {needText(needs)}{' '}
      {translate({
        id: 'samplePair.recorded.below',
        message:
          'Below is the output CPython printed; you can still edit and run it to see what happens here.',
        description: 'After the reason a Python sample does not run as CPython does',
      })}
    </p>
  );
}
