import { setTimeout as sleep } from 'node:timers/promises';

async function func1(t: number, exception: number, signal: AbortSignal): Promise<number> {
  if (exception) {
    throw new Error('func1');
  }
  await sleep(t * 1000, undefined, { signal });
  return t;
}

// Python 对结果或异常的 repr()，用来按 Python 的格式打印列表
const repr = (value: unknown) =>
  value instanceof Error ? `Exception('${value.message}')` : String(value);
const pyBool = (value: boolean) => (value ? 'True' : 'False');

// Promise 版的 asyncio.create_task：工作会拿到一个 AbortSignal，cancel() 会中止它；
// done() 和 cancelled() 说明工作是怎么结束的：工作因 cancel() 引发的 AbortError 而结束后
// （在 Python 里是 CancelledError），cancelled() 才是 true。
class Task<T> {
  private readonly controller = new AbortController();
  readonly promise: Promise<T>;
  private state: 'pending' | 'done' | 'cancelled' = 'pending';

  constructor(run: (signal: AbortSignal) => Promise<T>) {
    this.promise = run(this.controller.signal);
    this.promise.then(
      () => (this.state = 'done'),
      (error: unknown) => {
        const aborted = error instanceof Error && error.name === 'AbortError';
        this.state = aborted && this.controller.signal.aborted ? 'cancelled' : 'done';
      },
    );
  }

  cancel(): void {
    this.controller.abort();
  }

  done(): boolean {
    return this.state !== 'pending';
  }

  cancelled(): boolean {
    return this.state === 'cancelled';
  }
}

async function main(): Promise<void> {
  // 当设置为 True 时，即使其中一个任务出现异常，也不会影响其他任务的执行
  let tasks = [1, 2, 3].map((i) => new Task((signal) => func1(i, i % 2, signal)));
  // return_exceptions=True 对应 Promise.allSettled，再把每个值或错误放回原位
  const settled = await Promise.allSettled(tasks.map((t) => t.promise));
  const results = settled.map((r) => (r.status === 'fulfilled' ? r.value : r.reason));
  console.log(`[${results.map(repr).join(', ')}]`); // [Exception('func1'), 2, Exception('func1')]

  // 当设置为 False 时，如果其中一个任务出现异常，会立即终止其他任务的执行
  tasks = [1, 2, 3].map((i) => new Task((signal) => func1(i, i % 2, signal)));
  try {
    // return_exceptions=False 对应 Promise.all，它以第一个错误拒绝
    const results = await Promise.all(tasks.map((t) => t.promise));
    console.log(results);
  } catch (e) {
    console.log((e as Error).message); // 只会输出一个异常结果
  }

  // 实际上 gather 抛出异常时，并不会取消或终止其他任务：
  const task2 = tasks[1];
  console.log(
    'gather raised; task 2 cancelled?',
    pyBool(task2.cancelled()),
    'done?',
    pyBool(task2.done()),
  );
  console.log('task 2 kept running and returned', await task2.promise);
}

await main();
