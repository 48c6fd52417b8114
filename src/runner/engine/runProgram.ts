/**
 * Runs one TypeScript sample as an ES module inside a fresh global scope (a
 * browser worker in the sandbox, or a Node worker thread in the tests) and
 * reports what it prints. It owns the sample's console and timers, so it knows
 * each line's time and when nothing is left to run: a run ends, as a Node
 * process does, when the module has finished and no timer or worker job is pending.
 */
import { createClock, createVirtualDate, type Clock, type ClockHost } from './createClock';
import { formatLogArgs } from './formatLogArgs';
import { errorText, inspectValue } from './inspectValue';
import { linkImports } from './linkImports';
import type { SampleFrame } from './locateInStack';
import type { LogLevel, ProblemKind, RunEvent } from './protocol';
import { createSpanRecorder, type Site, type SpanRecorder } from './recordSpans';
import { transpile, type SourcePosition } from './transpile';

export interface ProgramHost extends ClockHost {
  /** Loads module code; resolves once its evaluation (top-level await included) ends. */
  importModule(code: string): Promise<unknown>;
  /** The sample's own frames in an error's stack, innermost first (see locateInStack). */
  frames(error: unknown): SampleFrame[];
  /** Reports the host's uncaught errors and unhandled rejections. */
  onUncaught(listener: (kind: ProblemKind, reason: unknown) => void): void;
  /** Where the host keeps a module the runner provides (a samples/lib file name; see linkImports). */
  locateModule(file: string): string | undefined;
  /**
   * Calls `started` as each thread the sample starts is created, and the function it returns when
   * the thread ends: the thread holds the clock meanwhile (a pending job, as in Node).
   */
  trackThreads(started: () => () => void): void;
}

export interface RunOptions {
  fastForward: boolean;
  /** Lines shown before the rest is only counted (a flood must not freeze the page). */
  maxLines: number;
}

export { MAX_LINES } from './maxLines';

/** Put before the code on line 1: tells the runner that loading is over. */
export const START_MARK = 'globalThis.__sampleStarted();';

const UNSETTLED_GRACE_MS = 50;
const TOP_LEVEL: Site = { lane: null, line: null };

export function describeThrown(reason: unknown): string {
  return reason instanceof Error ? errorText(reason) : inspectValue(reason);
}

export function runProgram(
  scope: typeof globalThis,
  source: string,
  options: RunOptions,
  host: ProgramHost,
  emit: (event: RunEvent) => void,
): { clock: Clock } {
  // The recorder learns from the clock when each stretch of the sample's work is over.
  const clock = createClock(host, options.fastForward, () => recorder.workEnds());
  let ended = false;
  const recorder: SpanRecorder = createSpanRecorder(
    () => clock.now(),
    (error) => host.frames(error),
    (event) => ended || emit(event),
  );
  const locate = (reason: unknown): SourcePosition | null => {
    const innermost = host.frames(reason)[0];
    return innermost ? { line: innermost.line, column: innermost.column } : null;
  };
  let lines = 0;
  let dropped = 0;

  const end = (status: 'done' | 'error') => {
    if (ended) return;
    ended = true;
    if (dropped > 0) emit({ type: 'truncated', count: dropped, t: clock.now() });
    emit({ type: 'end', status, t: clock.now() });
    clock.dispose();
  };
  const fail = (kind: ProblemKind, reason: unknown, position = locate(reason)) => {
    if (ended) return;
    emit({ type: 'problem', problem: { kind, text: describeThrown(reason), position }, t: clock.now() });
    end('error');
  };
  const print = (level: LogLevel, args: unknown[]) => {
    if (ended) return;
    if (lines >= options.maxLines) {
      dropped++;
      return;
    }
    lines++;
    emit({ type: 'line', level, text: formatLogArgs(args), t: clock.now(), lane: recorder.site().lane });
  };

  const result = transpile(source);
  if (!result.ok) {
    emit({
      type: 'problem',
      problem: { kind: 'syntax', text: `SyntaxError: ${result.message}`, position: result.position },
      t: 0,
    });
    end('error');
    return { clock };
  }

  let linked: string;
  try {
    linked = linkImports(result.code, (file) => host.locateModule(file));
  } catch (error) {
    fail('uncaught', error, null);
    return { clock };
  }

  installConsole(scope, print, clock);
  installTimers(scope, clock, recorder, host.locateModule(SLEEP_MODULE), fail);
  installClockReads(scope, clock, options.fastForward, () => recorder.clockRead());
  host.onUncaught(fail);
  let threads = 0;
  host.trackThreads(() => {
    const release = clock.hold();
    const where = recorder.site();
    const span = recorder.begin('thread', { lane: `thread:${++threads}`, line: where.line }, 'Worker');
    return () => {
      recorder.end(span);
      release();
    };
  });

  let settled = false;
  const releaseLoading = clock.hold();
  Object.defineProperty(scope, '__sampleStarted', {
    value: () => {
      recorder.workStarts(TOP_LEVEL);
      releaseLoading();
    },
    configurable: true,
  });
  const whenIdle = () => {
    if (settled) {
      // Browsers report an unhandled rejection in a task of its own: let it arrive first.
      host.setTimeout(() => clock.isBusy() || end('done'), 0);
      return;
    }
    // Idle before the module settled: a top-level await waits on nothing. Give
    // the host a moment to resolve import() before calling it unsettled (Node
    // exits with code 13 and a warning in this case).
    host.setTimeout(() => {
      if (settled || clock.isBusy()) return;
      emit({ type: 'problem', problem: { kind: 'unsettled', text: '', position: null }, t: clock.now() });
      end('done');
    }, UNSETTLED_GRACE_MS);
  };
  clock.onIdle(whenIdle);
  host.importModule(START_MARK + linked).then(
    () => {
      settled = true;
      releaseLoading();
      clock.onIdle(whenIdle); // re-check now that the module is done
    },
    (error: unknown) => {
      releaseLoading();
      fail('uncaught', error);
    },
  );
  return { clock };
}

