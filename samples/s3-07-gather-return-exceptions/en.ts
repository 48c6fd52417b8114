import { setTimeout as sleep } from 'node:timers/promises';

async function func1(t: number, exception: number, signal: AbortSignal): Promise<number> {
  if (exception) {
    throw new Error('func1');
  }
  await sleep(t * 1000, undefined, { signal });
  return t;
}

// Python's repr() of a result or an exception, to print the list as Python does
const repr = (value: unknown) =>
  value instanceof Error ? `Exception('${value.message}')` : String(value);
const pyBool = (value: boolean) => (value ? 'True' : 'False');

// asyncio.create_task for a promise: the work gets an AbortSignal, cancel() aborts it, and
// done() and cancelled() tell how it ended: cancelled() is true once the work has ended with
// the AbortError its cancel() caused (in Python, with CancelledError).
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

  cancel(): void {
    this.controller.abort();
  }

  done(): boolean {
    return this.state !== 'pending';
  }

  cancelled(): boolean {
    return this.state === 'cancelled';
  }
}

async function main(): Promise<void> {
  // with True, even if one task raises an exception, the other tasks are not affected
  let tasks = [1, 2, 3].map((i) => new Task((signal) => func1(i, i % 2, signal)));
  // return_exceptions=True: Promise.allSettled, then each value or error in its place
  const settled = await Promise.allSettled(tasks.map((t) => t.promise));
  const results = settled.map((r) => (r.status === 'fulfilled' ? r.value : r.reason));
  console.log(`[${results.map(repr).join(', ')}]`); // [Exception('func1'), 2, Exception('func1')]

  // with False, if one task raises an exception, the other tasks are stopped at once
  tasks = [1, 2, 3].map((i) => new Task((signal) => func1(i, i % 2, signal)));
  try {
    // return_exceptions=False: Promise.all, which rejects with the first error
    const results = await Promise.all(tasks.map((t) => t.promise));
    console.log(results);
  } catch (e) {
    console.log((e as Error).message); // prints only one exception
  }

  // in fact, when gather raises, it neither cancels nor stops the other tasks:
  const task2 = tasks[1];
  console.log(
    'gather raised; task 2 cancelled?',
    pyBool(task2.cancelled()),
    'done?',
    pyBool(task2.done()),
  );
  console.log('task 2 kept running and returned', await task2.promise);
}

await main();
