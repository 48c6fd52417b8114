import { setTimeout as sleep } from 'node:timers/promises';

async function main(): Promise<void> {
  await sleep(1000);
  console.log('Done');
}

// JavaScript 沒有可以手動建立、設定或關閉的 Loop 物件：事件迴圈屬於執行環境（瀏覽器或 Node.js），
// 一直在執行。所以 run_until_complete(main()) 在這裡就是 await main()
await main();
