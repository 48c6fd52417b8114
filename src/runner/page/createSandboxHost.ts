/**
 * The page's side of its sandbox: one owner for the one sandbox iframe every
 * sample of the page runs in. It installs the worker kinds, starts and stops
 * runs and routes each run's messages by run id to whoever started it. While
 * a run is in progress it pings the sandbox; when the sandbox stops answering
 * (a program that exhausts memory takes the iframe's process down, and no
 * browser offers a heap limit for a worker in an opaque origin), it ends every
 * run that was in it with a crash, throws the iframe away and opens a fresh one.
 *
 * Framework-free, and the iframe is behind a transport, so Node tests drive it
 * with a fake one (tests/unit/sandboxHost.test.ts); React hooks only subscribe.
 */
import type {
  FromSandbox,
  PythonRuntimeFiles,
  RunNotice,
  RunRequest,
  ToSandbox,
  WorkerKind,
} from '../engine/protocol';

/** One sandbox instance as the host sees it: a way to send, and an end. */
export interface SandboxTransport {
  post(message: ToSandbox): void;
  dispose(): void;
}

/** Opens a fresh sandbox whose messages go to `onMessage`. */
export type OpenTransport = (onMessage: (message: FromSandbox) => void) => SandboxTransport;

/** What a worker kind needs in the sandbox: its worker's script, and the Python runtime's files. */
export interface KindInstall {
  script: string;
  runtime?: PythonRuntimeFiles;
}

/** Loads a kind's install, reporting bytes as they arrive when it has a runtime to fetch. */
export type InstallLoader = (onProgress: (loaded: number, total: number) => void) => Promise<KindInstall>;

export interface SandboxHostOptions {
  open: OpenTransport;
  /** Each worker kind's install, loaded the first time a run of that kind needs it. */
  installs: Record<WorkerKind, InstallLoader>;
  /** How often a sandbox with runs in progress is asked if it is alive. */
  pingMs?: number;
  /** How many pings in a row may go unanswered before the sandbox counts as dead. */
  missedPings?: number;
}

export interface RunHandle {
  readonly runId: number;
  /** Ends the run at once (its worker is terminated); the listener then hears `stopped`. */
  stop(): void;
}

export interface SandboxHost {
  /** Loads and boots a kind's worker ahead of its first run, so that Run starts at once. */
  prepare(kind: WorkerKind): void;
  run(kind: WorkerKind, request: RunRequest, listener: (notice: RunNotice) => void): RunHandle;
  /** How many sandboxes this host has opened (1, plus one per restart). */
  readonly generation: number;
  dispose(): void;
}

/**
 * Measured: an idle sandbox answers within a few ms; a busy page may delay it a frame or two. But
 * with four pages each starting Python at once on two cores (the browser tests), sandboxes that were
 * alive missed two pings in a row and were thrown away: three seconds of silence it is.
 */
const PING_MS = 1000;
const MISSED_PINGS = 3;

