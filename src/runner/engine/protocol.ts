/**
 * Every message of the runner, in one place: what a run reports (the same in
 * the browser and in Node), and what the page, the sandbox iframe and its
 * workers say to each other. Plain data only: they cross postMessage.
 *
 *   page ──ToSandbox──▶ iframe ──ToWorker──▶ worker (one per run)
 *   page ◀─FromSandbox─ iframe ◀─FromWorker─ worker
 */
import type { SourcePosition } from './transpile';

export type LogLevel = 'log' | 'info' | 'warn' | 'error';

export type RunStatus = 'idle' | 'running' | 'done' | 'error' | 'stopped';

/** Why a run failed; the page words each kind in the reader's language. */
export type ProblemKind =
  | 'syntax' // the code does not parse
  | 'uncaught' // an exception nobody caught
  | 'unhandled-rejection' // a rejected promise nobody handled
  | 'unsettled' // the program ended while a top-level await still waited
  | 'load-failed'; // the runtime (Python's) could not be fetched

export interface Problem {
  kind: ProblemKind;
  /** `Name: message` for errors, Node's inspection for anything else thrown. */
  text: string;
  position: SourcePosition | null;
}

/**
 * What the timeline draws. A span is sent when it begins (`end` null) and again, with the same
 * `id`, when it ends; the page keeps the last version of each.
 * - `wait`: a timer or a sleep, from when it was set to when it fired (or was cancelled);
 * - `busy`: code that held the thread (or Python's event loop) for longer than a moment;
 * - `task`: a Python asyncio Task, from its creation to its end;
 * - `thread`: a worker thread the program started, from start to end.
 */
export type SpanKind = 'wait' | 'busy' | 'task' | 'thread';

export interface Span {
  /** 1, 2, 3… in the order the spans began. */
  id: number;
  kind: SpanKind;
  /**
   * The lane it is drawn in: the named function that awaited it (TypeScript), its Task's name
   * (Python), or `thread:<n>` for the n-th thread. `null` is code outside any function (the
   * module's top level) or, in Python, outside any Task (the loop itself).
   */
  lane: string | null;
  /** What it is, in the program's own terms: `sleep(1000)`, `time.sleep(1)`, `say_after()`. */
  label: string;
  /** Milliseconds since Run on the sample's clock (virtual under fast-forward). */
  start: number;
  end: number | null;
  /** The reader's line it came from (1-based), when known. */
  line: number | null;
  /** How it ended: a cancelled timer or Task, a Task that raised. Absent: it ended normally. */
  outcome?: 'cancelled' | 'failed';
  /** Python's `to_thread` and `run_in_executor` run inline in the browser: the span says so. */
  inline?: true;
}

/** A run records at most this many spans; it says so once when it reaches the cap. */
export const SPAN_LIMIT = 5000;

/** What a run reports, in order; `t` is milliseconds since Run on the sample's clock. */
export type RunEvent =
  /** One console line; `lane` is the timeline lane of the code that printed it. */
  | { type: 'line'; level: LogLevel; text: string; t: number; lane?: string | null }
  /** A timeline span that began or ended. */
  | { type: 'span'; span: Span; t: number }
  /** The run reached SPAN_LIMIT: later spans are not recorded. */
  | { type: 'spans-capped'; limit: number; t: number }
  /** Lines dropped after the output cap, reported once at the end. */
  | { type: 'truncated'; count: number; t: number }
  | { type: 'problem'; problem: Problem; t: number }
  /** The program itself begins (sent by workers whose runtime starts slowly: Python). */
  | { type: 'started'; t: number }
  | { type: 'end'; status: 'done' | 'error'; t: number };

/**
 * How a run ends without its program ending it: the reader stopped it, or the
 * sandbox it ran in died (a program that exhausts memory takes the sandbox's
 * process with it) or its worker failed to start.
 */
export type RunInterruption = { type: 'stopped' } | { type: 'crashed'; reason: CrashReason };

