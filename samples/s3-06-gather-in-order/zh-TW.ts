import { setTimeout as sleep } from 'node:timers/promises';

async function func1(t: number): Promise<number> {
  await sleep(t * 1000);
  return t;
}

async function main(): Promise<void> {
  // 呼叫 async 函式就會開始執行它，就像 asyncio.create_task 一樣
  const tasks = [1, 2, 3].map((i) => func1(i));
  // asyncio.gather 對應 Promise.all，結果依傳入 Promise 的順序排列
  const results = await Promise.all(tasks);
  console.log(`[${results.join(', ')}]`); // 以 Python 印出串列的格式輸出
  // 輸出 [1, 2, 3]
}

await main();
