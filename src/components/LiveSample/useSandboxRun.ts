/**
 * One sample's runs, as React state: starts them in the page's shared sandbox
 * (src/runner/page/pageSandbox.ts) and turns what they report into console
 * entries, batched so a burst of output costs one render. The sandbox, its
 * liveness check and its restart after a crash are the sandbox host's; this
 * hook only subscribes.
 */
import { useCallback, useEffect, useRef, useState, useTransition } from 'react';
import { flushSync } from 'react-dom';
import type { LogLevel, RunNotice, RunStatus, Span, WorkerKind } from '@site/src/runner/engine/protocol';
import type { RunHandle, SandboxHost } from '@site/src/runner/page/createSandboxHost';
import { acquireSandbox } from '@site/src/runner/page/pageSandbox';
import {
  describeCrash,
  describeProblem,
  describeTruncated,
  tracebackLink,
  type LineLink,
} from './describeProblem';
import { createBatcher, createTrickle } from './createBatcher';

/** How often at most the timeline is redrawn while a run goes on. */
const SPAN_BATCH_MS = 250;

export interface ConsoleEntry {
  level: LogLevel;
  text: string;
  /** Milliseconds since Run on the sample's clock. */
  t: number;
  /** The timeline lane of the code that printed it (undefined: not known, as for the runner's own lines). */
  lane?: string | null;
  /** A place in the reader's code that the line names (the problem's position, a traceback's line). */
  link?: LineLink | null;
}

/** What the timeline draws: each span's latest version (index id - 1), and whether the cap was reached. */
export interface Timeline {
  spans: Span[];
  capped: boolean;
}

const NO_SPANS: Timeline = { spans: [], capped: false };

/** A run waiting for its runtime: bytes downloaded so far, then the interpreter starting. */
export type Preparing = { phase: 'download'; loaded: number; total: number } | { phase: 'start' } | null;

export interface SandboxRun {
  status: RunStatus;
  preparing: Preparing;
  entries: ConsoleEntry[];
  timeline: Timeline;
  /** Spans have arrived that are not drawn yet (see spanQueue). */
  drawing: boolean;
  /** Total time of the last run, once it has ended. */
  total: number | null;
  run: (source: string, fastForward: boolean) => void;
  stop: () => void;
}

export function useSandboxRun(kind: WorkerKind, sandboxTitle: string): SandboxRun {
  const sandbox = useRef<SandboxHost | null>(null);
  const current = useRef<RunHandle | null>(null);
  const startedAt = useRef(0);
  const lastT = useRef(0);
  const [status, setStatus] = useState<RunStatus>('idle');
  const [preparing, setPreparing] = useState<Preparing>(null);
  const [entries, setEntries] = useState<ConsoleEntry[]>([]);
  const [timeline, setTimeline] = useState<Timeline>(NO_SPANS);
  const [total, setTotal] = useState<number | null>(null);
  const [transitioning, startTransition] = useTransition();
  const [spansWaiting, setSpansWaiting] = useState(false);
  const drawing = transitioning || spansWaiting;
  // Each batch reaches the DOM at once, not in a later scheduler task: at most one a frame.
  const [batcher] = useState(() =>
    createBatcher<ConsoleEntry>((batch) => flushSync(() => setEntries((previous) => previous.concat(batch)))),
  );
  // The timeline is not urgent: it is redrawn at most every SPAN_BATCH_MS during a run, in a
  // transition (rendered in slices between frames), so the console's lines always go first.
  const [spanQueue] = useState(() =>
    createTrickle<Span>(
      (spans) =>
        startTransition(() => {
          setTimeline((previous) => {
            const next = previous.spans.slice();
            for (const span of spans) next[span.id - 1] = span;
            return { ...previous, spans: next };
          });
          setSpansWaiting(false);
        }),
      SPAN_BATCH_MS,
      () => setSpansWaiting(true),
    ),
  );

  useEffect(() => {
    const { sandbox: shared, release } = acquireSandbox(sandboxTitle);
    sandbox.current = shared;
    return () => {
      current.current?.stop();
      current.current = null;
      batcher.cancel();
      spanQueue.cancel();
      sandbox.current = null;
      release();
    };
  }, [sandboxTitle, batcher, spanQueue]);

  const push = useCallback(
    (entry: ConsoleEntry) => {
      lastT.current = entry.t;
      batcher.push(entry);
    },
    [batcher],
  );

  const end = useCallback(
    (status: RunStatus, t: number) => {
      current.current = null;
      batcher.flush();
      spanQueue.flush();
      setPreparing(null);
      setTotal(t);
      setStatus(status);
    },
    [batcher, spanQueue],
  );

  const onNotice = useCallback(
    (notice: RunNotice) => {
      const sinceRun = () => Math.max(lastT.current, performance.now() - startedAt.current);
      switch (notice.type) {
        case 'loading':
          return setPreparing(
            notice.loaded < notice.total ? { phase: 'download', ...notice } : { phase: 'start' },
          );
        case 'started':
          // The program begins: its clock, not the runtime's start, is the console's zero.
          startedAt.current = performance.now();
          return setPreparing(null);
        case 'line':
          // Python's stderr carries its tracebacks, whose `File "main.py", line N` lines name the editor's.
          return push(
            kind === 'python' && notice.level === 'error'
              ? { ...notice, link: tracebackLink(notice.text) }
              : notice,
          );
        case 'span':
          return spanQueue.push(notice.span);
        case 'spans-capped':
          return setTimeline((previous) => ({ ...previous, capped: true }));
        case 'problem':
          return push({
            level: notice.problem.kind === 'unsettled' ? 'warn' : 'error',
            ...describeProblem(notice.problem),
            t: notice.t,
          });
        case 'truncated':
          return push({ level: 'info', text: describeTruncated(notice.count), t: notice.t });
        case 'end':
          return end(notice.status, notice.t);
        case 'stopped':
          return end('stopped', sinceRun());
        case 'crashed': {
          const t = sinceRun();
          push({ level: 'error', text: describeCrash(notice.reason), t });
          return end('error', t);
        }
      }
    },
    [push, end, spanQueue, kind],
  );

  const run = useCallback(
    (source: string, fastForward: boolean) => {
      if (!sandbox.current) return;
      current.current?.stop();
      batcher.cancel();
      spanQueue.cancel();
      setSpansWaiting(false);
      setEntries([]);
      setTimeline(NO_SPANS);
      setTotal(null);
      setStatus('running');
      // A kind that reports its start (Python) is starting until it does.
      setPreparing(kind === 'python' ? { phase: 'start' } : null);
      startedAt.current = performance.now();
      lastT.current = 0;
      const handle = sandbox.current.run(kind, { source, fastForward }, (notice) => {
        // A run this sample has already replaced says nothing more.
        if (current.current === handle) onNotice(notice);
      });
      current.current = handle;
    },
    [batcher, spanQueue, onNotice, kind],
  );

  const stop = useCallback(() => current.current?.stop(), []);

  return {
    status,
    preparing,
    entries,
    timeline,
    drawing,
    total,
    run,
    stop,
  };
}