/**
 * The page fetching a worker kind's runtime before the run can start (Python's,
 * about 13 MB, fetched only when a reader first runs Python). `total` is known
 * from the build; `loaded` counts bytes received so far.
 */
export interface RunLoading {
  type: 'loading';
  loaded: number;
  total: number;
}

/** What a page-side subscriber of one run hears. */
export type RunNotice = RunEvent | RunInterruption | RunLoading;

export type CrashReason =
  /** The sandbox stopped answering pings: its process died or hung. */
  | 'unresponsive'
  /** The run's worker reported an error of its own (it could not start, say). */
  | 'worker-error';

/**
 * The kinds of worker a sandbox can run code in. Each kind's script is
 * installed once per sandbox, and the sandbox keeps one worker of each kind
 * booted in advance, so Run starts at once.
 */
export type WorkerKind = 'typescript' | 'python';

/**
 * The Python runtime's files (npm package `pyodide`), fetched by the page from
 * the site (the sandbox's opaque origin cannot fetch them: no CORS) and handed
 * to the sandbox. Their names are the package's. Blobs, not ArrayBuffers:
 * posting a Blob passes a handle to its bytes. The sandbox is another process,
 * and Chromium 150 here spent 405 ms of the sandbox's main thread deserializing
 * the four files sent as transferred ArrayBuffers (a trace of a first Python
 * Run), on the way to the first line; a Blob arrives in a few ms and is read
 * off that thread.
 */
export interface PythonRuntimeFiles {
  'pyodide.asm.mjs': Blob;
  'pyodide.asm.wasm': Blob;
  'python_stdlib.zip': Blob;
  'pyodide-lock.json': Blob;
}

/**
 * What a Python worker boots from, prepared once per sandbox by the iframe: the
 * compiled WebAssembly module (compiled once, shared by every worker), the
 * loader's and the standard library's bytes (a worker cannot read a blob URL
 * its opaque-origin iframe made), the lock file, and, once the first worker
 * has started, a memory snapshot of a started interpreter (later workers start
 * from it: about ten times faster than a cold start).
 */
export interface PythonBoot {
  wasm: WebAssembly.Module;
  asm: Blob;
  stdlib: Blob;
  lock: string;
  snapshot: Uint8Array | null;
}

/** What one run asks of its worker. */
export interface RunRequest {
  source: string;
  fastForward: boolean;
}

/** Page → sandbox iframe. */
export type ToSandbox =
  /** Makes `kind` runnable: the worker script, sent once per sandbox. */
  | { type: 'install'; kind: WorkerKind; script: string; runtime?: PythonRuntimeFiles }
  | { type: 'run'; runId: number; kind: WorkerKind; request: RunRequest }
  /** Terminates the run's worker, which ends even `while (true) {}`. */
  | { type: 'stop'; runId: number }
  | { type: 'ping'; seq: number };

/** Sandbox iframe → page. */
export type FromSandbox =
  /** The iframe's script is running and listening. */
  | { type: 'loaded' }
  | { type: 'pong'; seq: number }
  | { type: 'event'; runId: number; event: RunEvent }
  | { type: 'stopped'; runId: number }
  | { type: 'worker-error'; runId: number; message: string };

/** Sandbox iframe → worker. */
export type ToWorker =
  | { type: 'run'; runId: number; request: RunRequest }
  /** A Python worker's runtime, sent once right after the worker is created. */
  | { type: 'boot'; boot: PythonBoot };

/** What a TypeScript worker (browser or Node) is sent. */
export type RunMessage = Extract<ToWorker, { type: 'run' }>;

/** One run event on its way to the page. */
export type RunEventMessage = Extract<FromSandbox, { type: 'event' }>;

/** Worker → sandbox iframe: run events (forwarded to the page as they are), and a Python snapshot. */
export type FromWorker =
  | RunEventMessage
  /** A started interpreter's memory, for the next Python workers to start from. */
  | { type: 'snapshot'; snapshot: Uint8Array };
