import { setTimeout as sleep } from 'node:timers/promises';

async function func1(t: number): Promise<number> {
  await sleep(t * 1000);
  return t;
}

// asyncio.as_completed: one promise per task, settling in the order the tasks finish
function asCompleted<T>(promises: Promise<T>[]): Promise<T>[] {
  const settlers: ((p: Promise<T>) => void)[] = [];
  const inOrder = promises.map(() => new Promise<T>((resolve) => settlers.push(resolve)));
  let finished = 0;
  for (const p of promises) {
    const next = () => settlers[finished++](p);
    p.then(next, next);
  }
  return inOrder;
}

async function main(): Promise<void> {
  // These promises start at once. In Python, as_completed() wraps the coroutines in tasks, which
  // start when main() first awaits: a moment later, so the timing is the same.
  const tasks = [func1(3), func1(1), func1(2)];
  // as_completed() takes the list itself: no * unpacking
  for (const task of asCompleted(tasks)) {
    const res = await task;
    console.log(res);
  }
}

await main();
