import { toThread } from './thread.ts';
import { setTimeout as sleep } from 'node:timers/promises';

// hard_work 會以原始碼的形式送到另一條執行緒上執行，所以不能使用外面的變數；
// 用忙碌迴圈代替 sleep(3)：它卡住的是自己的執行緒，而不是這一條
function hardWork(): void {
  const end = Date.now() + 3000;
  while (Date.now() < end) {}
}

// 瀏覽器不會提供執行緒 ID（Node 有：worker_threads.threadId），所以由工作在啟動執行緒時
// 自己印出這一行。ID 是替代值：1 是這個程式所在的執行緒，每次呼叫 toThread 都會啟動
// 一條新的執行緒，依序編為 2、3、4
let lastThreadId = 1;

async function doAsyncJob(): Promise<void> {
  console.log(`thread id: ${++lastThreadId}`);
  // toThread 相當於 asyncio.to_thread：這段期間事件迴圈不會被卡住
  await toThread(hardWork);
  await sleep(1000);
  console.log('job done!');
}

async function main(): Promise<void> {
  const task1 = doAsyncJob();
  const task2 = doAsyncJob();
  const task3 = doAsyncJob();
  await Promise.all([task1, task2, task3]);
}

// 三個 3 秒的忙碌迴圈現在重疊了，各自在自己的執行緒上，
// 所以這個範例只花約 4 秒：3 秒的阻塞工作加上 1 秒的 sleep
const start = performance.now();
await main();
console.log(`used: ${((performance.now() - start) / 1000).toFixed(2)} s`);
