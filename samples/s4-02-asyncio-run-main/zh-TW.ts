import { setTimeout as sleep } from 'node:timers/promises';

async function main(): Promise<void> {
  await sleep(1000);
  console.log('Done');
}

// JavaScript 的事件迴圈一直在執行，沒有 Loop 的生命週期要管理：在模組頂層 await main() 即可
await main();
