// 會理會 AbortSignal 的 sleep：JavaScript 無法從外部取消 promise，
// 所以由工作本身監聽中止事件並停下來（以 signal 的 reason 拒絕）。
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

async function longRunningTask(signal: AbortSignal): Promise<void> {
  await sleep(3000, signal); // 要跑 3 秒，超過 2 秒的時限
}

// asyncio.timeout(2.0)：`ms` 毫秒後 signal 以 TimeoutError 中止，和 AbortSignal.timeout(ms) 一樣。
// 這裡改用 setTimeout 來中止，讓時限和 sleep 走同一個時鐘
// （頁面的快轉看得到它）；提早離開時清掉計時器，和離開 `async with` 時一樣。
async function withTimeout<T>(ms: number, body: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException('The operation timed out.', 'TimeoutError')),
    ms,
  );
  try {
    return await body(controller.signal);
  } finally {
    clearTimeout(timer);
  }
}

try {
  await withTimeout(2000, (signal) => longRunningTask(signal)); // 超過 2 秒會拋出 TimeoutError
} catch (error) {
  if (!(error instanceof DOMException && error.name === 'TimeoutError')) throw error;
  console.log('任務超時了!');
}
