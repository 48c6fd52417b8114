import { setTimeout as sleep } from 'node:timers/promises';

// 浏览器不会把线程 ID 提供给程序（Node 有：worker_threads.threadId），所以用 1 代表这个程序
// 所在的那一个线程；Python 打印的 threading.current_thread().ident 是一个很大的数字，每次运行都不同
const THREAD_ID = 1;
// 原文打印 datetime.now().isoformat()，每次运行都不同：这里改为打印从开始算起的秒数
const start = performance.now();

async function doAsyncJob(): Promise<number> {
  await sleep(2000);
  console.log(`${((performance.now() - start) / 1000).toFixed(1)}s`, 'thread id', THREAD_ID);
  return Math.floor(Math.random() * 10) + 1; // random.randint(1, 10)
}

async function main(): Promise<void> {
  // 按顺序进行，每次都会 sleep，没有切换任务
  // await doAsyncJob();
  // await doAsyncJob();
  // await doAsyncJob();

  // Promise.all 相当于 gather。Python 的协程对象要等 gather 把它们包装成 task
  // 才会运行；下面每个 job 则在调用的时候就已经开始运行了
  const job1 = doAsyncJob();
  const job2 = doAsyncJob();
  const job3 = doAsyncJob();
  const returnValues = await Promise.all([job1, job2, job3]);
  for (const v of returnValues) {
    console.log(`result => ${v}`);
  }
}

await main();
