import { setTimeout as sleep } from 'node:timers/promises';

async function sayAfter(delay: number, what: string): Promise<void> {
  await sleep(delay * 1000);
  console.log(what);
}

async function mainCoroutine(): Promise<void> {
  await sayAfter(1, 'hello');
  await sayAfter(2, 'world');
  // 每次调用都 await 完才开始下一个，不会节省时间：3 秒
}

async function mainCreateTask(): Promise<void> {
  // asyncio.create_task：在 JS 里，调用异步函数时它就已经开始运行了
  const task1 = sayAfter(1, 'hello');
  const task2 = sayAfter(2, 'world');
  await task1;
  await task2;
  // 两个都在第一次 await 之前就开始了，可以节省时间：2 秒
}

async function mainGather(): Promise<void> {
  // 和 Python 的协程对象不同，c1 和 c2 在这里已经在运行了，
  // 所以在 JS 里这种写法和上一种其实是一回事
  const c1 = sayAfter(1, 'hello');
  const c2 = sayAfter(2, 'world');
  await Promise.all([c1, c2]); // Promise.all 相当于 asyncio.gather
  // 使用 gather 也可以节省时间：2 秒
}

async function timeElapsed(func: () => Promise<void>): Promise<void> {
  const start = performance.now();
  await func(); // asyncio.run(func())：JS 不需要另外准备一个循环来运行它
  console.log(`used: ${((performance.now() - start) / 1000).toFixed(2)} s`);
}

await timeElapsed(mainCoroutine);
await timeElapsed(mainCreateTask);
await timeElapsed(mainGather);
