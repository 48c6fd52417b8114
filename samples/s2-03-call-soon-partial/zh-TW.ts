import { setTimeout as sleep } from 'node:timers/promises';

async function main(): Promise<void> {
  // 會排程 console.log('Hello')：setTimeout(callback, 0) 在事件迴圈之後的某一輪執行它，
  // 就像 call_soon；bind() 預先固定參數，就像 functools.partial
  setTimeout(console.log.bind(console, 'Hello'), 0);
  await sleep(0); // 讓事件迴圈轉一圈，執行回呼
}

await main();
