import { setTimeout as sleep } from 'node:timers/promises';

let calls = 0; // each call to work() runs longer than the last: 0.1, 0.2, 0.3 s

async function work(signal: AbortSignal): Promise<number> {
  calls += 1;
  const seconds = calls / 10;
  await sleep(seconds * 1000, undefined, { signal });
  return seconds;
}

// A promise cannot be cancelled, so a task here is a promise plus the AbortController
// that stops its work: cancel() aborts, and the work rejects with an AbortError.
class Task<T> {
  private readonly controller = new AbortController();
  readonly promise: Promise<T>;
  private state: 'pending' | 'done' | 'cancelled' = 'pending';

  constructor(run: (signal: AbortSignal) => Promise<T>) {
    this.promise = run(this.controller.signal);
    this.promise.then(
      () => (this.state = 'done'),
      (error: unknown) => {
        const aborted = error instanceof Error && error.name === 'AbortError';
        this.state = aborted && this.controller.signal.aborted ? 'cancelled' : 'done';
      },
    );
  }

  get done(): boolean {
    return this.state !== 'pending';
  }

  cancel(): void {
    this.controller.abort();
  }

  // true once the work has ended with the AbortError its cancel() caused
  cancelled(): boolean {
    return this.state === 'cancelled';
  }
}

// asyncio.wait(..., return_when=FIRST_COMPLETED): Promise.race, then sort the tasks.
async function waitFirstCompleted<T>(tasks: Set<Task<T>>) {
  await Promise.race([...tasks].map((t) => t.promise.catch(() => {})));
  const done = new Set([...tasks].filter((t) => t.done));
  const pending = new Set([...tasks].filter((t) => !t.done));
  return { done, pending };
}

async function main(): Promise<void> {
  const tasks = new Set(Array.from({ length: 3 }, () => new Task(work)));

  // return as soon as the first one finishes
  const { done, pending } = await waitFirstCompleted(tasks);

  // cancel the tasks still running (Good Practice)
  for (const t of pending) {
    t.cancel();
  }

  console.log('done', done.size, 'pending', pending.size);
  console.log('first result:', await [...done][0].promise);
  // wait until the cancelled tasks have really ended
  await Promise.allSettled([...pending].map((t) => t.promise));
  // printed the way Python prints a list of booleans
  const cancelled = [...pending].map((t) => (t.cancelled() ? 'True' : 'False'));
  console.log(`pending cancelled: [${cancelled.join(', ')}]`);
}

await main();
