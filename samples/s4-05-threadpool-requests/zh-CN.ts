import { toThread } from './thread.ts';
import { setTimeout as sleep } from 'node:timers/promises';

// 这是同步的 Blocking Call
// 演示用，代替会阻塞的请求：忙等循环把所在的线程阻塞 1 秒，然后返回 200
// 它以源代码的形式发送到另一个线程上执行，所以不能使用外部的变量
function blockingIo(): number {
  const end = Date.now() + 1000;
  while (Date.now() < end) {}
  return 200;
}

async function ticker(): Promise<void> {
  // 事件循环没有被阻塞：这个任务照样每 0.2 秒打印一行
  for (let i = 1; i <= 4; i++) {
    await sleep(200);
    console.log(`Tick ${i}: the event loop is still running`);
  }
}

const ticks = ticker();
// toThread 相当于 loop.run_in_executor(pool, blocking_io)：每次调用启动一个新线程
const result = await toThread(blockingIo);
console.log(`Status Code: ${result}`);
await ticks;
