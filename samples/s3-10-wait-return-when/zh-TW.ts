import { setTimeout as sleep } from 'node:timers/promises';

async function func1(t: number, exception: number, signal: AbortSignal): Promise<number> {
  await sleep(t * 1000, undefined, { signal });
  if (exception) {
    throw new Error('error');
  }
  return t;
}

// 任務：一個 Promise，加上能停止它的工作的 AbortController（Promise 無法取消），
// 再記下它是怎麼結束的，供 done()、result() 和 exception() 使用。
// 它像 asyncio.create_task 一樣，在事件迴圈的下一輪（sleep(0)）才開始工作，
// 而不是像 JS 的 async 函式那樣立刻開始：這一點在最後的逾時部分很重要。
class Task<T> {
  private readonly controller = new AbortController();
  private outcome: PromiseSettledResult<T> | null = null;
  readonly promise: Promise<T>;

  constructor(run: (signal: AbortSignal) => Promise<T>) {
    const signal = this.controller.signal;
    this.promise = sleep(0).then(() => {
      signal.throwIfAborted(); // 在開始之前就被取消了：它永遠不會執行
      return run(signal);
    });
    this.promise.then(
      (value) => (this.outcome = { status: 'fulfilled', value }),
      (reason: unknown) => (this.outcome = { status: 'rejected', reason }),
    );
  }

  done(): boolean {
    return this.outcome !== null;
  }

  result(): T | undefined {
    return this.outcome?.status === 'fulfilled' ? this.outcome.value : undefined;
  }

  exception(): Error | null {
    return this.outcome?.status === 'rejected' ? (this.outcome.reason as Error) : null;
  }

  cancel(): void {
    this.controller.abort();
  }
}

type ReturnWhen = 'ALL_COMPLETED' | 'FIRST_COMPLETED' | 'FIRST_EXCEPTION';

// asyncio.wait：等到滿足 returnWhen 或過了 `timeout` 秒，再把任務分成 done 和 pending。
// 和 Python 的一樣，它不會取消任何任務。
async function wait<T>(tasks: Task<T>[], returnWhen: ReturnWhen, timeout?: number) {
  await new Promise<void>((resolve) => {
    const timer = timeout === undefined ? undefined : setTimeout(resolve, timeout * 1000);
    const check = () => {
      const done = tasks.filter((t) => t.done());
      if (
        done.length === tasks.length ||
        (returnWhen === 'FIRST_COMPLETED' && done.length > 0) ||
        (returnWhen === 'FIRST_EXCEPTION' && done.some((t) => t.exception() !== null))
      ) {
        clearTimeout(timer);
        resolve();
      }
    };
    for (const t of tasks) t.promise.then(check, check);
  });
  return {
    done: new Set(tasks.filter((t) => t.done())),
    pending: new Set(tasks.filter((t) => !t.done())),
  };
}

// 示範用：取消還沒完成的任務，再等它們全部結束
async function cancelPending<T>(tasks: Task<T>[]): Promise<void> {
  for (const task of tasks) {
    task.cancel();
  }
  await Promise.allSettled(tasks.map((t) => t.promise));
}

// asyncio.create_task(func1(t, exception))
const createTask = (t: number, exception: number) =>
  new Task((signal) => func1(t, exception, signal));

async function main(): Promise<void> {
  // ALL_COMPLETED 模式：等待所有任務完成
  let tasks = [createTask(3, 0), createTask(1, 0), createTask(2, 1)];
  let { done, pending } = await wait(tasks, 'ALL_COMPLETED');
  // done 是集合：在 Python 中每次執行的順序可能不同（這裡依任務的順序）
  for (const task of done) {
    const error = task.exception();
    console.log(error ? error.message : task.result());
  }

  // FIRST_COMPLETED 模式：等待第一個任務完成
  tasks = [createTask(3, 0), createTask(1, 0), createTask(2, 1)];
  ({ done, pending } = await wait(tasks, 'FIRST_COMPLETED'));
  console.log(`done counts ${done.size}`); // 1 個任務完成
  console.log(`pending counts ${pending.size}`); // 2 個未完成
  // 接著可以走訪 done，或繼續等待 pending 中的任務完成
  await cancelPending(tasks);

  // FIRST_EXCEPTION 模式：等待第一個任務發生例外，或全部完成
  tasks = [createTask(3, 0), createTask(1, 0), createTask(2, 1)];
  ({ done, pending } = await wait(tasks, 'FIRST_EXCEPTION'));
  console.log(`done counts ${done.size}`); // 2 個任務完成，包含一個例外
  console.log(`pending counts ${pending.size}`); // 1 個未完成
  await cancelPending(tasks);

  // 逾時
  tasks = [createTask(3, 0), createTask(1, 0), createTask(2, 1)];
  ({ done, pending } = await wait(tasks, 'ALL_COMPLETED', 2));
  // 原文註解寫 2 個完成、1 個未完成。實際上 2 秒的任務和 2 秒的逾時同時到期，
  // 而逾時的計時器先設定（任務在下一輪才啟動），所以逾時先觸發。
  // （如果任務像一般的 JS async 呼叫那樣立刻開始，它就會先到期：2 個完成、1 個未完成。）
  console.log(`done counts ${done.size}`); // 1 個任務完成
  console.log(`pending counts ${pending.size}`); // 2 個未完成
  await cancelPending(tasks);
}

await main();
