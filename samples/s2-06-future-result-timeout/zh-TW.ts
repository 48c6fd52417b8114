import { setTimeout as sleep } from 'node:timers/promises';
import { startThread } from './thread.ts';

// 可取消的 asyncio.sleep(5)：中止 signal 會讓等待以錯誤結束，就像 cancel()
async function slow(signal: AbortSignal): Promise<number> {
  await sleep(5000, undefined, { signal });
  return 1;
}

type Reply = { result: number } | { cancelled: true };

async function main(): Promise<void> {
  const myThread = await startThread<Reply, 'run' | 'cancel'>(async (port) => {
    port.postMessage('run'); // run_coroutine_threadsafe(slow(), loop)
    const future = port.nextMessage(); // 回覆：slow() 的結果，或它已被取消的消息
    const timeout = 0.5;
    // future.result(timeout)：等回覆，除非 0.5 秒的計時器先到
    const first = await Promise.race([
      future,
      new Promise<'timeout'>((r) => setTimeout(r, timeout * 1000, 'timeout')),
    ]);
    if (first === 'timeout') {
      console.log('The coroutine took too long, cancelling the task...');
      port.postMessage('cancel'); // future.cancel()
    }
    // future.cancelled()：Python 的 cancel() 一返回就是 True，那時 slow() 還沒在事件迴圈上
    // 停下來；這裡的執行緒則是等 slow() 停下後，從事件迴圈的回覆得知
    const cancelled = 'cancelled' in (await future);
    console.log(`future cancelled: ${cancelled ? 'True' : 'False'}`); // 照 Python 印出的寫法
  });
  // 事件迴圈這一側：收到請求就執行 slow()；收到取消請求就中止它
  const controller = new AbortController();
  myThread.onmessage = async (request) => {
    if (request === 'cancel') return controller.abort();
    try {
      myThread.postMessage({ result: await slow(controller.signal) });
    } catch {
      myThread.postMessage({ cancelled: true });
    }
  };
  // 等執行緒結束，這段時間事件迴圈照常執行，就像 asyncio.to_thread
  await myThread.done;
}

await main();
