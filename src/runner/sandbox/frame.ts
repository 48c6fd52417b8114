/**
 * The sandbox iframe's script (scripts/buildRunner.mjs bundles it and inlines
 * it into the iframe's srcdoc: the iframe has an opaque origin, sandbox=
 * "allow-scripts" without allow-same-origin, so it cannot load a script from
 * the site by URL, and it reaches the page only through postMessage).
 *
 * It runs each run in a worker of its own, so runs of several samples can
 * overlap and every run starts with fresh globals, and it keeps one worker of
 * each installed kind booted in advance. Stop terminates the run's worker,
 * which ends even `while (true) {}`. It answers pings, so the page notices when
 * this iframe's process dies (see createSandboxHost).
 */
import type {
  FromSandbox,
  FromWorker,
  PythonBoot,
  PythonRuntimeFiles,
  ToSandbox,
  ToWorker,
  WorkerKind,
} from '../engine/protocol';

const send = (message: FromSandbox) => parent.postMessage(message, '*');

interface Kind {
  /** A function, not a URL: the Python runtime is prepared asynchronously, and workers wait for it. */
  create: () => Worker;
  spare: Worker | null;
}

/** Each installed kind, with the worker booted for its next run. */
const kinds = new Map<WorkerKind, Kind>();
/** How long after a run starts the next spare worker is booted. */
const SPARE_DELAY_MS = 100;
/** The worker of each run that has not ended. */
const running = new Map<number, Worker>();

function release(runId: number): void {
  running.get(runId)?.terminate();
  running.delete(runId);
}

/**
 * Python workers boot from the runtime the page sent: compiled here once, as it is read from its
 * Blob (a WebAssembly.Module posted to a worker shares its code), and after the first worker, from
 * that worker's snapshot.
 */
function pythonKind(url: string, files: PythonRuntimeFiles): () => Worker {
  const wasm = new Response(files['pyodide.asm.wasm'], { headers: { 'Content-Type': 'application/wasm' } });
  const ready: Promise<PythonBoot> = Promise.all([
    WebAssembly.compileStreaming(wasm),
    files['pyodide-lock.json'].text(),
  ]).then(([module, lock]) => ({
    wasm: module,
    asm: files['pyodide.asm.mjs'],
    stdlib: files['python_stdlib.zip'],
    lock,
    snapshot: null,
  }));
  let snapshot: Promise<Uint8Array> | null = null;
  return () => {
    // A classic worker: module workers cannot load here (see hideImportScripts.ts).
    const worker = new Worker(url);
    const first = snapshot === null;
    if (first) {
      snapshot = new Promise((resolve, reject) => {
        worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
          if (event.data.type === 'snapshot') resolve(event.data.snapshot);
        });
        worker.addEventListener('error', () => reject(new Error('the first Python worker failed')));
      });
      // The next worker then starts cold too, and makes a snapshot of its own.
      snapshot.catch(() => (snapshot = null));
    }
    // A worker whose snapshot never came boots cold (the first worker failed: its run says why).
    const fromSnapshot = first ? Promise.resolve(null) : snapshot!.catch(() => null);
    void Promise.all([ready, fromSnapshot]).then(([boot, memory]) =>
      worker.postMessage({ type: 'boot', boot: { ...boot, snapshot: memory } } satisfies ToWorker),
    );
    return worker;
  };
}

function startRun(runId: number, worker: Worker): void {
  running.set(runId, worker);
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    if (!running.has(runId) || event.data.type !== 'event') return;
    send(event.data);
    // The run is over: its worker goes, and its memory with it.
    if (event.data.event.type === 'end') release(runId);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    if (!running.has(runId)) return;
    release(runId);
    send({ type: 'worker-error', runId, message: String(event.message || 'the worker failed') });
  };
}

addEventListener('message', (event: MessageEvent<ToSandbox>) => {
  if (event.source !== parent) return;
  const message = event.data;
  switch (message.type) {
    case 'install': {
      if (kinds.has(message.kind)) return;
      const url = URL.createObjectURL(new Blob([message.script], { type: 'text/javascript' }));
      const create = message.runtime ? pythonKind(url, message.runtime) : () => new Worker(url);
      kinds.set(message.kind, { create, spare: create() });
      return;
    }
    case 'run': {
      const kind = kinds.get(message.kind);
      if (!kind) {
        send({ type: 'worker-error', runId: message.runId, message: `no ${message.kind} worker installed` });
        return;
      }
      const worker = kind.spare ?? kind.create();
      startRun(message.runId, worker);
      worker.postMessage({ type: 'run', runId: message.runId, request: message.request });
      // The next spare boots a little later: parsing and warming a worker takes a core for a few
      // tens of ms, which would otherwise compete with this run's start on a two-core machine.
      kind.spare = null;
      setTimeout(() => (kind.spare ??= kind.create()), SPARE_DELAY_MS);
      return;
    }
    case 'stop':
      release(message.runId);
      send({ type: 'stopped', runId: message.runId });
      return;
    case 'ping':
      send({ type: 'pong', seq: message.seq });
      return;
  }
});

send({ type: 'loaded' });
