import { setTimeout as sleep } from 'node:timers/promises';

async function func1(t: number): Promise<number> {
  await sleep(t * 1000);
  return t;
}

async function main(): Promise<void> {
  // 调用 async 函数就会开始执行它，就像 asyncio.create_task 一样
  const tasks = [1, 2, 3].map((i) => func1(i));
  // asyncio.gather 对应 Promise.all，结果按传入 Promise 的顺序排列
  const results = await Promise.all(tasks);
  console.log(`[${results.join(', ')}]`); // 按 Python 打印列表的格式输出
  // 输出 [1, 2, 3]
}

await main();
