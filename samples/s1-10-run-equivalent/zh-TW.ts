import { setTimeout as sleep } from 'node:timers/promises';

async function main(): Promise<void> {
  await sleep(1000);
  console.log('main ran');
}

// JS 沒有可以建立、設為目前、執行或關閉的 Loop 物件：事件迴圈屬於執行環境（瀏覽器或
// Node.js），一直在執行。所以 Python 那四個手動步驟，連同 asyncio.run(main())，
// 在這裡都只是 await 這個呼叫
await main();
