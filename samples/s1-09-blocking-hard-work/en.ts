import { setTimeout as sleep } from 'node:timers/promises';

// Browsers give a program no thread id (Node does: worker_threads.threadId), so 1 stands in for
// this program's one thread; Python prints threading.get_ident(), a number new every run
const THREAD_ID = 1;

function hardWork(): void {
  console.log('thread id:', THREAD_ID);
  // a busy loop stands in for sleep(3): like time.sleep, it blocks the thread it runs on
  const end = Date.now() + 3000;
  while (Date.now() < end) {}
}

async function doAsyncJob(): Promise<void> {
  hardWork();
  await sleep(1000);
  console.log('job done!');
}

async function main(): Promise<void> {
  // asyncio.create_task only schedules a job, while a JS async function starts at once: here
  // task1's hardWork blocks before task2 is even created. The blocking adds up the same way
  const task1 = doAsyncJob();
  const task2 = doAsyncJob();
  const task3 = doAsyncJob();
  await Promise.all([task1, task2, task3]);
}

// task1, task2 and task3 each spend 3 s in the busy loop,
// blocking every other task meanwhile, so this sample takes about 10 s
// (3 × 3 s of blocking, plus the last task's 1 s sleep, which starts only at 9 s)
const start = performance.now();
await main();
console.log(`used: ${((performance.now() - start) / 1000).toFixed(2)} s`);
