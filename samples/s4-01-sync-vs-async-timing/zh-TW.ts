import { setTimeout as sleep } from 'node:timers/promises';

// time.sleep 會卡住執行緒。Atomics.wait 在 Node 或 worker 裡也做得到，但需要共享記憶體，
// 而瀏覽器限制共享記憶體；忙碌迴圈在哪裡都能卡住執行緒，所以用它代替 time.sleep
function syncSleep(): void {
  const end = Date.now() + 1000; // 卡住 1 秒
  while (Date.now() < end) {}
}

function asyncSleep(): Promise<void> {
  return sleep(1000); // 讓出控制權 1 秒
}

function runSync(): void {
  const start = Date.now();
  for (let i = 0; i < 3; i++) {
    syncSleep(); // 總共卡 3 次
  }
  console.log(`Sync Total: ${((Date.now() - start) / 1000).toFixed(2)}s`); // 約 3.0s
}

async function runAsync(): Promise<void> {
  const start = Date.now();
  // 並行執行 3 個任務：Promise.all 相當於 asyncio.gather
  await Promise.all([asyncSleep(), asyncSleep(), asyncSleep()]);
  console.log(`Async Total: ${((Date.now() - start) / 1000).toFixed(2)}s`); // 約 1.0s
}

runSync();
await runAsync();
