import { setTimeout as sleep } from 'node:timers/promises';

// Promise 无法取消，所以这里的任务是一个 Promise 加上能停止它的工作的 AbortController：
// cancel() 会中止信号，工作中的 sleep 就以 AbortError 拒绝，这个错误相当于 CancelledError。
// 和 asyncio.create_task 一样，工作要等事件循环的下一轮（sleep(0)）才开始，在那之前就被
// 取消的任务永远不会运行：下面的 task1 根本没有开始 sleep。
class Task<T> {
  private readonly controller = new AbortController();
  readonly promise: Promise<T>;

  constructor(run: (signal: AbortSignal) => Promise<T>) {
    const signal = this.controller.signal;
    this.promise = sleep(0).then(() => {
      signal.throwIfAborted(); // 开始之前就被取消：工作永远不会运行
      return run(signal);
    });
  }

  cancel(): void {
    this.controller.abort();
  }
}

const isCancelled = (error: unknown) => error instanceof Error && error.name === 'AbortError';
const isTimeout = (error: unknown) => error instanceof Error && error.name === 'TimeoutError';

// asyncio.wait_for：时限一到，就取消任务并抛出 TimeoutError。任务会先对取消做出反应
// （Python 也会等这一步）；不理会信号的任务无法从外部停止，会继续运行，
// 但 waitFor 照样在时限到时抛出错误
async function waitFor<T>(task: Task<T>, timeout: number): Promise<T> {
  const timeoutError = new DOMException('The operation timed out.', 'TimeoutError');
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      task.cancel();
      timer = setTimeout(reject, 0, timeoutError); // 再过一轮：任务已经做出反应
    }, timeout * 1000);
  });
  try {
    return await Promise.race([task.promise, deadline]);
  } catch (error) {
    throw timedOut ? timeoutError : error;
  } finally {
    clearTimeout(timer);
  }
}

// asyncio.shield：一个只负责等待内部任务的新任务。取消它只会停止等待，
// 永远不会停止内部任务的工作
function shield<T>(inner: Task<T>): Task<T> {
  return new Task(
    (signal) =>
      new Promise<T>((resolve, reject) => {
        inner.promise.then(resolve, reject);
        signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      }),
  );
}

async function func1(signal: AbortSignal): Promise<void> {
  await sleep(2000, undefined, { signal });
  console.log('func1');
}

async function main(): Promise<void> {
  // cancel取消后只能在await抛出异常
  const task1 = new Task(func1);
  task1.cancel();
  try {
    await task1.promise;
  } catch (error) {
    if (!isCancelled(error)) throw error;
    console.log('task1 is cancelled');
  }

  // wait_for设置超时会自动取消任务
  const task2 = new Task(func1);
  try {
    await waitFor(task2, 1);
  } catch (error) {
    if (!isTimeout(error)) throw error;
    console.log('task2 is timeout');
  }

  // shield保护任务不被取消
  const task3 = new Task(func1);
  try {
    await waitFor(shield(task3), 1);
  } catch (error) {
    if (!isTimeout(error)) throw error;
    console.log('task3 is timeout');
  }
  await task3.promise;
}

await main();
