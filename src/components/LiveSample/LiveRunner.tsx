/**
 * The heavy half of a live sample, loaded on demand: the editor, the toolbar
 * and the console, wired to a sandbox. Code runs only when the reader presses
 * Run, including code that arrived through a share link.
 */
import React, { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import { createShareLink, readSharedCode } from '@site/src/runner/page/shareLink';
import { openedFromShareLink } from '@site/src/runner/page/shareParams';
import { clearEdit, readEdit, saveEdit, type EditPlace } from '@site/src/runner/page/savedEdits';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { WorkerKind } from '@site/src/runner/engine/protocol';
import CodeEditor, { type CodeEditorHandle } from './CodeEditor';
import Compare from './Compare';
import { publishOutput } from './pairOutputs';
import Console from './Console';
import { copyText } from './copyText';
import { canRunPythonHere } from './PythonNote';
import PythonLoading from './PythonLoading';
import Timeline from './Timeline';
import Toolbar from './Toolbar';
import { useSandboxRun } from './useSandboxRun';
import styles from './styles.module.css';

interface Props {
  kind: WorkerKind;
  code: string;
  sampleId: string | null;
  /** The reader pressed Run before the runner had loaded. */
  runOnLoad: boolean;
}

/** The runtime's own name: not translated (a product and version). */
const PYTHON_RUNTIME_LABEL = 'Python 3.14 (Pyodide)';

type Notice = { kind: 'info' | 'warning'; text: string; link?: string };

function linkNotice(): { code: string | null; notice: Notice } {
  const code = readSharedCode(window.location.search);
  return code === null
    ? {
        code,
        notice: {
          kind: 'warning',
          text: translate({
            id: 'liveSample.share.damaged',
            message: 'The shared link is damaged, so its code could not be read. This is the article’s code.',
            description: 'Shown when a share link cannot be decoded',
          }),
        },
      }
    : {
        code,
        notice: {
          kind: 'info',
          text: translate({
            id: 'liveSample.share.loaded',
            message:
              'This code came from a shared link, not from the article. Read it first: it runs only when you press Run. Reset brings back the article’s code.',
            description: 'Shown above code loaded from a share link',
          }),
        },
      };
}

function restoredNotice(): Notice {
  return {
    kind: 'info',
    text: translate({
      id: 'liveSample.edits.restored',
      message: 'Your edits from your last visit, kept in this browser. Reset brings back the article’s code.',
      description: 'Shown above a sample whose code the reader edited on an earlier visit',
    }),
  };
}

export default function LiveRunner({ kind, code, sampleId, runOnLoad }: Props): ReactNode {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<CodeEditorHandle>(null);
  const locale = useDocusaurusContext().i18n.currentLocale;
  const place: EditPlace | null = useMemo(
    () => (sampleId ? { locale, sampleId, kind } : null),
    [locale, sampleId, kind],
  );
  // Opened from a share link for this sample: its code, behind a notice, and never run by itself.
  // Else the reader's own edits from a last visit, said so.
  const [initial] = useState(() => {
    if (openedFromShareLink(sampleId, kind)) return linkNotice();
    const saved = place ? readEdit(place) : null;
    return saved === null ? null : { code: saved, notice: restoredNotice() };
  });
  /** The code the editor starts from (the article's, or the link's); `source` follows every edit. */
  const [startingCode, setStartingCode] = useState(initial?.code ?? code);
  const source = useRef(startingCode);
  const [editorKey, setEditorKey] = useState(0);
  const [fastForward, setFastForward] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(initial?.notice ?? null);
  const sandboxTitle = translate({
    id: 'liveSample.sandboxTitle',
    message: 'Sandbox that runs the sample',
    description: 'Title of the hidden sandbox iframe',
  });
  const { status, preparing, entries, timeline, drawing, total, run, stop } = useSandboxRun(
    kind,
    sandboxTitle,
  );
  /** A console line's moment, marked on the timeline; the editor line a timeline bar points at. */
  const [marker, setMarker] = useState<number | null>(null);
  const [shownLine, setShownLine] = useState<number | null>(null);
  const hasTimeline = timeline.spans.length > 0;
  // Where Python cannot run (no stack switching), Run stays off and nothing is downloaded.
  const runnable = kind !== 'python' || canRunPythonHere();
  const start = useCallback(() => {
    if (!runnable) return;
    setMarker(null);
    run(source.current, fastForward);
  }, [run, fastForward, runnable]);

  // A finished run's output, for the pair's Compare (timings and all; Compare sets numbers aside).
  useEffect(() => {
    if (sampleId && (status === 'done' || status === 'error')) {
      publishOutput(
        sampleId,
        kind,
        entries.map((entry) => entry.text),
      );
    }
    // Only when a run ends: entries are final by then (the batcher flushes before the status changes).
    // eslint-disable-next-line react-hooks/exhaustive-deps -- entries change on every line; only the end counts
  }, [status]);

  useEffect(() => {
    // Not start(): no marker to clear yet.
    if (runOnLoad && !initial && runnable) run(source.current, fastForward);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only on mount: the reader clicked the static Run button before the runner had loaded
  }, []);

  // Stable, so the editor (memo) does not render again for each batch of output: rendering it
  // restores its caret, and with the editor focused (Ctrl/Cmd+Enter) that cost a layout per
  // batch (measured: 470 ms of Selection.addRange in a 1,000-event run).
  const onEdit = useCallback(
    (value: string) => {
      source.current = value;
      if (place) saveEdit(place, value, code);
    },
    [place, code],
  );
  const runFromEditor = useCallback(() => {
    if (status !== 'running') start();
  }, [status, start]);
  const showPosition = useCallback(
    (line: number, column: number | null) => editor.current?.showPosition(line, column),
    [],
  );
  const leaveEditor = useCallback(
    () => host.current?.querySelector<HTMLElement>('[data-action="run"]')?.focus(),
    [],
  );

  const share = () => {
    if (!sampleId) return;
    const link = `${createShareLink(window.location, sampleId, source.current, kind)}`;
    void copyText(link);
    setNotice({
      kind: 'info',
      text: translate({
        id: 'liveSample.share.copied',
        message: 'Link to this code (copied to the clipboard where the browser allows it):',
        description: 'Shown after Share, above the link',
      }),
      link,
    });
  };

  return (
    <div ref={host} className={styles.sample} data-timeline-state={drawing ? 'drawing' : 'drawn'}>
      <Toolbar
        status={status}
        onRun={runnable ? start : undefined}
        onStop={stop}
        onReset={() => {
          if (place) clearEdit(place);
          source.current = code;
          setStartingCode(code);
          setNotice(null);
          setEditorKey((key) => key + 1);
        }}
        onCopy={() => void copyText(source.current)}
        onShare={sampleId ? share : undefined}
        fastForward={fastForward}
        onToggleFastForward={() => setFastForward((on) => !on)}
      />
      {notice ? (
        <div className={styles.notice} data-notice={notice.kind} role="status">
          {notice.text}
          {notice.link ? (
            <input
              className={styles.shareLink}
              readOnly
              value={notice.link}
              aria-label={notice.text}
              onFocus={(event) => event.target.select()}
            />
          ) : null}
        </div>
      ) : null}
      <CodeEditor
        ref={editor}
        kind={kind}
        key={editorKey}
        code={startingCode}
        onChange={onEdit}
        onRun={runFromEditor}
        onEscape={leaveEditor}
        highlightLine={shownLine}
      />
      {preparing ? <PythonLoading preparing={preparing} /> : null}
      <Console
        status={status}
        entries={entries}
        total={total}
        runtime={kind === 'python' ? PYTHON_RUNTIME_LABEL : undefined}
        onPickTime={hasTimeline ? setMarker : undefined}
        onShowPosition={showPosition}
      />
      {hasTimeline ? (
        <Timeline
          kind={kind}
          timeline={timeline}
          lines={entries}
          total={total}
          marker={marker}
          onShowLine={setShownLine}
        />
      ) : null}
      {sampleId ? <Compare sampleId={sampleId} /> : null}
    </div>
  );
}
