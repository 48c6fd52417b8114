import { setTimeout as sleep } from 'node:timers/promises';

// 逐字移植會印出 2 3 1，而不是 1 2 3：JS 的 async 函式一被呼叫就開始執行，
// 所以 `const coroutine2 = func2()` 會當場印出 2。Python 的協程在被 await 之前什麼都不做，
// 任務也要等 main() 把控制權交給事件迴圈才開始。為了保留這一課，這個對照程式
// 把協程存成稍後才呼叫的函式；createTask 則像 asyncio.create_task 一樣，
// 在事件迴圈的下一輪（sleep(0)）才開始執行它的函式。

async function func1(): Promise<void> {
  console.log(1);
}

async function func2(): Promise<void> {
  console.log(2);
}

async function func3(): Promise<void> {
  console.log(3);
}

// asyncio.create_task：排定這項工作；目前的程式碼把控制權交給事件迴圈時它才開始
function createTask<T>(start: () => Promise<T>): Promise<T> {
  return sleep(0).then(start);
}

async function main(): Promise<void> {
  const coroutine2 = () => func2(); // 相當於協程物件：在被 await 之前什麼都不執行
  const task3 = createTask(func3);
  // 第一種方法：直接 await 呼叫 async def 函式
  await func1();
  // 第二種方法：直接 await 協程物件
  await coroutine2();
  // 第三種方法：await 任務
  await task3;
}

await main();
