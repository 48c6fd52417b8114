import { setTimeout as sleep } from 'node:timers/promises';

async function main(): Promise<void> {
  await sleep(1000);
  console.log('Done');
}

// JavaScript 没有可以手动创建、设置或关闭的 Loop 对象：事件循环属于运行环境（浏览器或 Node.js），
// 始终在运行。所以 run_until_complete(main()) 在这里就是 await main()
await main();
