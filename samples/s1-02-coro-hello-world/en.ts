import { setTimeout as sleep } from 'node:timers/promises';

async function coro(): Promise<void> {
  console.log('hello');
  await sleep(1000);
  console.log('world');
}

// get the event loop, then run: JS has no loop object to get, and nothing like
// loop.create_task or loop.run_until_complete; the host (the browser or Node.js) owns the
// event loop, which is always running
// or simply use run: in JS the call is simply awaited
await coro();
