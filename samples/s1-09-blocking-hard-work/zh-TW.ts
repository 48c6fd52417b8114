import { setTimeout as sleep } from 'node:timers/promises';

// 瀏覽器不會提供執行緒 ID 給程式（Node 有：worker_threads.threadId），所以用 1 代表這個程式
// 所在的那一條執行緒；Python 印出的 threading.get_ident() 是一個很大的數字，每次執行都不同
const THREAD_ID = 1;

function hardWork(): void {
  console.log('thread id:', THREAD_ID);
  // 用忙碌迴圈代替 sleep(3)：它和 time.sleep 一樣，會卡住所在的執行緒
  const end = Date.now() + 3000;
  while (Date.now() < end) {}
}

async function doAsyncJob(): Promise<void> {
  hardWork();
  await sleep(1000);
  console.log('job done!');
}

async function main(): Promise<void> {
  // asyncio.create_task 只是把工作排進排程，JS 的非同步函式則是一呼叫就開始執行：這裡
  // task1 的 hardWork 在 task2 建立之前就卡住了。阻塞的時間一樣會累加起來
  const task1 = doAsyncJob();
  const task2 = doAsyncJob();
  const task3 = doAsyncJob();
  await Promise.all([task1, task2, task3]);
}

// task1, task2, task3 其實都各花 3 秒在忙碌迴圈，
// 同時也阻塞其他工作的進行，因此造成這個範例花費約 10 秒
// （3 × 3 秒的阻塞，再加上最後一個任務到第 9 秒才開始的 1 秒 sleep）
const start = performance.now();
await main();
console.log(`used: ${((performance.now() - start) / 1000).toFixed(2)} s`);
