import { toThread } from './thread.ts';
import { setTimeout as sleep } from 'node:timers/promises';

// hard_work runs on another thread, sent there as source text, so it may not use outer
// variables; a busy loop stands in for sleep(3): it blocks its own thread, not this one
function hardWork(): void {
  const end = Date.now() + 3000;
  while (Date.now() < end) {}
}

// Browsers give a thread no id (Node does: worker_threads.threadId), so the job prints the line
// itself as it starts the thread. The ids are stand-ins: 1 is the thread this program runs on,
// and each toThread call starts a new thread, numbered 2, 3, 4
let lastThreadId = 1;

async function doAsyncJob(): Promise<void> {
  console.log(`thread id: ${++lastThreadId}`);
  // toThread plays the part of asyncio.to_thread: the event loop stays free meanwhile
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

// the three 3 s busy loops now overlap, each on its own thread,
// so this sample takes about 4 s: 3 s of blocking work plus the 1 s sleep
const start = performance.now();
await main();
console.log(`used: ${((performance.now() - start) / 1000).toFixed(2)} s`);
