import { setTimeout as sleep } from 'node:timers/promises';

// async01.ts
// 在函数前声明 async，它就是异步函数：调用它会返回一个 Promise
async function myfunc(): Promise<void> {
  await sleep(1000);
  console.log('hello');
}

// myfunc(); // JS 在这里不会给出任何警告：异步函数一被调用就开始运行，不管有没有
// await（这一行也会打印 hello）。Python 的协程在被 await 之前什么都不做。
// 最接近那个 RuntimeWarning 的工具是 typescript-eslint 的 no-floating-promises
// 规则，它会标出没有被 await 的 Promise
// JS 没有 asyncio.run：事件循环一直在运行，直接 await 这个调用即可
await myfunc();
