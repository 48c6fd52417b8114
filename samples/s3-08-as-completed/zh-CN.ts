import { setTimeout as sleep } from 'node:timers/promises';

async function func1(t: number): Promise<number> {
  await sleep(t * 1000);
  return t;
}

// asyncio.as_completed：每个任务对应一个 Promise，按任务完成的顺序依次兑现
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
  // 这些 Promise 一创建就开始执行。Python 的 as_completed() 会把协程包装成任务，
  // 它们在 main() 第一次 await 时才开始：只晚了一瞬间，所以时间点是一样的。
  const tasks = [func1(3), func1(1), func1(2)];
  // as_completed()不需要解包裹
  for (const task of asCompleted(tasks)) {
    const res = await task;
    console.log(res);
  }
}

await main();
