import { setTimeout as sleep } from 'node:timers/promises';

async function myCoro(): Promise<string> {
  await sleep(100);
  return 'my_coro result';
}

// 调用 async 函数就已经开始执行：它会立即运行到第一个 await，返回的 Promise 就相当于 Task。
// Python 的协程则要等到被调度（例如包装成 Task）之后才会执行。
const task = myCoro();
const result = await task; // 等待结果
console.log(result);
