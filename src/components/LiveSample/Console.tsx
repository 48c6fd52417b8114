/**
 * The run's output: one element per console line, stamped with the time since
 * Run, then the final status and total. A polite live region, so screen
 * readers hear new output without being interrupted.
 */
import React, { useEffect, useRef, type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import type { RunStatus } from '@site/src/runner/engine/protocol';
import type { ConsoleEntry } from './useSandboxRun';
import styles from './styles.module.css';

/** `+1.002s`: seconds since Run, to the millisecond. */
export function formatStamp(ms: number): string {
  return `+${(ms / 1000).toFixed(3)}s`;
}

function summary(status: RunStatus, total: number | null): string {
  const seconds = ((total ?? 0) / 1000).toFixed(3);
  switch (status) {
    case 'running':
      return translate({
        id: 'liveSample.status.running',
        message: 'Running…',
        description: 'Console status while a sample runs',
      });
    case 'done':
      return translate(
        {
          id: 'liveSample.status.done',
          message: 'Finished in {seconds} s',
          description: 'Console status after a normal end',
        },
        { seconds },
      );
    case 'error':
      return translate(
        {
          id: 'liveSample.status.error',
          message: 'Ended with an error after {seconds} s',
          description: 'Console status after an error',
        },
        { seconds },
      );
    case 'stopped':
      return translate(
        {
          id: 'liveSample.status.stopped',
          message: 'Stopped after {seconds} s',
          description: 'Console status after Stop',
        },
        { seconds },
      );
    default:
      return translate({
        id: 'liveSample.status.idle',
        message: 'Press Run (Ctrl/Cmd+Enter) to see the output here.',
        description: 'Console placeholder before the first run',
      });
  }
}

interface Props {
  status: RunStatus;
  entries: ConsoleEntry[];
  total: number | null;
  /** What runs the code, named at the console's top ("Python 3.14 (Pyodide)"). */
  runtime?: string;
  /** With a timeline: a line's stamp is a button that marks its moment there. */
  onPickTime?: (t: number) => void;
}

export default function Console({ status, entries, total, runtime, onPickTime }: Props): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    // Only with output to follow: reading scrollHeight forces a layout, and an article's
    // idle consoles all mount at once as the page hydrates.
    if (element && entries.length > 0) element.scrollTop = element.scrollHeight;
  }, [entries, status]);
  return (
    <div
      ref={box}
      className={styles.console}
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
      {runtime ? (
        <div className={styles.runtime} data-runtime="">
          {runtime}
        </div>
      ) : null}
      {entries.map((entry, index) => (
        <div
          key={index}
          className={styles.line}
          data-line=""
          data-t={Math.round(entry.t)}
          data-level={entry.level}
        >
          {onPickTime ? (
            <button
              type="button"
              className={styles.stamp}
              data-stamp=""
              title={translate({
                id: 'liveSample.console.mark',
                message: 'Mark this moment on the timeline',
                description: 'Tooltip of a console line’s time stamp when the run has a timeline',
              })}
              onClick={() => onPickTime(entry.t)}
            >
              {formatStamp(entry.t)}
            </button>
          ) : (
            <span className={styles.stamp}>{formatStamp(entry.t)}</span>
          )}
          <span>{entry.text}</span>
        </div>
      ))}
      <div className={status === 'idle' ? styles.placeholder : styles.summary} data-summary="">
        {summary(status, total)}
      </div>
    </div>
  );
}
