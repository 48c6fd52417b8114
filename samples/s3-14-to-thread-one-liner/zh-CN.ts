import { toThread } from './thread.ts';

// func1 以源代码的形式被送到另一个线程上运行，所以不能使用外面的变量；
// 用忙循环代替 sleep(t)：它阻塞的是自己所在的线程，而不是事件循环
function func1(t: number, exception: number): number {
  const end = Date.now() + t * 1000;
  while (Date.now() < end) {}
  if (exception) {
    throw new Error('error');
  }
  return t;
}

async function main(): Promise<void> {
  const start = performance.now();
  // toThread(fn, ...args) 的用法和 asyncio.to_thread 一样：参数直接传入
  const tasks = [1, 2, 3, 4].map((i) => toThread(func1, i, 0));
  const results = await Promise.all(tasks);
  console.log(`[${results.join(', ')}]`); // 按 Python 打印列表的格式输出
  // 和 run_in_executor 一样，四个调用同时运行：约 4 秒，而不是 10 秒
  console.log(`used: ${((performance.now() - start) / 1000).toFixed(2)} s`);
}

await main();
