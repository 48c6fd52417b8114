// 可以被取消的 asyncio.sleep：JS 的 Promise 無法從外部取消，所以這個 sleep 會監聽
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

async function cancelMe(signal: AbortSignal): Promise<void> {
  console.log('cancel_me(): sleep');
  try {
    // Wait for 1 hour
    await sleep(3600 * 1000, signal);
  } catch (error) {
    if (!signal.aborted) throw error;
    console.log('cancel_me(): cancel sleep'); // AbortError 相當於 CancelledError
    throw error;
  } finally {
    console.log('cancel_me(): after sleep');
  }
}

async function main(): Promise<void> {
  console.log('main(): running');
  // Create a "cancel_me" Task：task.cancel() 在這裡變成 controller.abort()
  const controller = new AbortController();
  // JS 的非同步函式一被呼叫就開始執行，而 asyncio.create_task 只是把協程排進排程，
  // 要等 main() 下次讓出控制權才開始。從一個微任務（目前的程式碼跑完之後）啟動
  // cancelMe，輸出的順序就和 Python 一樣
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
