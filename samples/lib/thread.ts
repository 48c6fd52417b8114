/**
 * `toThread(fn, ...args)`: runs `fn` on a new thread and resolves with its result, the way Python's
 * `await asyncio.to_thread(fn, *args)` does. The event loop keeps running while the thread works, so
 * blocking work (a busy loop, a heavy computation) no longer freezes everything else.
 *
 * Works the same in the browser (a Web Worker) and in Node.js (a worker_threads Worker). The function
 * travels to the thread as source text, so it must not use variables from outside itself: pass what it
 * needs as arguments (they are copied with structured clone, like postMessage).
 */
type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

interface NodeWorkerThreads {
  Worker: new (
    source: string,
    options: { eval: true; workerData: unknown },
  ) => {
    once(event: 'message', listener: (message: Settled<unknown>) => void): void;
    once(event: 'error', listener: (error: Error) => void): void;
    terminate(): Promise<number>;
  };
}

export async function toThread<A extends unknown[], R>(
  fn: (...args: A) => R,
  ...args: A
): Promise<Awaited<R>> {
  const define = `const fn = (${fn.toString()});`;
  if (typeof Worker === 'function') {
    // Browsers (and Deno, Bun): a worker from a blob of source text.
    const source = `${define}
onmessage = async (event) => {
  try { postMessage({ ok: true, value: await fn(...event.data) }); }
  catch (error) { postMessage({ ok: false, error }); }
};`;
    const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    const worker = new Worker(url);
    try {
      return await new Promise<Awaited<R>>((resolve, reject) => {
        worker.onmessage = (event: MessageEvent<Settled<Awaited<R>>>) =>
          event.data.ok ? resolve(event.data.value) : reject(event.data.error);
        worker.onerror = (event) => reject(new Error(event.message));
        worker.postMessage(args);
      });
    } finally {
      worker.terminate();
      URL.revokeObjectURL(url);
    }
  }
  // Node.js: worker_threads, loaded only here (a variable specifier keeps bundlers and browsers away).
  const specifier = 'node:worker_threads';
  const { Worker: NodeWorker } = (await import(specifier)) as NodeWorkerThreads;
  const source = `${define}
const { parentPort, workerData } = require('node:worker_threads');
Promise.resolve()
  .then(() => fn(...workerData))
  .then((value) => parentPort.postMessage({ ok: true, value }), (error) => parentPort.postMessage({ ok: false, error }));`;
  const worker = new NodeWorker(source, { eval: true, workerData: args });
  try {
    return await new Promise<Awaited<R>>((resolve, reject) => {
      worker.once('message', (message) =>
        message.ok ? resolve(message.value as Awaited<R>) : reject(message.error),
      );
      worker.once('error', reject);
    });
  } finally {
    await worker.terminate();
  }
}
