import { startThread } from './thread.ts';
import { setTimeout as sleep } from 'node:timers/promises';

// my_thread：一个 worker，扮演外部模块；它的队列就是发给它的消息
const myThread = await startThread<number, number>(async (port) => {
  console.log('my_thread: started');
  while (true) {
    const value = await port.nextMessage(); // q.get()
    console.log(`my_thread: got job, with value ${value}`);
    await new Promise((r) => setTimeout(r, 4000)); // 线程自己等 4 秒
    port.postMessage(value * value);
  }
});

// 模块的 API：现在交付任务，结果稍后通过回调返回。函数无法传到另一个线程，
// 所以回调留在这里，等结果送达时在这个线程的事件循环上运行：
// 这正是 Python 里 call_soon_threadsafe 所安排的
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
  // future：一个 promise，由回调完成（set_result）
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
// my_thread 会一直等待任务：停掉它，就像 daemon 线程随程序结束
myThread.terminate();
