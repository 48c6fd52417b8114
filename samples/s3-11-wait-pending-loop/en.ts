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
  await Promise.race(all.map((t) => t.promise.catch(() => {})));
  const done = new Set(all.filter((t) => t.done));
  const pending = new Set(all.filter((t) => !t.done));
  return { done, pending };
}

async function main(): Promise<void> {
  // a JS call starts the work at once: the Task wrapper only adds the done flag wait() needs
  const tasks = [3, 1, 2].map((t) => new Task(func1(t)));
  let pending = new Set(tasks);
  while (pending.size > 0) {
    const result = await wait(pending);
    pending = result.pending;
    for (const task of result.done) {
      console.log(await task.promise);
    }
  }
}

await main();
