import { setTimeout as sleep } from 'node:timers/promises';

// 瀏覽器不會提供執行緒 ID 給程式（Node 有：worker_threads.threadId），所以用 1 代表這個程式
// 所在的那一條執行緒；Python 印出的 threading.current_thread().ident 是一個很大的數字，每次執行都不同
const THREAD_ID = 1;
// 原文印出 datetime.now().isoformat()，每次執行都不同：這裡改印從開始算起的秒數
const start = performance.now();

async function doAsyncJob(): Promise<number> {
  await sleep(2000);
  console.log(`${((performance.now() - start) / 1000).toFixed(1)}s`, 'thread id', THREAD_ID);
  return Math.floor(Math.random() * 10) + 1; // random.randint(1, 10)
}

async function main(): Promise<void> {
  // 依順序進行，每一次都會 sleep，沒有切換工作
  // await doAsyncJob();
  // await doAsyncJob();
  // await doAsyncJob();

  // Promise.all 相當於 gather。Python 的協程物件要等 gather 把它們包成 task
  // 才會執行；下面每個 job 則在呼叫的當下就已經開始執行了
  const job1 = doAsyncJob();
  const job2 = doAsyncJob();
  const job3 = doAsyncJob();
  const returnValues = await Promise.all([job1, job2, job3]);
  for (const v of returnValues) {
    console.log(`result => ${v}`);
  }
}

await main();
