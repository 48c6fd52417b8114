import { toThread } from './thread.ts';

// func1 runs on another thread, sent there as source text, so it may not use outer variables;
// a busy loop stands in for sleep(t): it blocks its own thread, not the event loop
function func1(t: number, exception: number): number {
  const end = Date.now() + t * 1000;
  while (Date.now() < end) {}
  if (exception) {
    throw new Error('error');
  }
  return t;
}

async function main(): Promise<void> {
  const start = performance.now();
  // toThread plays the part of loop.run_in_executor(pool, partial(func1, i, 0)):
  // each call gets a thread of its own, as the pool gives each of the four calls one
  const tasks = [1, 2, 3, 4].map((i) => toThread(func1, i, 0));
  const results = await Promise.all(tasks);
  console.log(`[${results.join(', ')}]`); // printed the way Python prints a list
  // one after another the four calls would take 1+2+3+4 = 10 s; on four threads they overlap: about 4 s
  console.log(`used: ${((performance.now() - start) / 1000).toFixed(2)} s`);
}

await main();
