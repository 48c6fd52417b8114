/**
 * Threads for the TypeScript twins, the same in the browser (a Web Worker) and in Node.js (a
 * worker_threads Worker):
 *
 * - `await toThread(fn, ...args)` runs `fn` on a new thread and resolves with its result, the way
 *   Python's `await asyncio.to_thread(fn, *args)` (or `loop.run_in_executor`) does.
 * - `await startThread(body)` starts a thread that lives on and talks to this one with messages,
 *   the way a `threading.Thread` does with queues: `thread.postMessage(x)` sends to it,
 *   `thread.onmessage` receives from it, and inside `body` the `port` does the same from the other
 *   side. It resolves once the thread is running, as Python's `Thread.start()` returns once the
 *   thread has started.
 *
 * What a thread prints with console.log reaches this thread's console, in the order it printed.
 * Functions travel to the thread as source text, so they must not use variables from outside
 * themselves: pass what they need as arguments or messages (copied with structured clone).
 */

/** The thread's side of the conversation: what `startThread`'s body receives. */
export interface ThreadPort<In, Out> {
  /** Sends a message to the starting thread; it arrives there as a `thread.onmessage` call. */
  postMessage(message: Out): void;
  /** The next message sent to this thread, in order (Python's `queue.get()`, without blocking). */
  nextMessage(): Promise<In>;
}

/** The starting thread's side: what `startThread` resolves with. */
export interface Thread<In, Out> {
  postMessage(message: In): void;
  /**
   * Called on this thread's event loop for each message the thread sends. Messages that arrive
   * before it is set wait for it, as with a MessagePort, so none is lost to a late handler.
   */
  onmessage: ((message: Out) => void) | null;
  /** Settles when the thread's body returns (with its value) or throws; the thread then ends. */
  readonly done: Promise<unknown>;
  /** Ends the thread at once, wherever it is (a daemon thread at exit, in Python terms). */
  terminate(): void;
}

/** What the thread sends; the `kind` keeps prints and the program's own messages apart. */
type FromThread =
  | { kind: 'log'; level: ConsoleLevel; args: unknown[] }
  | { kind: 'message'; message: unknown }
  | { kind: 'started' }
  | { kind: 'finished'; ok: true; value: unknown }
  | { kind: 'finished'; ok: false; error: unknown };

type ConsoleLevel = 'log' | 'info' | 'warn' | 'error' | 'debug';

/** The uniform face of a browser Worker and a Node worker_threads Worker. */
interface Channel {
  post(message: unknown): void;
  listen(onMessage: (message: FromThread) => void, onError: (error: unknown) => void): void;
  terminate(): void;
}

/**
 * Runs in the thread, after `send` and `listen` are defined for its host: forwards console output,
 * queues incoming messages for `nextMessage`, runs the body, and reports when it has started (its
 * synchronous part done) and when it has finished.
 */
const THREAD_SIDE = `
for (const level of ['log', 'info', 'warn', 'error', 'debug']) {
  console[level] = (...args) => {
    try { send({ kind: 'log', level, args }); }
    catch { send({ kind: 'log', level, args: args.map(String) }); } // a function, say, cannot be copied
  };
}
const inbox = [];
const waiting = [];
listen((message) => (waiting.length > 0 ? waiting.shift()(message) : inbox.push(message)));
const port = {
  postMessage: (message) => send({ kind: 'message', message }),
  nextMessage: () => inbox.length > 0 ? Promise.resolve(inbox.shift()) : new Promise((resolve) => waiting.push(resolve)),
};
Promise.resolve()
  .then(() => { const finished = body(port); send({ kind: 'started' }); return finished; })
  .then((value) => send({ kind: 'finished', ok: true, value }), (error) => send({ kind: 'finished', ok: false, error }));
`;

interface NodeWorkerThreads {
  Worker: new (
    source: string,
    options: { eval: true },
  ) => {
    postMessage(message: unknown): void;
    on(event: 'message', listener: (message: FromThread) => void): void;
    on(event: 'error', listener: (error: Error) => void): void;
    terminate(): Promise<number>;
  };
}

async function openChannel(body: string): Promise<Channel> {
  const define = `const body = (${body});`;
  if (typeof Worker === 'function') {
    // Browsers (and Deno, Bun): a worker from a blob of source text.
    const source = `${define}
const send = (message) => postMessage(message);
const listen = (onMessage) => { onmessage = (event) => onMessage(event.data); };
${THREAD_SIDE}`;
    const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    const worker = new Worker(url);
    return {
      post: (message) => worker.postMessage(message),
      listen(onMessage, onError) {
        worker.onmessage = (event: MessageEvent<FromThread>) => onMessage(event.data);
        worker.onerror = (event) => onError(new Error(event.message));
      },
      terminate() {
        worker.terminate();
        URL.revokeObjectURL(url);
      },
    };
  }
  // Node.js: worker_threads, loaded only here (a variable specifier keeps bundlers and browsers away).
  const specifier = 'node:worker_threads';
  const { Worker: NodeWorker } = (await import(specifier)) as NodeWorkerThreads;
  const source = `${define}
const { parentPort } = require('node:worker_threads');
const send = (message) => parentPort.postMessage(message);
const listen = (onMessage) => parentPort.on('message', onMessage);
${THREAD_SIDE}`;
  const worker = new NodeWorker(source, { eval: true });
  return {
    post: (message) => worker.postMessage(message),
    listen(onMessage, onError) {
      worker.on('message', onMessage);
      worker.on('error', onError);
    },
    terminate: () => void worker.terminate(),
  };
}

/** Starts a thread running `body` (given as source text) and resolves once it is running. */
async function start<In, Out>(body: string): Promise<Thread<In, Out>> {
  const channel = await openChannel(body);
  return new Promise((resolveStarted, rejectStarted) => {
    let settleDone: { resolve(value: unknown): void; reject(error: unknown): void };
    const done = new Promise<unknown>((resolve, reject) => (settleDone = { resolve, reject }));
    let handler: ((message: Out) => void) | null = null;
    const unhandled: Out[] = [];
    const thread: Thread<In, Out> = {
      postMessage: (message) => channel.post(message),
      get onmessage() {
        return handler;
      },
      set onmessage(listener) {
        handler = listener;
        while (handler && unhandled.length > 0) handler(unhandled.shift()!);
      },
      done,
      terminate: () => channel.terminate(),
    };
    let started = false;
    const fail = (error: unknown) => {
      channel.terminate();
      // Before it started, the error reaches the caller through startThread alone.
      if (!started) done.catch(() => {});
      rejectStarted(error);
      settleDone.reject(error);
    };
    channel.listen((message) => {
      if (message.kind === 'log') console[message.level](...message.args);
      else if (message.kind === 'message') {
        if (handler) handler(message.message as Out);
        else unhandled.push(message.message as Out);
      } else if (message.kind === 'started') {
        started = true;
        resolveStarted(thread);
      } else if (!message.ok) fail(message.error);
      else {
        channel.terminate();
        settleDone.resolve(message.value);
      }
    }, fail);
  });
}

export function startThread<In = unknown, Out = unknown>(
  body: (port: ThreadPort<In, Out>) => unknown,
): Promise<Thread<In, Out>> {
  return start(body.toString());
}

export async function toThread<A extends unknown[], R>(
  fn: (...args: A) => R,
  ...args: A
): Promise<Awaited<R>> {
  const thread = await start<A, never>(
    `async (port) => (${fn.toString()})(...(await port.nextMessage()))`,
  );
  thread.postMessage(args);
  return (await thread.done) as Awaited<R>;
}
