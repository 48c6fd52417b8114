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
    await new Promise((r) => setTimeout(r, 2000)); // the thread's own 2 s wait
    console.log('my_thread: ask to run my_task_b() on main thread event loop');
    port.postMessage(5); // run_coroutine_threadsafe(my_task_b(5), loop): a request to the loop
    console.log('my_thread: request sent');
    // future.result(): threads here share no memory to block on, so the thread awaits the reply
    const result = await port.nextMessage();
    console.log(`my_thread result: ${result}`);
  });
  // the loop's side of run_coroutine_threadsafe: run the task here, send its result back
  myThread.onmessage = async (value) => myThread.postMessage(await myTaskB(value));
  await myTaskA();
}

await main();
