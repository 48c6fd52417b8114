import { setTimeout as sleep } from 'node:timers/promises';

// A SUBSTITUTE: a web page receives no OS signals, so a timer stands in for Ctrl+C (SIGINT): it
// aborts an AbortController, whose abort event runs the handler. JS has no asyncio.all_tasks()
// either, so the program keeps its own set of running tasks. A Node.js version with a real
// SIGINT (process.on('SIGINT')) is shown below this sample.

// A promise cannot be cancelled, so a task here is a promise plus the AbortController that
// stops its work: cancel() aborts, and the work's sleep rejects with an AbortError, which plays
// the part of CancelledError. Like asyncio.create_task, the work starts on a later turn of the
// loop (sleep(0)), and a task cancelled before then never runs.
class Task<T> {
  private readonly controller = new AbortController();
  readonly promise: Promise<T>;

  constructor(run: (signal: AbortSignal) => Promise<T>) {
    const signal = this.controller.signal;
    this.promise = sleep(0).then(() => {
      signal.throwIfAborted(); // cancelled before it started: the work never runs
      return run(signal);
    });
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

const isTimeout = (error: unknown) => error instanceof Error && error.name === 'TimeoutError';

// asyncio.wait_for: at the deadline, cancel the task and raise TimeoutError. The task reacts
// to the cancel first (Python waits for that too); a task that ignores its signal cannot be
// stopped from outside and runs on, but waitFor raises at the deadline all the same
async function waitFor<T>(task: Task<T>, timeout: number): Promise<T> {
  const timeoutError = new DOMException('The operation timed out.', 'TimeoutError');
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      task.cancel();
      timer = setTimeout(reject, 0, timeoutError); // one turn later: the task has reacted
    }, timeout * 1000);
  });
  try {
    return await Promise.race([task.promise, deadline]);
  } catch (error) {
    throw timedOut ? timeoutError : error;
  } finally {
    clearTimeout(timer);
  }
}

async function job(name: string, seconds: number, signal: AbortSignal): Promise<void> {
  try {
    await sleep(seconds * 1000, undefined, { signal });
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
