import { setTimeout as sleep } from 'node:timers/promises';

async function func1(t: number, exception = 0): Promise<number> {
  if (exception) {
    throw new Error('func1');
  }
  await sleep(t * 1000);
  return t;
}

// Python's repr() of a result or an exception, to print the list as Python does
const repr = (value: unknown) =>
  value instanceof Error ? `Exception('${value.message}')` : String(value);
const pyBool = (value: boolean) => (value ? 'True' : 'False');

// task.done() and task.cancelled() for a promise. A promise cannot be cancelled at all, so
// Promise.all cannot cancel the other promises either: cancelled() is always false here.
class Task<T> {
  readonly promise: Promise<T>;
  private settled = false;

  constructor(promise: Promise<T>) {
    this.promise = promise;
    const finish = () => {
      this.settled = true;
    };
    promise.then(finish, finish);
  }

  done(): boolean {
    return this.settled;
  }

  cancelled(): boolean {
    return false;
  }
}

async function main(): Promise<void> {
  // with True, even if one task raises an exception, the other tasks are not affected
  let tasks = [1, 2, 3].map((i) => new Task(func1(i, i % 2)));
  // return_exceptions=True: Promise.allSettled, then each value or error in its place
  const settled = await Promise.allSettled(tasks.map((t) => t.promise));
  const results = settled.map((r) => (r.status === 'fulfilled' ? r.value : r.reason));
  console.log(`[${results.map(repr).join(', ')}]`); // [Exception('func1'), 2, Exception('func1')]

  // with False, if one task raises an exception, the other tasks are stopped at once
  tasks = [1, 2, 3].map((i) => new Task(func1(i, i % 2)));
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
