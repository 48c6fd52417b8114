/**
 * The runner's state: boots a sandbox for this sample, runs code in it, and
 * turns its events into console entries, batched once per frame so a burst of
 * output costs one render.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LogLevel, RunEvent, RunStatus } from '@site/src/runner/engine/protocol';
import { createSandbox, type CrashEvent, type Sandbox } from '@site/src/runner/page/createSandbox';
import workerSource from '@site/src/runner/sandbox/generated/workerSource';
import { describeCrash, describeProblem, describeTruncated } from './describeProblem';

export interface ConsoleEntry {
  level: LogLevel;
  text: string;
  /** Milliseconds since Run on the sample's clock. */
  t: number;
}

export interface SandboxRun {
  status: RunStatus;
  entries: ConsoleEntry[];
  /** Total time of the last run, once it has ended. */
  total: number | null;
  run(source: string, fastForward: boolean): void;
  stop(): void;
}

export function useSandboxRun(host: React.RefObject<HTMLElement | null>, title: string): SandboxRun {
  const sandbox = useRef<Sandbox | null>(null);
  const pending = useRef<ConsoleEntry[]>([]);
  const frame = useRef(0);
  const startedAt = useRef(0);
  const lastT = useRef(0);
  const [status, setStatus] = useState<RunStatus>('idle');
  const [entries, setEntries] = useState<ConsoleEntry[]>([]);
  const [total, setTotal] = useState<number | null>(null);

  /** A fresh sandbox: on mount, and after one died (its process ran out of memory, say). */
  const boot = useCallback(() => {
    sandbox.current?.dispose();
    sandbox.current = createSandbox(host.current!, workerSource, title);
  }, [host, title]);

  useEffect(() => {
    boot();
    return () => {
      cancelAnimationFrame(frame.current);
      sandbox.current?.dispose();
      sandbox.current = null;
    };
  }, [boot]);

  const flush = useCallback(() => {
    frame.current = 0;
    const batch = pending.current;
    pending.current = [];
    if (batch.length > 0) setEntries((previous) => previous.concat(batch));
  }, []);

  const push = useCallback(
    (entry: ConsoleEntry) => {
      lastT.current = entry.t;
      pending.current.push(entry);
      if (!frame.current) frame.current = requestAnimationFrame(flush);
    },
    [flush],
  );

  const onEvent = useCallback(
    (event: RunEvent | CrashEvent) => {
      if (event.type === 'line') push(event);
      else if (event.type === 'problem') {
        push({
          level: event.problem.kind === 'unsettled' ? 'warn' : 'error',
          text: describeProblem(event.problem),
          t: event.t,
        });
      } else if (event.type === 'truncated')
        push({ level: 'info', text: describeTruncated(event.count), t: event.t });
      else if (event.type === 'crash') {
        push({
          level: 'error',
          text: describeCrash(),
          t: performance.now() - startedAt.current,
        });
        setTotal(performance.now() - startedAt.current);
        setStatus('error');
      } else if (event.type === 'end') {
        flush();
        setTotal(event.t);
        setStatus(event.status);
      }
    },
    [boot, flush, push],
  );

  const run = useCallback(
    (source: string, fastForward: boolean) => {
      pending.current = [];
      setEntries([]);
      setTotal(null);
      setStatus('running');
      startedAt.current = performance.now();
      lastT.current = 0;
      sandbox.current?.run(source, fastForward, onEvent);
    },
    [onEvent],
  );

  const stop = useCallback(() => {
    const ranFor = Math.max(lastT.current, performance.now() - startedAt.current);
    void sandbox.current?.stop().then(() => {
      flush();
      setTotal(ranFor);
      setStatus('stopped');
    });
  }, [flush]);

  return { status, entries, total, run, stop };
}
