import { toThread } from './thread.ts';
import { setTimeout as sleep } from 'node:timers/promises';

// hard_work 会以源代码的形式发送到另一个线程上运行，所以不能使用外部的变量；
// 用忙等循环代替 sleep(3)：它阻塞的是自己所在的线程，而不是这个线程
function hardWork(): void {
  const end = Date.now() + 3000;
  while (Date.now() < end) {}
}

// 浏览器不会提供线程 ID（Node 有：worker_threads.threadId），所以由任务在启动线程时
// 自己打印这一行。ID 是替代值：1 是这个程序所在的线程，每次调用 toThread 都会启动
// 一个新的线程，依次编号为 2、3、4
let lastThreadId = 1;

async function doAsyncJob(): Promise<void> {
  console.log(`thread id: ${++lastThreadId}`);
  // toThread 相当于 asyncio.to_thread：这段时间事件循环不会被阻塞
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

// 三个 3 秒的忙等循环现在重叠了，各自在自己的线程上，
// 所以这个示例只需约 4 秒：3 秒的阻塞工作加上 1 秒的 sleep
const start = performance.now();
await main();
console.log(`used: ${((performance.now() - start) / 1000).toFixed(2)} s`);
