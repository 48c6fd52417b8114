import { toThread } from './thread.ts';
import { setTimeout as sleep } from 'node:timers/promises';

async function taskA(): Promise<void> {
  for (let i = 0; i < 10; i++) {
    console.log(`task_a: ${i}`);
    await sleep(1000);
  }
}

function taskB(i: string): string {
  console.log('task_b');
  // 模拟调用外部 API：忙等 4 秒会阻塞这个线程，就像 time.sleep(4)
  const end = Date.now() + 4000;
  while (Date.now() < end) {}
  return i + ' world';
}

async function taskC(): Promise<void> {
  console.log('task_c: put a task to executor');
  // run_in_executor(None, task_b, "hello")：会阻塞的函数放到另一个线程上执行
  const result = await toThread(taskB, 'hello');
  console.log(`task_c: result: ${result}`);
}

async function main(): Promise<void> {
  // 两个任务立刻开始，两个都完成后程序就结束
  await Promise.all([taskA(), taskC()]);
}

await main();
