import { startThread } from './thread.ts';
import { setTimeout as sleep } from 'node:timers/promises';

// my_thread: a worker standing in for the external module; its queue is the messages sent to it
const myThread = await startThread<number, number>(async (port) => {
  console.log('my_thread: started');
  while (true) {
    const value = await port.nextMessage(); // q.get()
    console.log(`my_thread: got job, with value ${value}`);
    await new Promise((r) => setTimeout(r, 4000)); // the thread's own 4 s wait
    port.postMessage(value * value);
  }
});

// The module's API: a job now, the result later through the callback. A function cannot travel to
// another thread, so the callback waits here and runs when the result arrives, on this thread's
// event loop: what call_soon_threadsafe arranges in Python
const callbacks: ((result: number) => void)[] = [];
myThread.onmessage = (result) => callbacks.shift()!(result);
function put(value: number, callback: (result: number) => void): void {
  callbacks.push(callback);
  myThread.postMessage(value);
}

async function taskA(): Promise<void> {
  for (let i = 0; i < 10; i++) {
    console.log(`task_a: ${i}`);
    await sleep(1000);
  }
}

async function taskB(i: number): Promise<number> {
  console.log('task_b');
  // the future: a promise, completed by the callback (set_result)
  const result = await new Promise<number>((resolve) => {
    put(i, (result) => {
      console.log(`callback got result:${result}`);
      resolve(result);
    });
  });
  console.log(`task_b got result:${result}`);
  return result;
}

await Promise.all([taskA(), taskB(5)]);
// my_thread waits for jobs forever: stop it, as a daemon thread stops with the program
myThread.terminate();
