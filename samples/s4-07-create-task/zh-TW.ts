import { setTimeout as sleep } from 'node:timers/promises';

async function myCoro(): Promise<string> {
  await sleep(100);
  return 'my_coro result';
}

// 呼叫 async 函式就已經開始執行：它會立刻跑到第一個 await，回傳的 Promise 就相當於 Task。
// Python 的協程則要等到被排程（例如包成 Task）之後才會執行。
const task = myCoro();
const result = await task; // 等待結果
console.log(result);
