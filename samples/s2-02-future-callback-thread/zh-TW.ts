import { startThread } from './thread.ts';
import { setTimeout as sleep } from 'node:timers/promises';

// my_thread：一個 worker，扮演外部模組；它的佇列就是送給它的訊息
const myThread = await startThread<number, number>(async (port) => {
  console.log('my_thread: started');
  while (true) {
    const value = await port.nextMessage(); // q.get()
    console.log(`my_thread: got job, with value ${value}`);
    await new Promise((r) => setTimeout(r, 4000)); // 執行緒自己等 4 秒
    port.postMessage(value * value);
  }
});

// 模組的 API：現在交付工作，結果稍後經由回呼傳回。函式無法傳到另一條執行緒，
// 所以回呼留在這裡，等結果送達時在這條執行緒的事件迴圈上執行：
// 這正是 Python 裡 call_soon_threadsafe 所安排的
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
  // future：一個 promise，由回呼完成（set_result）
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
// my_thread 會永遠等待工作：停掉它，就像 daemon 執行緒隨程式結束
myThread.terminate();
