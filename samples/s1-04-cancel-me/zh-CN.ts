// 可以被取消的 asyncio.sleep：JS 的 Promise 无法从外部取消，所以这个 sleep 会监听
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

async function cancelMe(signal: AbortSignal): Promise<void> {
  console.log('cancel_me(): sleep');
  try {
    // Wait for 1 hour
    await sleep(3600 * 1000, signal);
  } catch (error) {
    if (!signal.aborted) throw error;
    console.log('cancel_me(): cancel sleep'); // AbortError 相当于 CancelledError
    throw error;
  } finally {
    console.log('cancel_me(): after sleep');
  }
}

async function main(): Promise<void> {
  console.log('main(): running');
  // Create a "cancel_me" Task：task.cancel() 在这里变成 controller.abort()
  const controller = new AbortController();
  // JS 的异步函数一被调用就开始运行，而 asyncio.create_task 只是把协程加入调度，
  // 要等 main() 下次让出控制权才开始。从一个微任务（当前代码运行完之后）启动
  // cancelMe，输出的顺序就和 Python 一样
  const task = Promise.resolve().then(() => cancelMe(controller.signal));

  // Wait for 5 second
  console.log('main(): sleep');
  await sleep(5000);

  console.log('main(): call cancel');
  controller.abort();
  try {
    await task;
  } catch (error) {
    if (!controller.signal.aborted) throw error;
    console.log('main(): cancel_me is cancelled now');
  }
}

await main();
