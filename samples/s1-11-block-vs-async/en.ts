import { setTimeout as sleep } from 'node:timers/promises';

function blockDosomething(i: number): void {
  console.log(`Call ${i} started`);
  // blocks here: a busy loop stands in for time.sleep(1), and like it blocks the thread
  const end = Date.now() + 1000;
  while (Date.now() < end) {}
  console.log(`Call ${i} finished`);
}

function blockMain(): void {
  const start = Date.now();
  for (let i = 0; i < 5; i++) {
    blockDosomething(i + 1);
  }
  // 5 secs, because every call blocks for 1 second
  console.log(`block time: ${((Date.now() - start) / 1000).toFixed(2)} (s)`);
}

async function dosomething(i: number): Promise<void> {
  console.log(`Call ${i} started`);
  await sleep(1000);
  console.log(`Call ${i} finished`);
}

async function asyncMain(): Promise<void> {
  const start = Date.now();
  // no tasks to wrap: each call below starts running at once, and JS needs no running loop
  const tasks = Array.from({ length: 5 }, (_, i) => dosomething(i + 1));
  // asyncio.wait waits for all of them without raising their errors: Promise.allSettled
  await Promise.allSettled(tasks);
  // 1 sec: each call gives up control as soon as it sleeps, so the waits overlap
  console.log(`async time: ${((Date.now() - start) / 1000).toFixed(2)} (s)`);
}

blockMain();
await asyncMain();
