import { setTimeout as sleep } from 'node:timers/promises';
import { startThread } from './thread.ts';

// 可取消的 asyncio.sleep(5)：中止 signal 会让等待以错误结束，就像 cancel()
async function slow(signal: AbortSignal): Promise<number> {
  await sleep(5000, undefined, { signal });
  return 1;
}

type Reply = { result: number } | { cancelled: true };

async function main(): Promise<void> {
  const myThread = await startThread<Reply, 'run' | 'cancel'>(async (port) => {
    port.postMessage('run'); // run_coroutine_threadsafe(slow(), loop)
    const future = port.nextMessage(); // 回复：slow() 的结果，或它已被取消的消息
    const timeout = 0.5;
    // future.result(timeout)：等回复，除非 0.5 秒的计时器先到
    const first = await Promise.race([
      future,
      new Promise<'timeout'>((r) => setTimeout(r, timeout * 1000, 'timeout')),
    ]);
    if (first === 'timeout') {
      console.log('The coroutine took too long, cancelling the task...');
      port.postMessage('cancel'); // future.cancel()
    }
    // future.cancelled()：Python 的 cancel() 一返回就是 True，那时 slow() 还没在事件循环上
    // 停下来；这里的线程则是等 slow() 停下后，从事件循环的回复得知
    const cancelled = 'cancelled' in (await future);
    console.log(`future cancelled: ${cancelled ? 'True' : 'False'}`); // 照 Python 打印的写法
  });
  // 事件循环这一侧：收到请求就运行 slow()；收到取消请求就中止它
  const controller = new AbortController();
  myThread.onmessage = async (request) => {
    if (request === 'cancel') return controller.abort();
    try {
      myThread.postMessage({ result: await slow(controller.signal) });
    } catch {
      myThread.postMessage({ cancelled: true });
    }
  };
  // 等线程结束，这段时间事件循环照常运行，就像 asyncio.to_thread
  await myThread.done;
}

await main();
