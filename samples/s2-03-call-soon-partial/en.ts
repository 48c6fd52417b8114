import { setTimeout as sleep } from 'node:timers/promises';

async function main(): Promise<void> {
  // will schedule console.log('Hello'): setTimeout(callback, 0) runs it on a later turn of the
  // event loop, like call_soon, and bind() fixes its arguments ahead, like functools.partial
  setTimeout(console.log.bind(console, 'Hello'), 0);
  await sleep(0); // give the loop one turn to run the callback
}

await main();
