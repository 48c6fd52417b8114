/**
 * The sandbox's Python worker: CPython 3.14 compiled to WebAssembly (Pyodide),
 * one run per worker, so every run starts from a fresh interpreter. The iframe
 * boots it ahead of the run (see frame.ts) from a runtime it cannot fetch
 * itself (an opaque origin: no CORS, no Cache Storage): a compiled WebAssembly
 * module, blob URLs of the loader and the standard library, and, after the
 * first worker, a memory snapshot of a started interpreter.
 *
 * It owns the run's clock: `performance.now()` and `Date.now()` (which
 * Python's `time.monotonic()` and `time.time()` read) count real time plus the
 * waits that fast-forward skipped, and the console's stamps use the same clock.
 * How the program runs (CPython's own event loop) is src/runner/python/runner.py.
 */
import './hideImportScripts';
import { loadPyodide, type PyodideAPI } from 'pyodide';
import runnerSource from '../python/runner.py';
import {
  SPAN_LIMIT,
  type FromWorker,
  type LogLevel,
  type PythonBoot,
  type RunEvent,
  type Span,
  type ToWorker,
} from '../engine/protocol';
import { MAX_LINES } from '../engine/maxLines';
import { BUSY_MS } from '../engine/recordSpans';

/** The worker's global scope (the site's TypeScript config has the DOM's types, not a worker's). */
const scope = self as unknown as typeof globalThis & {
  postMessage(message: unknown, transfer: Transferable[]): void;
};
const post = (message: FromWorker, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

const realNow = performance.now.bind(performance);
const realDateNow = Date.now.bind(Date);
/** Milliseconds of waiting that fast-forward skipped in this worker's one run. */
let skipped = 0;
/** The last reading, so that no two readings are equal (see below). */
let lastNow = 0;
// Strictly increasing: a browser coarsens performance.now() (100 µs here, not cross-origin isolated),
// so timers a program creates one after another could get the same due time, and asyncio's timer
// heap breaks ties in no fixed order (seen: five 1 s sleeps ending 1, 3, 2…). CPython's clock has
// nanoseconds, so there its timers fire in creation order: a nanosecond apart, they do here too.
performance.now = () => (lastNow = Math.max(realNow() + skipped, lastNow + 1e-6));
Date.now = () => realDateNow() + skipped;

/** The loader builds URLs from it; nothing is fetched from it (see `boot`). */
const INDEX_URL = 'https://python-runtime.invalid/';
const RUNNER_MODULE = '_asyncio_twins_runner';

/** The started interpreter: the run may arrive before the runtime the iframe is still preparing. */
let booted: (python: Promise<PyodideAPI>) => void;
const python = new Promise<PyodideAPI>((resolve) => (booted = resolve));

async function boot(runtime: PythonBoot): Promise<PyodideAPI> {
  // The loader fetches its files from INDEX_URL: answer from the bytes the iframe sent (nothing
  // goes to the network). The wasm is compiled already, once for every worker: instantiate it.
  const nativeFetch = scope.fetch.bind(scope);
  scope.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : input.toString();
    if (url === `${INDEX_URL}python_stdlib.zip`) return Promise.resolve(new Response(runtime.stdlib));
    return url.startsWith(INDEX_URL) ? Promise.resolve(new Response(null)) : nativeFetch(input, init);
  };
  WebAssembly.instantiateStreaming = async (_source, imports) => ({
    module: runtime.wasm,
    instance: await WebAssembly.instantiate(runtime.wasm, imports),
  });
  // A module loads only with a JavaScript type, which the page's Blob does not carry.
  const asmUrl = URL.createObjectURL(new Blob([runtime.asm], { type: 'text/javascript' }));
  const { default: createPyodideModule } = (await import(/* webpackIgnore: true */ asmUrl)) as {
    default: unknown;
  };
  const options = {
    indexURL: INDEX_URL,
    packageBaseUrl: INDEX_URL,
    createPyodideModule,
    lockFileContents: JSON.parse(runtime.lock) as unknown,
    ...(runtime.snapshot ? { _loadSnapshot: runtime.snapshot } : { _makeSnapshot: true }),
  };
  const py = await loadPyodide(options as Parameters<typeof loadPyodide>[0]);
  if (!runtime.snapshot) {
    // The runner module (and what it imports: asyncio) goes into the snapshot, so later workers
    // start with it loaded. It lives in sys.modules only, not on the reader's import path.
    py.runPython(
      `import sys, types\n_m = types.ModuleType(${JSON.stringify(RUNNER_MODULE)})\n` +
        `exec(${JSON.stringify(runnerSource)}, _m.__dict__)\nsys.modules[_m.__name__] = _m\ndel _m, sys, types`,
    );
    const snapshot = (py as unknown as { makeMemorySnapshot(): Uint8Array }).makeMemorySnapshot();
    post({ type: 'snapshot', snapshot }, [snapshot.buffer]);
  }
  py.setStdin({ error: true });
  return py;
}