function installConsole(
  scope: typeof globalThis,
  print: (level: LogLevel, args: unknown[]) => void,
  clock: Clock,
): void {
  const timers = new Map<string, number>();
  const counts = new Map<string, number>();
  const elapsed = (label: string) => {
    const ms = clock.now() - (timers.get(label) ?? clock.now());
    return ms >= 1000 ? `${(ms / 1000).toFixed(3)}s` : `${ms.toFixed(3)}ms`;
  };
  const sampleConsole: Partial<Console> = {
    log: (...args) => print('log', args),
    debug: (...args) => print('log', args),
    info: (...args) => print('info', args),
    warn: (...args) => print('warn', args),
    error: (...args) => print('error', args),
    trace: (...args) => print('error', ['Trace:', ...args]),
    dir: (value) => print('log', [value]),
    table: (value) => print('log', [value]),
    assert: (condition, ...args) => {
      if (!condition) print('error', ['Assertion failed', ...args]);
    },
    count: (label = 'default') => {
      counts.set(label, (counts.get(label) ?? 0) + 1);
      print('info', [`${label}: ${counts.get(label)}`]);
    },
    time: (label = 'default') => void timers.set(label, clock.now()),
    timeLog: (label = 'default', ...args: unknown[]) =>
      print('info', [`${label}: ${elapsed(label)}`, ...args]),
    timeEnd: (label = 'default') => {
      print('info', [`${label}: ${elapsed(label)}`]);
      timers.delete(label);
    },
  };
  Object.defineProperty(scope, 'console', { value: sampleConsole, configurable: true, writable: true });
}

/** The runner's `node:timers/promises` (see linkImports): a timer it sets is a `sleep`. */
const SLEEP_MODULE = 'timers-promises.ts';

function installTimers(
  scope: typeof globalThis,
  clock: Clock,
  recorder: SpanRecorder,
  sleepModule: string | undefined,
  fail: (kind: ProblemKind, reason: unknown) => void,
): void {
  /** The span of each timer still set, by the timer's id (an interval's current period). */
  const spans = new Map<number, number>();
  const set = (callback: unknown, ms: number | undefined, args: unknown[], repeat: boolean) => {
    const where = recorder.site();
    const delay = Number(ms) || 0;
    const fn =
      sleepModule && where.stack.includes(sleepModule) ? 'sleep' : repeat ? 'setInterval' : 'setTimeout';
    const label = `${fn}(${Number(delay.toFixed(1))})`;
    const id = clock.setTimer(
      () => {
        recorder.end(spans.get(id) ?? 0);
        if (repeat) spans.set(id, recorder.begin('wait', where, label));
        else spans.delete(id);
        recorder.workStarts(where); // what follows is the waiting function's
        try {
          if (typeof callback === 'function') (callback as (...values: unknown[]) => unknown)(...args);
        } catch (error) {
          fail('uncaught', error);
        }
      },
      delay,
      repeat,
    );
    spans.set(id, recorder.begin('wait', where, label));
    return id;
  };
  const clear = (id?: number) => {
    if (id === undefined) return;
    recorder.end(spans.get(Number(id)) ?? 0, 'cancelled');
    spans.delete(Number(id));
    clock.clearTimer(Number(id));
  };
  const timers = {
    setTimeout: (callback: unknown, ms?: number, ...args: unknown[]) => set(callback, ms, args, false),
    setInterval: (callback: unknown, ms?: number, ...args: unknown[]) => set(callback, ms, args, true),
    clearTimeout: clear,
    clearInterval: clear,
  };
  for (const [name, value] of Object.entries(timers)) {
    Object.defineProperty(scope, name, { value, configurable: true, writable: true });
  }
}

/**
 * The clocks the sample reads (`Date.now`, `new Date()`, `performance.now`) tell the recorder each
 * read (a busy loop's heartbeat: see recordSpans). Under fast-forward they also read the run's
 * clock, so the wall clock the sample sees agrees with its timers.
 */
function installClockReads(
  scope: typeof globalThis,
  clock: Clock,
  fastForward: boolean,
  onRead: () => void,
): void {
  const RealDate = scope.Date;
  const realDateNow = RealDate.now.bind(RealDate);
  const realPerformanceNow = scope.performance.now.bind(scope.performance);
  const epoch = realDateNow();
  const perfOrigin = realPerformanceNow();
  const dateNow = fastForward ? () => epoch + clock.now() : realDateNow;
  const performanceNow = fastForward ? () => perfOrigin + clock.now() : realPerformanceNow;
  const VirtualDate = createVirtualDate(RealDate, () => (onRead(), dateNow()));
  Object.defineProperty(scope, 'Date', { value: VirtualDate, configurable: true, writable: true });
  Object.defineProperty(scope.performance, 'now', {
    value: () => (onRead(), performanceNow()),
    configurable: true,
  });
}
