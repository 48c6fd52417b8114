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
// stops its work: cancel() aborts, and the work rejects with an AbortError (CancelledError).
// A JS task starts at once (up to its first await), while asyncio.create_task waits for the
// next turn of the loop: task1 below starts its sleep before it is cancelled. Same output.
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

const isCancelled = (error: unknown) =>
  error instanceof DOMException && error.name === 'AbortError';
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
    if (timedOut && isCancelled(error)) {
      throw new DOMException('The operation timed out.', 'TimeoutError');
    }
    throw error;
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
  await sleep(2000, signal);
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
