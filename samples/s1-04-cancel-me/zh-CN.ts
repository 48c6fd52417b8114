import { setTimeout as sleep } from 'node:timers/promises';

async function cancelMe(signal: AbortSignal): Promise<void> {
  console.log('cancel_me(): sleep');
  try {
    // Wait for 1 hour
    await sleep(3600 * 1000, undefined, { signal }); // controller.abort() 会以 AbortError 结束这次睡眠
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
  // cancelMe，输出的顺序就和 Python 一样；而且和 Python 一样，还没开始就被取消的任务
  // 永远不会运行（把睡 5 秒的那一行注释掉就能看到）
  const task = Promise.resolve().then(() => {
    controller.signal.throwIfAborted(); // 开始之前就被取消：cancelMe 不会运行
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
