import { setTimeout as sleep } from 'node:timers/promises';

async function func1(t: number, exception: number, signal: AbortSignal): Promise<number> {
  await sleep(t * 1000, undefined, { signal });
  if (exception) {
    throw new Error('error');
  }
  return t;
}

// 任务：一个 Promise，加上能停止它的工作的 AbortController（Promise 无法取消），
// 再记下它是如何结束的，供 done()、result() 和 exception() 使用。
// 它像 asyncio.create_task 一样，在事件循环的下一轮（sleep(0)）才开始工作，
// 而不是像 JS 的 async 函数那样立即开始：这一点在最后的超时部分很重要。
class Task<T> {
  private readonly controller = new AbortController();
  private outcome: PromiseSettledResult<T> | null = null;
  readonly promise: Promise<T>;

  constructor(run: (signal: AbortSignal) => Promise<T>) {
    const signal = this.controller.signal;
    this.promise = sleep(0).then(() => {
      signal.throwIfAborted(); // 在开始之前就被取消了：它永远不会运行
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

// asyncio.wait：等到满足 returnWhen 或过了 `timeout` 秒，再把任务分成 done 和 pending。
// 和 Python 的一样，它不会取消任何任务。
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

// 演示用：取消还没完成的任务，再等它们全部结束
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
  // ALL_COMPLETED模式,等待所有任务完成
  let tasks = [createTask(3, 0), createTask(1, 0), createTask(2, 1)];
  let { done, pending } = await wait(tasks, 'ALL_COMPLETED');
  // done 是集合：在 Python 中每次运行的顺序可能不同（这里按任务的顺序）
  for (const task of done) {
    const error = task.exception();
    console.log(error ? error.message : task.result());
  }

  // FIRST_COMPLETED模式,等待第一个任务完成
  tasks = [createTask(3, 0), createTask(1, 0), createTask(2, 1)];
  ({ done, pending } = await wait(tasks, 'FIRST_COMPLETED'));
  console.log(`done counts ${done.size}`); // 1个任务完成
  console.log(`pending counts ${pending.size}`); // 2个未完成
  // 然后可以遍历done,或者继续等待pending中的任务完成
  await cancelPending(tasks);

  // FIRST_EXCEPTION模式,等待第一个任务出现异常或全部完成
  tasks = [createTask(3, 0), createTask(1, 0), createTask(2, 1)];
  ({ done, pending } = await wait(tasks, 'FIRST_EXCEPTION'));
  console.log(`done counts ${done.size}`); // 2个任务完成,包含一个异常
  console.log(`pending counts ${pending.size}`); // 1个未完成
  await cancelPending(tasks);

  // 超时
  tasks = [createTask(3, 0), createTask(1, 0), createTask(2, 1)];
  ({ done, pending } = await wait(tasks, 'ALL_COMPLETED', 2));
  // 原文注释写 2 个完成、1 个未完成。实际上 2 秒的任务和 2 秒的超时同时到期，
  // 而超时的计时器先设置（任务在下一轮才启动），所以超时先触发。
  // （如果任务像普通的 JS async 调用那样立即开始，它就会先到期：2 个完成、1 个未完成。）
  console.log(`done counts ${done.size}`); // 1个任务完成
  console.log(`pending counts ${pending.size}`); // 2个未完成
  await cancelPending(tasks);
}

await main();
