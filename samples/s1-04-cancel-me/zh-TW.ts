import { setTimeout as sleep } from 'node:timers/promises';

async function cancelMe(signal: AbortSignal): Promise<void> {
  console.log('cancel_me(): sleep');
  try {
    // Wait for 1 hour
    await sleep(3600 * 1000, undefined, { signal }); // controller.abort() 會以 AbortError 結束這次睡眠
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
  // cancelMe，輸出的順序就和 Python 一樣；而且和 Python 一樣，還沒開始就被取消的任務
  // 永遠不會執行（把睡 5 秒的那一行註解掉就看得到）
  const task = Promise.resolve().then(() => {
    controller.signal.throwIfAborted(); // 開始之前就被取消：cancelMe 不會執行
    return cancelMe(controller.signal);
  });

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
