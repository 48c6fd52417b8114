import { setTimeout as sleep } from 'node:timers/promises';

// 逐字移植会打印 2 3 1，而不是 1 2 3：JS 的 async 函数一被调用就开始执行，
// 所以 `const coroutine2 = func2()` 会当场打印 2。Python 的协程在被 await 之前什么都不做，
// 任务也要等 main() 把控制权交给事件循环才开始。为了保留这一课，这个对照程序
// 把协程保存为稍后才调用的函数；createTask 则像 asyncio.create_task 一样，
// 在事件循环的下一轮（sleep(0)）才开始执行它的函数。

async function func1(): Promise<void> {
  console.log(1);
}

async function func2(): Promise<void> {
  console.log(2);
}

async function func3(): Promise<void> {
  console.log(3);
}

// asyncio.create_task：安排这项工作；当前代码把控制权交给事件循环时它才开始
function createTask<T>(start: () => Promise<T>): Promise<T> {
  return sleep(0).then(start);
}

async function main(): Promise<void> {
  const coroutine2 = () => func2(); // 相当于协程对象：在被 await 之前什么都不执行
  const task3 = createTask(func3);
  // 第一种方法:直接加async def()
  await func1();
  // 第二种方法:直接加协程对象
  await coroutine2();
  // 第三种方法:加任务
  await task3;
}

await main();
