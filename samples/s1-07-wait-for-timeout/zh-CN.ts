// 可以中途取消的 asyncio.sleep：JS 的 Promise 无法从外部取消，所以这个 sleep 会监听
// AbortSignal，一旦被中止（abort），就以 signal 的 reason 拒绝（reject）
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

// asyncio.wait_for：交给任务一个 signal，超过 timeout 秒就以 TimeoutError 中止它。
// 任务必须把 signal 继续传给它所 await 的对象；少了这一步，任务会继续运行，
// 一秒后照样打印 'never print'。（AbortSignal.timeout(ms) 一次就能创建这样的
// signal；这里不用它，是因为它的计时器在本站的快进时钟之外运行，按下快进也
// 跳不过去。）
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
