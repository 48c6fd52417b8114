import { setTimeout as sleep } from 'node:timers/promises';

// Browsers give a program no thread id (Node does: worker_threads.threadId), so 1 stands in for
// this program's one thread; Python prints threading.current_thread().ident, a number new every run
const THREAD_ID = 1;
// seconds since start (the article printed datetime.now().isoformat(), new every run)
const start = performance.now();

async function doAsyncJob(): Promise<number> {
  await sleep(2000);
  console.log(`${((performance.now() - start) / 1000).toFixed(1)}s`, 'thread id', THREAD_ID);
  return Math.floor(Math.random() * 10) + 1; // random.randint(1, 10)
}

async function main(): Promise<void> {
  // one after another: each call sleeps, and nothing switches
  // await doAsyncJob();
  // await doAsyncJob();
  // await doAsyncJob();

  // Promise.all plays the part of gather. Unlike Python's coroutine objects, which wait for
  // gather to wrap them in tasks, each job below is already running once it is called
  const job1 = doAsyncJob();
  const job2 = doAsyncJob();
  const job3 = doAsyncJob();
  const returnValues = await Promise.all([job1, job2, job3]);
  for (const v of returnValues) {
    console.log(`result => ${v}`);
  }
}

await main();
