/**
 * The run's output: one element per console line, stamped with the time since
 * Run, then the final status and total. A polite live region, so screen
 * readers hear new output without being interrupted. A place in the reader's
 * code that a line names (an error's position) is a button that shows it in
 * the editor; once there is output, Copy output copies it.
 */
import React, { memo, useEffect, useRef, useState, type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import type { RunStatus } from '@site/src/runner/engine/protocol';
import { copyText } from './copyText';
import { ConsoleLog, idleText } from './IdleConsole';
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
      return idleText();
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
  /** Shows a line (and column: null, the line's start) in the editor. */
  onShowPosition?: (line: number, column: number | null) => void;
}

/** A line's text, with the place in the reader's code it names as a button that shows it. */
function LineText({
  entry,
  onShowPosition,
}: {
  entry: ConsoleEntry;
  onShowPosition?: Props['onShowPosition'];
}) {
  const { text, link } = entry;
  if (!link || !onShowPosition) return <span>{text}</span>;
  return (
    <span>
      {text.slice(0, link.start)}
      <button
        type="button"
        className={styles.position}
        data-testid={link.source === 'problem' ? 'problem-position' : 'traceback-position'}
        // Not data-line: that marks a console line, and tests and the bench find lines by it.
        data-editor-line={link.line}
        data-editor-column={link.column ?? undefined}
        title={translate({
          id: 'liveSample.console.showPosition',
          message: 'Go to this line in the editor',
          description: 'Tooltip of the line (and column) an error names in the console',
        })}
        onClick={() => onShowPosition(link.line, link.column)}
      >
        {text.slice(link.start, link.end)}
      </button>
      {text.slice(link.end)}
    </span>
  );
}

/**
 * Copy output: the printed lines as plain text, one a line, without their stamps (what the program
 * printed, as a terminal shows it and as the samples' expected outputs are written; the stamps
 * differ on every run), and a confirmation for screen readers.
 */
function CopyOutput({ entries }: { entries: ConsoleEntry[] }) {
  const [said, setSaid] = useState<{ text: string } | null>(null);
  useEffect(() => {
    if (!said) return;
    const timer = setTimeout(() => setSaid(null), 4000);
    return () => clearTimeout(timer);
  }, [said]);
  const copy = async () => {
    const copied = await copyText(entries.map((entry) => `${entry.text}\n`).join(''));
    setSaid({
      text: copied
        ? translate({
            id: 'liveSample.console.copied',
            message: 'Output copied',
            description: 'Said after Copy output put the console’s lines on the clipboard',
          })
        : translate({
            id: 'liveSample.console.copyFailed',
            message: 'The browser did not allow copying',
            description: 'Said when Copy output could not reach the clipboard',
          }),
    });
  };
  return (
    <div className={styles.consoleTools}>
      <span role="status" className={styles.copied}>
        {said?.text}
      </span>
      <button
        type="button"
        className="button button--sm button--secondary"
        data-action="copy-output"
        onClick={() => void copy()}
      >
        {translate({
          id: 'liveSample.button.copyOutput',
          message: 'Copy output',
          description: 'Copies the console’s lines as plain text, without their time stamps',
        })}
      </button>
    </div>
  );
}

interface LineProps {
  entry: ConsoleEntry;
  markTitle: string;
  onPickTime?: (t: number) => void;
  onShowPosition?: Props['onShowPosition'];
}

/** One printed line; memo, so a run's next batch renders only its new lines. */
const Line = memo(function Line({ entry, markTitle, onPickTime, onShowPosition }: LineProps) {
  return (
    <div className={styles.line} data-line="" data-t={Math.round(entry.t)} data-level={entry.level}>
      {onPickTime ? (
        <button
          type="button"
          className={styles.stamp}
          data-stamp=""
          title={markTitle}
          onClick={() => onPickTime(entry.t)}
        >
          {formatStamp(entry.t)}
        </button>
      ) : (
        <span className={styles.stamp}>{formatStamp(entry.t)}</span>
      )}
      <LineText entry={entry} onShowPosition={onShowPosition} />
    </div>
  );
});

export default function Console({
  status,
  entries,
  total,
  runtime,
  onPickTime,
  onShowPosition,
}: Props): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  const markTitle = translate({
    id: 'liveSample.console.mark',
    message: 'Mark this moment on the timeline',
    description: 'Tooltip of a console line’s time stamp when the run has a timeline',
  });
  useEffect(() => {
    const element = box.current;
    // Only with output to follow: reading scrollHeight forces a layout, and an article's
    // idle consoles all mount at once as the page hydrates.
    if (element && entries.length > 0) element.scrollTop = element.scrollHeight;
  }, [entries, status]);
  return (
    <div className={styles.consoleBox}>
      {entries.length > 0 ? <CopyOutput entries={entries} /> : null}
      <ConsoleLog
        ref={box}
        // Copy output takes the runtime's row, or a row of its own above the first line.
        className={entries.length > 0 && !runtime ? `${styles.console} ${styles.belowTools}` : styles.console}
        status={status}
      >
        {runtime ? (
          <div className={styles.runtime} data-runtime="">
            {runtime}
          </div>
        ) : null}
        {entries.map((entry, index) => (
          <Line
            key={index}
            entry={entry}
            markTitle={markTitle}
            onPickTime={onPickTime}
            onShowPosition={onShowPosition}
          />
        ))}
        <div className={status === 'idle' ? styles.placeholder : styles.summary} data-summary="">
          {summary(status, total)}
        </div>
      </ConsoleLog>
    </div>
  );
}