/** A stream's bytes as lines, each stamped when its newline arrives. */
function lineWriter(level: LogLevel, onLine: (level: LogLevel, text: string) => void, isatty: boolean) {
  const decoder = new TextDecoder();
  let pending = '';
  return {
    // A terminal makes CPython flush stdout at each newline, so each line is stamped when printed.
    isatty,
    write(buffer: Uint8Array): number {
      pending += decoder.decode(buffer, { stream: true });
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) onLine(level, line);
      return buffer.length;
    },
    flush() {
      pending += decoder.decode();
      if (pending) onLine(level, pending);
      pending = '';
    },
  };
}

async function run(runId: number, source: string, fastForward: boolean): Promise<void> {
  const emit = (event: RunEvent) => post({ type: 'event', runId, event });
  let py: PyodideAPI;
  try {
    py = await python;
  } catch (error) {
    emit({ type: 'problem', problem: { kind: 'uncaught', text: String(error), position: null }, t: 0 });
    emit({ type: 'end', status: 'error', t: 0 });
    return;
  }
  const start = realNow();
  const now = () => realNow() - start + skipped;
  // The timeline's outlet: runner.py records the spans (ids, the cap) and sends each version here.
  // Python's None arrives as undefined.
  const timeline = {
    /** The lane of the Python code running now, set by the runner (a Task's name; null: the loop). */
    lane: null as string | null | undefined,
    limit: SPAN_LIMIT,
    busyMs: BUSY_MS,
    now,
    span(
      ...[id, kind, lane, label, begun, ended, line, outcome, inline]: [
        number,
        Span['kind'],
        string | undefined,
        string,
        number,
        number | undefined,
        number | undefined,
        Span['outcome'],
        boolean,
      ]
    ) {
      const span: Span = {
        id,
        kind,
        lane: lane ?? null,
        label,
        start: begun,
        end: ended ?? null,
        line: line ?? null,
      };
      if (outcome) span.outcome = outcome;
      if (inline) span.inline = true;
      emit({ type: 'span', span, t: ended ?? begun });
    },
    capped: (t: number) => emit({ type: 'spans-capped', limit: SPAN_LIMIT, t }),
  };
  let lines = 0;
  let dropped = 0;
  const onLine = (level: LogLevel, text: string) => {
    if (lines >= MAX_LINES) {
      dropped++;
      return;
    }
    lines++;
    emit({ type: 'line', level, text, t: now(), lane: timeline.lane ?? null });
  };
  const stdout = lineWriter('log', onLine, true);
  const stderr = lineWriter('error', onLine, false);
  py.setStdout(stdout);
  py.setStderr(stderr);
  const clock = {
    fastForward,
    skip: (ms: number) => void (skipped += ms),
    sleep: (ms: number) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
  emit({ type: 'started', t: 0 });
  let outcome: [string, string, [number, number] | null] | undefined;
  try {
    const runner = py.pyimport(RUNNER_MODULE) as {
      run: { callPromising(...args: unknown[]): Promise<unknown> };
    };
    const result = (await runner.run.callPromising(source, clock, timeline)) as
      { toJs(): unknown } | undefined;
    outcome = result?.toJs() as typeof outcome;
  } catch (error) {
    // The runner catches the program's exceptions; this is the runtime failing (no stack switching, say).
    outcome = ['uncaught', String(error), null];
  }
  stdout.flush();
  stderr.flush();
  const t = now();
  if (outcome && (outcome[0] === 'syntax' || outcome[0] === 'uncaught')) {
    const [kind, text, at] = outcome;
    emit({
      type: 'problem',
      problem: { kind, text, position: at ? { line: at[0], column: at[1] } : null },
      t,
    });
  }
  if (dropped > 0) emit({ type: 'truncated', count: dropped, t });
  emit({ type: 'end', status: outcome ? 'error' : 'done', t });
}

scope.addEventListener('message', (message: MessageEvent<ToWorker>) => {
  const data = message.data;
  if (data.type === 'boot') {
    // A failed boot is reported by the run that needs it.
    booted(boot(data.boot));
  } else {
    void run(data.runId, data.request.source, data.request.fastForward);
  }
});
