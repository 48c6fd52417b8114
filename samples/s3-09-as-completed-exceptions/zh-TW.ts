import { setTimeout as sleep } from 'node:timers/promises';

async function func1(t: number, exception: number): Promise<number> {
  await sleep(t * 1000);
  if (exception) {
    throw new Error('error');
  }
  return t;
}

// asyncio.as_completed：每個任務對應一個 Promise，依任務完成的順序陸續兌現
function asCompleted<T>(promises: Promise<T>[]): Promise<T>[] {
  const settlers: ((p: Promise<T>) => void)[] = [];
  const inOrder = promises.map(() => new Promise<T>((resolve) => settlers.push(resolve)));
  let finished = 0;
  for (const p of promises) {
    const next = () => settlers[finished++](p);
    p.then(next, next);
  }
  inOrder.forEach((p) => p.catch(() => {})); // 每個錯誤都在下面的迴圈 await 它的地方處理
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
