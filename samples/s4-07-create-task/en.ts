import { setTimeout as sleep } from 'node:timers/promises';

async function myCoro(): Promise<string> {
  await sleep(100);
  return 'my_coro result';
}

// Calling an async function already starts it: it runs up to its first await at once, and the
// promise it returns plays the part of the Task. A Python coroutine runs only once scheduled.
const task = myCoro();
const result = await task; // wait for the result
console.log(result);
