/**
 * The console before any run: what the light half of a sample (index.tsx) shows. Its box and its
 * placeholder are the full console's too (Console.tsx, in the runner's chunk). A file of its own,
 * so the light half ships none of the console's run-time code.
 */
import React, { type ReactNode, type Ref } from 'react';
import type { RunStatus } from '@site/src/runner/engine/protocol';
import { translate } from '@docusaurus/Translate';
import styles from './styles.module.css';

export const idleText = () =>
  translate({
    id: 'liveSample.status.idle',
    message: 'Press Run (Ctrl/Cmd+Enter) to see the output here.',
    description: 'Console placeholder before the first run',
  });

/** The console's box: a polite live region, so screen readers hear new output without being interrupted. */
export function ConsoleLog({
  ref,
  className = styles.console,
  status,
  children,
}: {
  ref?: Ref<HTMLDivElement>;
  className?: string;
  status: RunStatus;
  children: ReactNode;
}): ReactNode {
  return (
    <div
      ref={ref}
      className={className}
      role="log"
      aria-live="polite"
      aria-label={translate({
        id: 'liveSample.console',
        message: 'Console output',
        description: 'Accessible name of the sample output',
      })}
      tabIndex={0}
      data-testid="console-output"
      data-status={status}
    >
      {children}
    </div>
  );
}

export default function IdleConsole(): ReactNode {
  return (
    <ConsoleLog status="idle">
      <div className={styles.placeholder} data-summary="">
        {idleText()}
      </div>
    </ConsoleLog>
  );
}
