import { setTimeout as sleep } from 'node:timers/promises';

async function longRunningTask(signal: AbortSignal): Promise<void> {
  await sleep(3000, undefined, { signal }); // 要跑 3 秒，超過 2 秒的時限
}

// asyncio.timeout(2.0)：`ms` 毫秒後 signal 以 TimeoutError 中止，和 AbortSignal.timeout(ms) 一樣，
// 而且即使工作不理會 signal，withTimeout 也會拋出這個錯誤。這裡改用 setTimeout 來中止，
// 讓時限和 sleep 走同一個時鐘
// （頁面的快轉看得到它）。
async function withTimeout<T>(ms: number, body: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const timeoutError = new DOMException('The operation timed out.', 'TimeoutError');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort(timeoutError);
      timer = setTimeout(reject, 0, timeoutError); // 再過一輪：工作已經做出反應
    }, ms);
  });
  try {
    return await Promise.race([body(controller.signal), deadline]);
  } catch (error) {
    throw controller.signal.aborted ? timeoutError : error;
  } finally {
    clearTimeout(timer); // 提早離開時清掉計時器，和離開 `async with` 時一樣
  }
}

try {
  await withTimeout(2000, (signal) => longRunningTask(signal)); // 超過 2 秒會拋出 TimeoutError
} catch (error) {
  if (!(error instanceof DOMException && error.name === 'TimeoutError')) throw error;
  console.log('任務超時了!');
}
