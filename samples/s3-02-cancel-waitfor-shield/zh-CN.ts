// 可以取消的 asyncio.sleep：信号一被中止，就以信号的 reason 拒绝
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

// Promise 无法取消，所以这里的任务是一个 Promise 加上能停止它的工作的 AbortController：
// cancel() 会中止信号，工作就以 AbortError（相当于 CancelledError）拒绝。
// JS 的任务会立刻开始（执行到第一个 await 为止），而 asyncio.create_task 要等事件循环的下一轮：
// 所以下面的 task1 在被取消之前已经开始 sleep 了。输出是一样的。
class Task<T> {
  private readonly controller = new AbortController();
  readonly promise: Promise<T>;

  constructor(run: (signal: AbortSignal) => Promise<T>) {
    this.promise = run(this.controller.signal);
  }

  cancel(): void {
    this.controller.abort();
  }
}

const isCancelled = (error: unknown) =>
  error instanceof DOMException && error.name === 'AbortError';
const isTimeout = (error: unknown) =>
  error instanceof DOMException && error.name === 'TimeoutError';

// asyncio.wait_for：`timeout` 秒后取消任务，并抛出 TimeoutError
async function waitFor<T>(task: Task<T>, timeout: number): Promise<T> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    task.cancel();
  }, timeout * 1000);
  try {
    return await task.promise;
  } catch (error) {
    if (timedOut && isCancelled(error)) {
      throw new DOMException('The operation timed out.', 'TimeoutError');
    }
    throw error;
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
  await sleep(2000, signal);
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
