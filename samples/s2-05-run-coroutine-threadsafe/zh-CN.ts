import { startThread } from './thread.ts';
import { setTimeout as sleep } from 'node:timers/promises';

async function myTaskA(): Promise<void> {
  for (let i = 0; i < 10; i++) {
    console.log(`my_task_a: ${i}`);
    await sleep(1000);
  }
}

async function myTaskB(value: number): Promise<number> {
  console.log('my_task_b got job');
  let countdown = value;
  while (countdown > 0) {
    console.log('my_task_b is processing job');
    await sleep(1000);
    countdown = countdown - 1;
  }
  return value * value;
}

async function main(): Promise<void> {
  const myThread = await startThread<number, number>(async (port) => {
    console.log('my_thread: started');
    await new Promise((r) => setTimeout(r, 2000)); // 线程自己等 2 秒
    console.log('my_thread: ask to run my_task_b() on main thread event loop');
    port.postMessage(5); // run_coroutine_threadsafe(my_task_b(5), loop)：向事件循环发出请求
    console.log('my_thread: request sent');
    // future.result()：这里的线程之间没有可供阻塞等待的共享内存，所以改用 await 等待回复
    const result = await port.nextMessage();
    console.log(`my_thread result: ${result}`);
  });
  // run_coroutine_threadsafe 在事件循环这一侧的工作：在这里运行任务，再把结果发回去
  myThread.onmessage = async (value) => myThread.postMessage(await myTaskB(value));
  await myTaskA();
}

await main();
