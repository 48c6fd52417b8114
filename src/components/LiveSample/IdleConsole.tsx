/**
 * The console before any run: what the light half of a sample (index.tsx) shows, and its words,
 * which the full console (Console.tsx, in the runner's chunk) uses too. A file of its own, so the
 * light half ships none of the console's run-time code.
 */
import React, { type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import styles from './styles.module.css';

export const consoleLabel = () =>
  translate({
    id: 'liveSample.console',
    message: 'Console output',
    description: 'Accessible name of the sample output',
  });

export const idleText = () =>
  translate({
    id: 'liveSample.status.idle',
    message: 'Press Run (Ctrl/Cmd+Enter) to see the output here.',
    description: 'Console placeholder before the first run',
  });

export default function IdleConsole(): ReactNode {
  return (
    <div
      className={styles.console}
      role="log"
      aria-live="polite"
      aria-label={consoleLabel()}
      tabIndex={0}
      data-testid="console-output"
      data-status="idle"
    >
      <div className={styles.placeholder} data-summary="">
        {idleText()}
      </div>
    </div>
  );
}
