import { setTimeout as sleep } from 'node:timers/promises';

async function coro(): Promise<void> {
  console.log('hello');
  await sleep(1000);
  console.log('world');
}

// 先获取事件循环，再 run：JS 没有可以获取的 Loop 对象，也没有 loop.create_task 或
// loop.run_until_complete 这类方法；事件循环属于运行环境（浏览器或 Node.js），
// 始终在运行
// 也可以直接用 run：在 JS 里直接 await 这个调用即可
await coro();
