import { setTimeout as sleep } from 'node:timers/promises';

// 浏览器不会把线程 ID 提供给程序（Node 有：worker_threads.threadId），所以用 1 代表这个程序
// 所在的那一个线程；Python 打印的 threading.get_ident() 是一个很大的数字，每次运行都不同
const THREAD_ID = 1;

function hardWork(): void {
  console.log('thread id:', THREAD_ID);
  // 用忙等循环代替 sleep(3)：它和 time.sleep 一样，会阻塞所在的线程
  const end = Date.now() + 3000;
  while (Date.now() < end) {}
}

async function doAsyncJob(): Promise<void> {
  hardWork();
  await sleep(1000);
  console.log('job done!');
}

async function main(): Promise<void> {
  // asyncio.create_task 只是把任务加入调度，JS 的异步函数则是一调用就开始运行：这里
  // task1 的 hardWork 在 task2 创建之前就阻塞了。阻塞的时间同样会累加起来
  const task1 = doAsyncJob();
  const task2 = doAsyncJob();
  const task3 = doAsyncJob();
  await Promise.all([task1, task2, task3]);
}

// task1、task2、task3 其实各自花了 3 秒在忙等循环上，
// 同时也阻塞了其他任务的进行，所以这个示例大约要花 10 秒
// （3 × 3 秒的阻塞，再加上最后一个任务到第 9 秒才开始的 1 秒 sleep）
const start = performance.now();
await main();
console.log(`used: ${((performance.now() - start) / 1000).toFixed(2)} s`);
