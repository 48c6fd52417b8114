import { setTimeout as sleep } from 'node:timers/promises';

async function coro(): Promise<void> {
  console.log('hello');
  await sleep(1000);
  console.log('world');
}

// 取得事件迴圈後再 run：JS 沒有可以取得的 Loop 物件，也沒有 loop.create_task 或
// loop.run_until_complete 這類方法；事件迴圈屬於執行環境（瀏覽器或 Node.js），
// 一直在執行
// 也可直接用 run：在 JS 裡直接 await 這個呼叫即可
await coro();