export function createSandboxHost(options: SandboxHostOptions): SandboxHost {
  const { open, installs, pingMs = PING_MS, missedPings = MISSED_PINGS } = options;
  const listeners = new Map<number, (notice: RunNotice) => void>();
  const loadedInstalls = new Map<WorkerKind, Promise<KindInstall>>();
  /** The runs waiting for their kind's install, which hear its download's progress. */
  const waiting = new Map<number, WorkerKind>();
  /** Kinds whose script this sandbox has been sent. */
  let installed = new Set<WorkerKind>();
  /** Messages for a sandbox whose script is not listening yet. */
  let queue: ToSandbox[] = [];
  let loaded = false;
  let transport: SandboxTransport;
  let generation = 0;
  let nextRunId = 1;
  let unanswered = 0;
  let watchdog: ReturnType<typeof setInterval> | undefined;
  let disposed = false;

  const post = (message: ToSandbox) => (loaded ? transport.post(message) : queue.push(message));

  const openSandbox = () => {
    generation++;
    loaded = false;
    queue = [];
    installed = new Set();
    unanswered = 0;
    const current = open((message) => {
      if (current !== transport) return; // a message from a sandbox already thrown away
      receive(message);
    });
    transport = current;
  };

  const receive = (message: FromSandbox) => {
    unanswered = 0;
    switch (message.type) {
      case 'loaded':
        loaded = true;
        for (const queued of queue) transport.post(queued);
        queue = [];
        return;
      case 'pong':
        return;
      case 'event':
        return notify(message.runId, message.event, message.event.type === 'end');
      case 'stopped':
        return notify(message.runId, { type: 'stopped' }, true);
      case 'worker-error':
        return notify(message.runId, { type: 'crashed', reason: 'worker-error' }, true);
    }
  };

  /** Tells the run's listener; after its last notice the run is forgotten. */
  const notify = (runId: number, notice: RunNotice, last: boolean) => {
    listeners.get(runId)?.(notice);
    if (!last) return;
    listeners.delete(runId);
    waiting.delete(runId);
    if (listeners.size === 0) stopWatchdog();
  };

  const stopWatchdog = () => {
    clearInterval(watchdog);
    watchdog = undefined;
  };
  const startWatchdog = () => {
    if (watchdog !== undefined) return;
    unanswered = 0;
    watchdog = setInterval(() => {
      if (unanswered >= missedPings) return restart();
      unanswered++;
      if (loaded) transport.post({ type: 'ping', seq: unanswered });
    }, pingMs);
  };

  /** The sandbox is dead: every run in it ends with a crash, and a fresh sandbox takes its place. */
  const restart = () => {
    stopWatchdog();
    const ended = [...listeners.values()];
    listeners.clear();
    waiting.clear();
    transport.dispose();
    openSandbox();
    // Boot the kinds the old sandbox had, so the next Run starts at once again.
    for (const kind of loadedInstalls.keys()) void install(kind);
    for (const listener of ended) listener({ type: 'crashed', reason: 'unresponsive' });
  };

  const progress = (kind: WorkerKind) => (loaded: number, total: number) => {
    for (const [runId, waitingKind] of waiting) {
      if (waitingKind === kind) listeners.get(runId)?.({ type: 'loading', loaded, total });
    }
  };

  const install = (kind: WorkerKind): Promise<void> => {
    let loading = loadedInstalls.get(kind);
    if (!loading) {
      loading = installs[kind](progress(kind));
      // A failed load (the network, say) is tried again by the next run that needs it.
      loading.catch(() => loadedInstalls.delete(kind));
      loadedInstalls.set(kind, loading);
    }
    const forGeneration = generation;
    return loading.then(({ script, runtime }) => {
      if (disposed || forGeneration !== generation || installed.has(kind)) return;
      installed.add(kind);
      // The runtime's files are Blobs (see PythonRuntimeFiles): a restarted sandbox gets them again.
      post({ type: 'install', kind, script, ...(runtime ? { runtime } : {}) });
    });
  };

  openSandbox();

  return {
    prepare: (kind) => void install(kind),
    run(kind, request, listener) {
      const runId = nextRunId++;
      listeners.set(runId, listener);
      startWatchdog();
      const message: ToSandbox = { type: 'run', runId, kind, request };
      if (installed.has(kind)) {
        // Sent now, in the reader's click, not after a render the click also schedules.
        post(message);
      } else {
        const forGeneration = generation;
        waiting.set(runId, kind);
        install(kind).then(
          () => {
            waiting.delete(runId);
            // Still wanted, and the sandbox it was meant for is still the one we have.
            if (listeners.get(runId) === listener && forGeneration === generation) post(message);
          },
          (error: unknown) => {
            if (listeners.get(runId) !== listener) return;
            listener({
              type: 'problem',
              problem: { kind: 'load-failed', text: String(error), position: null },
              t: 0,
            });
            notify(runId, { type: 'end', status: 'error', t: 0 }, true);
          },
        );
      }
      return {
        runId,
        stop() {
          if (!listeners.has(runId)) return;
          // Still downloading its runtime: nothing in the sandbox to stop yet.
          if (waiting.has(runId)) return notify(runId, { type: 'stopped' }, true);
          post({ type: 'stop', runId });
        },
      };
    },
    get generation() {
      return generation;
    },
    dispose() {
      disposed = true;
      stopWatchdog();
      listeners.clear();
      transport.dispose();
    },
  };
}
