import { setTimeout as sleep } from 'node:timers/promises';

async function main(): Promise<void> {
  await sleep(1000);
  console.log('main ran');
}

// JS 没有可以创建、设为当前、运行或关闭的 Loop 对象：事件循环属于运行环境（浏览器或
// Node.js），始终在运行。所以 Python 那四个手动步骤，连同 asyncio.run(main())，
// 在这里都只是 await 这个调用
await main();
