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
  // 模擬呼叫外部 API：忙等 4 秒會卡住這條執行緒，就像 time.sleep(4)
  const end = Date.now() + 4000;
  while (Date.now() < end) {}
  return i + ' world';
}

async function taskC(): Promise<void> {
  console.log('task_c: put a task to executor');
  // run_in_executor(None, task_b, "hello")：會阻塞的函式放到另一條執行緒上執行
  const result = await toThread(taskB, 'hello');
  console.log(`task_c: result: ${result}`);
}

async function main(): Promise<void> {
  // 兩個任務立刻開始，兩個都完成後程式就結束
  await Promise.all([taskA(), taskC()]);
}

await main();
