// 可以取消的 asyncio.sleep：訊號一被中止，就以訊號的 reason 拒絕
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

// Promise 無法取消，所以這裡的任務是一個 Promise 加上能停止它的工作的 AbortController：
// cancel() 會中止訊號，工作就以 AbortError（相當於 CancelledError）拒絕。
// JS 的任務會立刻開始（執行到第一個 await 為止），而 asyncio.create_task 要等事件迴圈的下一輪：
// 所以下面的 task1 在被取消之前已經開始 sleep 了。輸出是一樣的。
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

// asyncio.wait_for：`timeout` 秒後取消任務，並拋出 TimeoutError
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

// asyncio.shield：一個只負責等待內部任務的新任務。取消它只會停止等待，
// 永遠不會停止內部任務的工作
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
  // cancel() 取消任務後，取消的例外只會在 await 時拋出
  const task1 = new Task(func1);
  task1.cancel();
  try {
    await task1.promise;
  } catch (error) {
    if (!isCancelled(error)) throw error;
    console.log('task1 is cancelled');
  }

  // wait_for 設定的逾時一到，就會自動取消任務
  const task2 = new Task(func1);
  try {
    await waitFor(task2, 1);
  } catch (error) {
    if (!isTimeout(error)) throw error;
    console.log('task2 is timeout');
  }

  // shield 保護任務不被取消
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
