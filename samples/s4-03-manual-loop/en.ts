import { setTimeout as sleep } from 'node:timers/promises';

async function main(): Promise<void> {
  await sleep(1000);
  console.log('Done');
}

// JavaScript has no loop object to create, set or close: the host (the browser or Node.js) owns
// the event loop, which always runs. So run_until_complete(main()) is simply await main()
await main();
