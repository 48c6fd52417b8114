import { setTimeout as sleep } from 'node:timers/promises';

// asyncio.wait_for：交給工作一個 signal，超過 timeout 秒就以 TimeoutError 中止它，
// 並拋出這個錯誤。工作應該把 signal 繼續傳給它所 await 的東西，才會停下來。沒有
// 傳下去的工作無法從外部停止，會繼續執行，一秒後照樣印出 'never print'；但 waitFor
// 仍然和 Python 的一樣，時限一到就拋出錯誤。（AbortSignal.timeout(ms) 一次就能
// 做出這樣的 signal；這裡不用它，是因為它的計時器在本站的快轉時鐘之外執行，
// 按下快轉也跳不過去。）
async function waitFor<T>(job: (signal: AbortSignal) => Promise<T>, timeout: number): Promise<T> {
  const controller = new AbortController();
  const timeoutError = new DOMException('The operation timed out.', 'TimeoutError');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort(timeoutError);
      timer = setTimeout(reject, 0, timeoutError); // 再過一輪：工作已經做出反應
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
  console.log('never print');
}

async function main(): Promise<void> {
  try {
    await waitFor(doAsyncJob, 1);
  } catch (error) {
    if (!(error instanceof DOMException && error.name === 'TimeoutError')) throw error;
    console.log('timeout!');
  }
}

await main();
// timeout!
