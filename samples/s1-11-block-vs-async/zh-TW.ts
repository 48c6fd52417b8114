import { setTimeout as sleep } from 'node:timers/promises';

function blockDosomething(i: number): void {
  console.log(`第 ${i} 次開始`);
  // 會在此處阻塞：用忙碌迴圈代替 time.sleep(1)，它和 time.sleep 一樣會卡住執行緒
  const end = Date.now() + 1000;
  while (Date.now() < end) {}
  console.log(`第 ${i} 次結束`);
}

function blockMain(): void {
  const start = Date.now();
  for (let i = 0; i < 5; i++) {
    blockDosomething(i + 1);
  }
  // 5 secs，因為每次呼叫函數都阻塞1秒
  console.log(`block time: ${((Date.now() - start) / 1000).toFixed(2)} (s)`);
}

async function dosomething(i: number): Promise<void> {
  console.log(`第 ${i} 次開始`);
  await sleep(1000);
  console.log(`第 ${i} 次結束`);
}

async function asyncMain(): Promise<void> {
  const start = Date.now();
  // 不必包裝成 task：下面每次呼叫都會馬上開始執行，JS 也不需要執行中的事件迴圈
  const tasks = Array.from({ length: 5 }, (_, i) => dosomething(i + 1));
  // asyncio.wait 會等全部完成，但不會拋出它們的錯誤：相當於 Promise.allSettled
  await Promise.allSettled(tasks);
  // 1 sec, 因為每次呼叫函數時，只要sleep就釋放所有權處理下一個函數，因此等待時間重疊。
  console.log(`async time: ${((Date.now() - start) / 1000).toFixed(2)} (s)`);
}

blockMain();
await asyncMain();
