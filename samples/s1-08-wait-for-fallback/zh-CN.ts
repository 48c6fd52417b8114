import { setTimeout as sleep } from 'node:timers/promises';

// asyncio.wait_for：交给任务一个 signal，超过 timeout 秒就以 TimeoutError 中止它，
// 并抛出这个错误。任务应该把 signal 继续传给它所 await 的对象，才会停下来。没有
// 传下去的任务无法从外部停止，会继续运行，一秒后照样打印 'do async job 1'；但 waitFor
// 仍然和 Python 的一样，时限一到就抛出错误。（AbortSignal.timeout(ms) 一次就能
// 创建这样的 signal；这里不用它，是因为它的计时器在本站的快进时钟之外运行，
// 按下快进也跳不过去。）
async function waitFor<T>(job: (signal: AbortSignal) => Promise<T>, timeout: number): Promise<T> {
  const controller = new AbortController();
  const timeoutError = new DOMException('The operation timed out.', 'TimeoutError');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort(timeoutError);
      timer = setTimeout(reject, 0, timeoutError); // 再过一轮：任务已经做出反应
    }, timeout * 1000);
  });
  try {
    return await Promise.race([job(controller.signal), deadline]);
  } catch (error) {
    throw controller.signal.aborted ? timeoutError : error;
  } finally {
    clearTimeout(timer);
  }
}

async function doAsyncJob(signal: AbortSignal): Promise<void> {
  await sleep(2000, undefined, { signal });
  console.log('do async job 1');
}

async function doAsyncJob2ndPlan(signal: AbortSignal): Promise<void> {
  await sleep(1000, undefined, { signal });
  console.log('do async job 2');
}

async function main(): Promise<void> {
  try {
    await waitFor(doAsyncJob, 1);
  } catch (error) {
    if (!(error instanceof DOMException && error.name === 'TimeoutError')) throw error;
    await waitFor(doAsyncJob2ndPlan, 2);
  }
}

await main();
// do async job 2
