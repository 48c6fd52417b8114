import { setTimeout as sleep } from 'node:timers/promises';

async function longRunningTask(signal: AbortSignal): Promise<void> {
  await sleep(3000, undefined, { signal }); // 要运行 3 秒，超过 2 秒的时限
}

// asyncio.timeout(2.0)：`ms` 毫秒后 signal 以 TimeoutError 中止，和 AbortSignal.timeout(ms) 一样，
// 而且即使任务不理会 signal，withTimeout 也会抛出这个错误。这里改用 setTimeout 来中止，
// 让时限和 sleep 使用同一个时钟
// （页面的快进能看到它）。
async function withTimeout<T>(ms: number, body: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const timeoutError = new DOMException('The operation timed out.', 'TimeoutError');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort(timeoutError);
      timer = setTimeout(reject, 0, timeoutError); // 再过一轮：任务已经做出反应
    }, ms);
  });
  try {
    return await Promise.race([body(controller.signal), deadline]);
  } catch (error) {
    throw controller.signal.aborted ? timeoutError : error;
  } finally {
    clearTimeout(timer); // 提前离开时清除定时器，和离开 `async with` 时一样
  }
}

try {
  await withTimeout(2000, (signal) => longRunningTask(signal)); // 超过 2 秒会抛出 TimeoutError
} catch (error) {
  if (!(error instanceof DOMException && error.name === 'TimeoutError')) throw error;
  console.log('任务超时了!');
}
