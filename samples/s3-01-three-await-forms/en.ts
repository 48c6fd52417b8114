import { setTimeout as sleep } from 'node:timers/promises';

// A literal port prints 2 3 1, not 1 2 3: a JS async function starts running as soon as it is
// called, so `const coroutine2 = func2()` would print 2 on the spot. A Python coroutine runs
// nothing until it is awaited, and a task starts only when main() gives way to the event loop.
// To keep the lesson, the twin holds the coroutine as a function to call later, and createTask
// starts its function on a later turn of the event loop (sleep(0)), as asyncio.create_task does.

async function func1(): Promise<void> {
  console.log(1);
}

async function func2(): Promise<void> {
  console.log(2);
}

async function func3(): Promise<void> {
  console.log(3);
}

// asyncio.create_task: schedule the work; it starts when the current code gives way to the loop
function createTask<T>(start: () => Promise<T>): Promise<T> {
  return sleep(0).then(start);
}

async function main(): Promise<void> {
  const coroutine2 = () => func2(); // a coroutine object: nothing runs until it is awaited
  const task3 = createTask(func3);
  // first way: await a call to an async def function
  await func1();
  // second way: await a coroutine object
  await coroutine2();
  // third way: await a task
  await task3;
}

await main();
