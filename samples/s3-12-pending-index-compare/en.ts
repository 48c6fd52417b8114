import { setTimeout as sleep } from 'node:timers/promises';

async function func1(t: number): Promise<number> {
  await sleep(t * 1000);
  return t;
}

// A promise cannot say whether it has settled: a task here is the promise plus a done flag.
class Task<T> {
  done = false;

  constructor(readonly promise: Promise<T>) {
    const finish = () => {
      this.done = true;
    };
    promise.then(finish, finish);
  }
}

// asyncio.wait(..., return_when=FIRST_COMPLETED): wait for the first to settle, then sort the tasks.
async function wait<T>(tasks: Iterable<Task<T>>) {
  const all = [...tasks];
  // like asyncio.wait since 3.11, refuse anything that is not a task (the message is CPython's)
  if (!all.every((t) => t instanceof Task)) {
    throw new TypeError('Passing coroutines is forbidden, use tasks explicitly.');
  }
  await Promise.race(all.map((t) => t.promise.catch(() => {})));
  const done = new Set(all.filter((t) => t.done));
  const pending = new Set(all.filter((t) => !t.done));
  return { done, pending };
}

async function main(): Promise<void> {
  // JS has no idle coroutine objects: calling func1 starts it, and returns a promise
  const corortines = [func1(0.3), func1(0.1), func1(0.2)];
  const tasks = corortines.map((c) => new Task(c));

  // right: a JS Set cannot be indexed either; keep the tasks you passed in and test with has()
  const { done, pending } = await wait(tasks);
  if (pending.has(tasks[0])) {
    console.log('tasks[0] in pending');
  }
  console.log(`done: ${await [...done][0].promise}`); // a set can be iterated: take one element

  // wrong: pending holds the Task wrappers, never the promises they wrap
  // (the cast only lets TypeScript compile a test it can already tell is pointless)
  if (!(pending as Set<unknown>).has(corortines[0])) {
    console.log('corortines[0] not in pending');
  }
  // and wait() refuses bare promises, as asyncio.wait refuses coroutines
  try {
    // @ts-expect-error TypeScript rejects this call before the program even runs
    await wait(corortines);
  } catch (e) {
    console.log(`TypeError: ${(e as Error).message}`);
  }
}

await main();
