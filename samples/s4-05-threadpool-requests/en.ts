import { toThread } from './thread.ts';
import { setTimeout as sleep } from 'node:timers/promises';

// this is a synchronous, blocking call
// demo stand-in for a blocking request: a busy loop holds its thread for 1 s, then returns 200
// it runs on another thread, sent there as source text, so it may not use outer variables
function blockingIo(): number {
  const end = Date.now() + 1000;
  while (Date.now() < end) {}
  return 200;
}

async function ticker(): Promise<void> {
  // the event loop is not blocked: this task still prints a line every 0.2 s
  for (let i = 1; i <= 4; i++) {
    await sleep(200);
    console.log(`Tick ${i}: the event loop is still running`);
  }
}

const ticks = ticker();
// toThread plays the part of loop.run_in_executor(pool, blocking_io): a new thread per call
const result = await toThread(blockingIo);
console.log(`Status Code: ${result}`);
await ticks;
