import { setTimeout as sleep } from 'node:timers/promises';

async function main(): Promise<void> {
  await sleep(1000);
  console.log('Done');
}

// JavaScript 的事件循环始终在运行，没有 Loop 的生命周期需要管理：在模块顶层 await main() 即可
await main();
