// 会响应 AbortSignal 的 sleep：JavaScript 无法从外部取消 promise，
// 所以由任务本身监听中止事件并停下来（以 signal 的 reason 拒绝）。
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
  await sleep(3000, signal); // 要运行 3 秒，超过 2 秒的时限
}

// asyncio.timeout(2.0)：`ms` 毫秒后 signal 以 TimeoutError 中止，和 AbortSignal.timeout(ms) 一样。
// 这里改用 setTimeout 来中止，让时限和 sleep 使用同一个时钟
// （页面的快进能看到它）；提前离开时清除定时器，和离开 `async with` 时一样。
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
  await withTimeout(2000, (signal) => longRunningTask(signal)); // 超过 2 秒会抛出 TimeoutError
} catch (error) {
  if (!(error instanceof DOMException && error.name === 'TimeoutError')) throw error;
  console.log('任务超时了!');
}
