import { setTimeout as sleep } from 'node:timers/promises';

async function func1(t: number): Promise<number> {
  await sleep(t * 1000);
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
  return inOrder;
}

async function main(): Promise<void> {
  // 這些 Promise 一建立就開始執行。Python 的 as_completed() 會把協程包成任務，
  // 它們在 main() 第一次 await 時才開始：只晚了一瞬間，所以時間點是一樣的。
  const tasks = [func1(3), func1(1), func1(2)];
  // as_completed() 直接接受串列，不需要用 * 解包
  for (const task of asCompleted(tasks)) {
    const res = await task;
    console.log(res);
  }
}

await main();
