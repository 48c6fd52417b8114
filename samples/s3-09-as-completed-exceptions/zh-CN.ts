import { setTimeout as sleep } from 'node:timers/promises';

async function func1(t: number, exception: number): Promise<number> {
  await sleep(t * 1000);
  if (exception) {
    throw new Error('error');
  }
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
  inOrder.forEach((p) => p.catch(() => {})); // 每个错误都在下面的循环 await 它的地方处理
  return inOrder;
}

async function main(): Promise<void> {
  const tasks = [func1(3, 0), func1(1, 0), func1(2, 1)];
  for (const task of asCompleted(tasks)) {
    try {
      console.log(await task);
    } catch (e) {
      console.log((e as Error).message);
    }
  }
}

await main();
