import { setTimeout as sleep } from 'node:timers/promises';

async function func1(t: number, exception: number, signal: AbortSignal): Promise<number> {
  if (exception) {
    throw new Error('func1');
  }
  await sleep(t * 1000, undefined, { signal });
  return t;
}

// Python 對結果或例外的 repr()，用來以 Python 的格式印出串列
const repr = (value: unknown) =>
  value instanceof Error ? `Exception('${value.message}')` : String(value);
const pyBool = (value: boolean) => (value ? 'True' : 'False');

// Promise 版的 asyncio.create_task：工作會拿到一個 AbortSignal，cancel() 會中止它；
// done() 和 cancelled() 說明工作是怎麼結束的：工作因 cancel() 引發的 AbortError 而結束後
// （在 Python 裡是 CancelledError），cancelled() 才是 true。
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
  // 設為 True 時，即使其中一個任務發生例外，也不會影響其他任務的執行
  let tasks = [1, 2, 3].map((i) => new Task((signal) => func1(i, i % 2, signal)));
  // return_exceptions=True 對應 Promise.allSettled，再把每個值或錯誤放回原位
  const settled = await Promise.allSettled(tasks.map((t) => t.promise));
  const results = settled.map((r) => (r.status === 'fulfilled' ? r.value : r.reason));
  console.log(`[${results.map(repr).join(', ')}]`); // [Exception('func1'), 2, Exception('func1')]

  // 設為 False 時，只要其中一個任務發生例外，就會立刻終止其他任務的執行
  tasks = [1, 2, 3].map((i) => new Task((signal) => func1(i, i % 2, signal)));
  try {
    // return_exceptions=False 對應 Promise.all，它以第一個錯誤拒絕
    const results = await Promise.all(tasks.map((t) => t.promise));
    console.log(results);
  } catch (e) {
    console.log((e as Error).message); // 只會輸出一個例外結果
  }

  // 實際上 gather 拋出例外時，並不會取消或終止其他任務：
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
