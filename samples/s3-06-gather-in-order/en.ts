import { setTimeout as sleep } from 'node:timers/promises';

async function func1(t: number): Promise<number> {
  await sleep(t * 1000);
  return t;
}

async function main(): Promise<void> {
  // calling an async function starts it, like asyncio.create_task
  const tasks = [1, 2, 3].map((i) => func1(i));
  // asyncio.gather: Promise.all, whose results keep the order of the promises passed in
  const results = await Promise.all(tasks);
  console.log(`[${results.join(', ')}]`); // printed the way Python prints a list
  // prints [1, 2, 3]
}

await main();
