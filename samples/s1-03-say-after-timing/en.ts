import { setTimeout as sleep } from 'node:timers/promises';

async function sayAfter(delay: number, what: string): Promise<void> {
  await sleep(delay * 1000);
  console.log(what);
}

async function mainCoroutine(): Promise<void> {
  await sayAfter(1, 'hello');
  await sayAfter(2, 'world');
  // each call is awaited before the next one starts, so no time is saved: 3 s
}

async function mainCreateTask(): Promise<void> {
  // asyncio.create_task: in JS, calling an async function already starts it
  const task1 = sayAfter(1, 'hello');
  const task2 = sayAfter(2, 'world');
  await task1;
  await task2;
  // both started before the first await, so they save time: 2 s
}

async function mainGather(): Promise<void> {
  // unlike Python's coroutine objects, c1 and c2 are already running here,
  // so in JS this form and the one above are the same thing
  const c1 = sayAfter(1, 'hello');
  const c2 = sayAfter(2, 'world');
  await Promise.all([c1, c2]); // Promise.all plays the part of asyncio.gather
  // gather saves time too: 2 s
}

async function timeElapsed(func: () => Promise<void>): Promise<void> {
  const start = performance.now();
  await func(); // asyncio.run(func()): JS needs no loop to run it on
  console.log(`used: ${((performance.now() - start) / 1000).toFixed(2)} s`);
}

await timeElapsed(mainCoroutine);
await timeElapsed(mainCreateTask);
await timeElapsed(mainGather);
