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
  // simulate calling an external api: 4 s of busy waiting blocks this thread, as time.sleep(4) does
  const end = Date.now() + 4000;
  while (Date.now() < end) {}
  return i + ' world';
}

async function taskC(): Promise<void> {
  console.log('task_c: put a task to executor');
  // run_in_executor(None, task_b, "hello"): the blocking function runs on another thread
  const result = await toThread(taskB, 'hello');
  console.log(`task_c: result: ${result}`);
}

async function main(): Promise<void> {
  // the tasks start at once, and the program ends when both are done
  await Promise.all([taskA(), taskC()]);
}

await main();
