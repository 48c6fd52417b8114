import { setTimeout as sleep } from 'node:timers/promises';

// Promise 無法取消，所以這裡的任務是一個 Promise 加上能停止它的工作的 AbortController：
// cancel() 會中止訊號，工作中的 sleep 就以 AbortError 拒絕，這個錯誤相當於 CancelledError。
// 和 asyncio.create_task 一樣，工作要等事件迴圈的下一輪（sleep(0)）才開始，在那之前就被
// 取消的任務永遠不會執行：下面的 task1 根本沒有開始 sleep。
class Task<T> {
  private readonly controller = new AbortController();
  readonly promise: Promise<T>;

  constructor(run: (signal: AbortSignal) => Promise<T>) {
    const signal = this.controller.signal;
    this.promise = sleep(0).then(() => {
      signal.throwIfAborted(); // 開始之前就被取消：工作永遠不會執行
      return run(signal);
    });
  }

  cancel(): void {
    this.controller.abort();
  }
}

const isCancelled = (error: unknown) => error instanceof Error && error.name === 'AbortError';
const isTimeout = (error: unknown) => error instanceof Error && error.name === 'TimeoutError';

// asyncio.wait_for：時限一到，就取消任務並拋出 TimeoutError。任務會先對取消做出反應
// （Python 也會等這一步）；不理會訊號的任務無法從外部停止，會繼續執行，
// 但 waitFor 照樣在時限到時拋出錯誤
async function waitFor<T>(task: Task<T>, timeout: number): Promise<T> {
  const timeoutError = new DOMException('The operation timed out.', 'TimeoutError');
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      task.cancel();
      timer = setTimeout(reject, 0, timeoutError); // 再過一輪：任務已經做出反應
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
  await sleep(2000, undefined, { signal });
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
