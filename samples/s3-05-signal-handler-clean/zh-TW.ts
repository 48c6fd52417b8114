import { setTimeout as sleep } from 'node:timers/promises';

// 這是替代品：網頁收不到作業系統的訊號，所以由一個計時器代替 Ctrl+C（SIGINT）：
// 它中止一個 AbortController，由 abort 事件執行處理函式。JS 也沒有 asyncio.all_tasks()，
// 所以程式自己維護一個正在執行的任務集合。使用真正 SIGINT（process.on('SIGINT')）
// 的 Node.js 版本列在這個範例下方。

// Promise 無法取消，所以這裡的任務是一個 Promise 加上能停止它的工作的 AbortController：
// cancel() 會中止訊號，工作中的 sleep 就以 AbortError 拒絕，這個錯誤相當於 CancelledError。
// 和 asyncio.create_task 一樣，工作要等事件迴圈的下一輪（sleep(0)）才開始，在那之前就被
// 取消的任務永遠不會執行。
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

// 程式自己的 asyncio.all_tasks()：用 createTask 建立的每個任務，直到它結束為止
const allTasks = new Set<Task<unknown>>();

function createTask<T>(run: (signal: AbortSignal) => Promise<T>): Task<T> {
  const task = new Task(run);
  allTasks.add(task);
  const forget = () => allTasks.delete(task);
  task.promise.then(forget, forget);
  return task;
}

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

async function job(name: string, seconds: number, signal: AbortSignal): Promise<void> {
  try {
    await sleep(seconds * 1000, undefined, { signal });
    console.log(`${name} finished`);
  } catch (error) {
    if (!signal.aborted) throw error;
    console.log(`${name} cancelled`);
    throw error;
  }
}

// loop.run_forever() 變成等待一個 Promise，loop.stop() 則兌現它
let stop!: () => void;
const stopped = new Promise<void>((resolve) => (stop = resolve));

async function shutdown(): Promise<void> {
  console.log('SIGINT received: waiting for the tasks (up to 1 s each)');
  await clean();
  console.log('clean() done: stopping the loop');
  stop();
}

// 設定訊號的回呼函式：這裡是 controller 的 abort 事件監聽器
const sigint = new AbortController();
sigint.signal.addEventListener('abort', () => void shutdown(), { once: true });

// 等待所有任務結束
async function clean(): Promise<void> {
  // shutdown() 不是用 createTask 建立的，所以不在集合裡，也就不會等待它自己：
  // Python 版本排除 asyncio.current_task() 也是出於同樣的原因
  const others = [...allTasks];
  // 存成函式，讓每個 1 秒的等待到下面的迴圈輪到它時才開始，和 Python 一樣
  const waiters = others.map((t) => () => waitFor(t, 1));
  for (const task of waiters) {
    try {
      await task();
    } catch (error) {
      if (!isTimeout(error)) throw error;
    }
  }
}

// 示範用：一個很快就完成的任務，一個要執行很久的任務
createTask((signal) => job('quick job', 1, signal));
createTask((signal) => job('slow job', 10, signal));
// 示範用：計時器在 0.5 秒後「送出 SIGINT」（代替按 Ctrl+C）
setTimeout(() => sigint.abort(), 500);
await stopped;
console.log('loop closed');
