import { setTimeout as sleep } from 'node:timers/promises';

// time.sleep 会阻塞线程。Atomics.wait 在 Node 或 worker 里也能做到，但需要共享内存，
// 而浏览器限制共享内存；忙等循环在哪里都能阻塞线程，所以用它代替 time.sleep
function syncSleep(): void {
  const end = Date.now() + 1000; // 阻塞 1 秒
  while (Date.now() < end) {}
}

function asyncSleep(): Promise<void> {
  return sleep(1000); // 交出控制权 1 秒
}

function runSync(): void {
  const start = Date.now();
  for (let i = 0; i < 3; i++) {
    syncSleep(); // 一共阻塞 3 次
  }
  console.log(`Sync Total: ${((Date.now() - start) / 1000).toFixed(2)}s`); // 约 3.0s
}

async function runAsync(): Promise<void> {
  const start = Date.now();
  // 并发执行 3 个任务：Promise.all 相当于 asyncio.gather
  await Promise.all([asyncSleep(), asyncSleep(), asyncSleep()]);
  console.log(`Async Total: ${((Date.now() - start) / 1000).toFixed(2)}s`); // 约 1.0s
}

runSync();
await runAsync();
