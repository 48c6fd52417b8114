import { setTimeout as sleep } from 'node:timers/promises';

async function main(): Promise<void> {
  await sleep(1000);
  console.log('main ran');
}

// JS has no loop object to create, make current, run or close: the host (the browser or
// Node.js) owns the event loop, which is always running. So the four manual Python steps, and
// asyncio.run(main()) too, come down to awaiting the call
await main();
