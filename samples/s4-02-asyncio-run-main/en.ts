import { setTimeout as sleep } from 'node:timers/promises';

async function main(): Promise<void> {
  await sleep(1000);
  console.log('Done');
}

// JavaScript's event loop always runs: no loop lifecycle to manage, just await main()
await main();
