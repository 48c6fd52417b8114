import { setTimeout as sleep } from 'node:timers/promises';

// A promise cannot be cancelled, so a task here is a promise plus the AbortController that
// stops its work: cancel() aborts, and the work's sleep rejects with an AbortError, which plays
// the part of CancelledError. Like asyncio.create_task, the work starts on a later turn of the
// loop (sleep(0)), and a task cancelled before then never runs: task1 below never sleeps.
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

const isCancelled = (error: unknown) => error instanceof Error && error.name === 'AbortError';
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

// asyncio.shield: a new task that only waits for the inner one. Cancelling it stops the
// waiting, never the inner task's work
function shield<T>(inner: Task<T>): Task<T> {
  return new Task(
    (signal) =>
      new Promise<T>((resolve, reject) => {
        inner.promise.then(resolve, reject);
        signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      }),
  );
}

async function func1(signal: AbortSignal): Promise<void> {
  await sleep(2000, undefined, { signal });
  console.log('func1');
}

async function main(): Promise<void> {
  // after cancel(), the cancellation is raised only where the task is awaited
  const task1 = new Task(func1);
  task1.cancel();
  try {
    await task1.promise;
  } catch (error) {
    if (!isCancelled(error)) throw error;
    console.log('task1 is cancelled');
  }

  // when the wait_for timeout expires, the task is cancelled automatically
  const task2 = new Task(func1);
  try {
    await waitFor(task2, 1);
  } catch (error) {
    if (!isTimeout(error)) throw error;
    console.log('task2 is timeout');
  }

  // shield protects the task from being cancelled
  const task3 = new Task(func1);
  try {
    await waitFor(shield(task3), 1);
  } catch (error) {
    if (!isTimeout(error)) throw error;
    console.log('task3 is timeout');
  }
  await task3.promise;
}

await main();
