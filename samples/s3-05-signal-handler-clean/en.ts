// A SUBSTITUTE: a web page receives no OS signals, so a timer stands in for Ctrl+C (SIGINT): it
// aborts an AbortController, whose abort event runs the handler. JS has no asyncio.all_tasks()
// either, so the program keeps its own set of running tasks. A Node.js version with a real
// SIGINT (process.on('SIGINT')) is shown below this sample.

// asyncio.sleep that can be cancelled: it rejects with the signal's reason when the signal aborts
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

// A promise cannot be cancelled, so a task here is a promise plus the AbortController that
// stops its work: cancel() aborts, and the work rejects with an AbortError (CancelledError)
class Task<T> {
  private readonly controller = new AbortController();
  readonly promise: Promise<T>;

  constructor(run: (signal: AbortSignal) => Promise<T>) {
    this.promise = run(this.controller.signal);
  }

  cancel(): void {
    this.controller.abort();
  }
}

// The program's own asyncio.all_tasks(): every task created with createTask, until it ends
const allTasks = new Set<Task<unknown>>();

function createTask<T>(run: (signal: AbortSignal) => Promise<T>): Task<T> {
  const task = new Task(run);
  allTasks.add(task);
  const forget = () => allTasks.delete(task);
  task.promise.then(forget, forget);
  return task;
}

const isTimeout = (error: unknown) =>
  error instanceof DOMException && error.name === 'TimeoutError';

// asyncio.wait_for: after `timeout` seconds, cancel the task and raise TimeoutError
async function waitFor<T>(task: Task<T>, timeout: number): Promise<T> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    task.cancel();
  }, timeout * 1000);
  try {
    return await task.promise;
  } catch (error) {
    if (timedOut) throw new DOMException('The operation timed out.', 'TimeoutError');
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

async function job(name: string, seconds: number, signal: AbortSignal): Promise<void> {
  try {
    await sleep(seconds * 1000, signal);
    console.log(`${name} finished`);
  } catch (error) {
    if (!signal.aborted) throw error;
    console.log(`${name} cancelled`);
    throw error;
  }
}

// loop.run_forever() becomes waiting for a promise, and loop.stop() resolves it
let stop!: () => void;
const stopped = new Promise<void>((resolve) => (stop = resolve));

async function shutdown(): Promise<void> {
  console.log('SIGINT received: waiting for the tasks (up to 1 s each)');
  await clean();
  console.log('clean() done: stopping the loop');
  stop();
}

// set the signal handler: here, a listener for the controller's abort event
const sigint = new AbortController();
sigint.signal.addEventListener('abort', () => void shutdown(), { once: true });

// wait for every task to end
async function clean(): Promise<void> {
  // shutdown() was not created with createTask, so it is not in the set and never waits for
  // itself: the Python removes asyncio.current_task() for the same reason
  const others = [...allTasks];
  // functions, so that each 1 s wait starts only when the loop below reaches it, as in Python
  const waiters = others.map((t) => () => waitFor(t, 1));
  for (const task of waiters) {
    try {
      await task();
    } catch (error) {
      if (!isTimeout(error)) throw error;
    }
  }
}

// for the demo: a job that ends soon, and one that would run for a long time
createTask((signal) => job('quick job', 1, signal));
createTask((signal) => job('slow job', 10, signal));
// for the demo: the timer "sends SIGINT" after 0.5 s (instead of pressing Ctrl+C)
setTimeout(() => sigint.abort(), 500);
await stopped;
console.log('loop closed');
