import { setTimeout as sleep } from 'node:timers/promises';

// async01.ts
// declaring a function with async makes it an async function: calling it returns a Promise
async function myfunc(): Promise<void> {
  await sleep(1000);
  console.log('hello');
}

// myfunc(); // JS prints no warning here: an async function starts running as soon as it is
// called, awaited or not (this line would print hello too). A Python coroutine does nothing until
// it is awaited. The nearest thing to the RuntimeWarning is typescript-eslint's
// no-floating-promises lint rule, which flags a promise nobody awaits
// JS has no asyncio.run: the event loop is always running, so the call is simply awaited
await myfunc();
