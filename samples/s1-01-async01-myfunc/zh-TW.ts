import { setTimeout as sleep } from 'node:timers/promises';

// async01.ts
// 函式前宣告 async 即為非同步函式：呼叫它會回傳一個 Promise
async function myfunc(): Promise<void> {
  await sleep(1000);
  console.log('hello');
}

// myfunc(); // JS 在這裡不會發出任何警告：非同步函式一被呼叫就開始執行，不管有沒有
// await（這一行也會印出 hello）。Python 的協程在被 await 之前什麼都不做。
// 最接近那個 RuntimeWarning 的工具是 typescript-eslint 的 no-floating-promises
// 規則，它會標出沒有人 await 的 Promise
// JS 沒有 asyncio.run：事件迴圈一直在執行，直接 await 這個呼叫即可
await myfunc();
