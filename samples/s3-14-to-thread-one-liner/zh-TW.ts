import { toThread } from './thread.ts';

// func1 以原始碼的形式送到另一條執行緒上執行，所以不能使用外面的變數；
// 用忙碌迴圈代替 sleep(t)：它卡住的是自己所在的執行緒，而不是事件迴圈
function func1(t: number, exception: number): number {
  const end = Date.now() + t * 1000;
  while (Date.now() < end) {}
  if (exception) {
    throw new Error('error');
  }
  return t;
}

async function main(): Promise<void> {
  const start = performance.now();
  // toThread(fn, ...args) 的用法和 asyncio.to_thread 一樣：參數直接傳進去
  const tasks = [1, 2, 3, 4].map((i) => toThread(func1, i, 0));
  const results = await Promise.all(tasks);
  console.log(`[${results.join(', ')}]`); // 照 Python 印出串列的格式輸出
  // 和 run_in_executor 一樣，四個呼叫同時執行：大約 4 秒，而不是 10 秒
  console.log(`used: ${((performance.now() - start) / 1000).toFixed(2)} s`);
}

await main();
