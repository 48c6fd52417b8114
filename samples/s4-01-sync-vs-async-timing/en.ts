import { setTimeout as sleep } from 'node:timers/promises';

// time.sleep blocks the thread. Atomics.wait can do that in Node or in a worker, but it needs
// shared memory, which browsers restrict; a busy loop blocks anywhere, so it stands in for time.sleep
function syncSleep(): void {
  const end = Date.now() + 1000; // blocks for 1 second
  while (Date.now() < end) {}
}

function asyncSleep(): Promise<void> {
  return sleep(1000); // yields control for 1 second
}

function runSync(): void {
  const start = Date.now();
  for (let i = 0; i < 3; i++) {
    syncSleep(); // blocks three times in a row
  }
  console.log(`Sync Total: ${((Date.now() - start) / 1000).toFixed(2)}s`); // about 3.0s
}

async function runAsync(): Promise<void> {
  const start = Date.now();
  // run the three tasks concurrently: Promise.all plays the part of asyncio.gather
  await Promise.all([asyncSleep(), asyncSleep(), asyncSleep()]);
  console.log(`Async Total: ${((Date.now() - start) / 1000).toFixed(2)}s`); // about 1.0s
}

runSync();
await runAsync();
