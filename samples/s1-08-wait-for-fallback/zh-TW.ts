// 可以中途取消的 asyncio.sleep：JS 的 Promise 無法從外部取消，所以這個 sleep 會監聽
// AbortSignal，一旦被中止（abort），就以 signal 的 reason 拒絕（reject）
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

// asyncio.wait_for：交給工作一個 signal，超過 timeout 秒就以 TimeoutError 中止它。
// 工作必須把 signal 繼續傳給它所 await 的東西；少了這一步，工作會繼續執行，
// 一秒後照樣印出 'do async job 1'。（AbortSignal.timeout(ms) 一次就能做出這樣的
// signal；這裡不用它，是因為它的計時器在本站的快轉時鐘之外執行，按下快轉也
// 跳不過去。）
async function waitFor<T>(job: (signal: AbortSignal) => Promise<T>, timeout: number): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException('The operation timed out.', 'TimeoutError')),
    timeout * 1000,
  );
  try {
    return await job(controller.signal);
  } finally {
    clearTimeout(timer);
  }
}

async function doAsyncJob(signal: AbortSignal): Promise<void> {
  await sleep(2000, signal);
  console.log('do async job 1');
}

async function doAsyncJob2ndPlan(signal: AbortSignal): Promise<void> {
  await sleep(1000, signal);
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
