import { setTimeout as sleep } from 'node:timers/promises';

let calls = 0; // 每次呼叫 work() 都比上一次久：0.1、0.2、0.3 秒

async function work(signal: AbortSignal): Promise<number> {
  calls += 1;
  const seconds = calls / 10;
  await sleep(seconds * 1000, undefined, { signal });
  return seconds;
}

// promise 無法取消，所以這裡的 task 是一個 promise 加上停止其工作的 AbortController：
// cancel() 會中止它，工作就以 AbortError 拒絕。
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

  get done(): boolean {
    return this.state !== 'pending';
  }

  cancel(): void {
    this.controller.abort();
  }

  // 工作因 cancel() 引發的 AbortError 而結束後才是 true
  cancelled(): boolean {
    return this.state === 'cancelled';
  }
}

// asyncio.wait(..., return_when=FIRST_COMPLETED)：先 Promise.race，再把任務分成兩組。
async function waitFirstCompleted<T>(tasks: Set<Task<T>>) {
  await Promise.race([...tasks].map((t) => t.promise.catch(() => {})));
  const done = new Set([...tasks].filter((t) => t.done));
  const pending = new Set([...tasks].filter((t) => !t.done));
  return { done, pending };
}

async function main(): Promise<void> {
  const tasks = new Set(Array.from({ length: 3 }, () => new Task(work)));

  // 第一個完成即返回
  const { done, pending } = await waitFirstCompleted(tasks);

  // 取消剩餘還在跑的任務 (Good Practice)
  for (const t of pending) {
    t.cancel();
  }

  console.log('done', done.size, 'pending', pending.size);
  console.log('first result:', await [...done][0].promise);
  // 等被取消的任務真正結束
  await Promise.allSettled([...pending].map((t) => t.promise));
  // 照 Python 印出布林串列的格式輸出
  const cancelled = [...pending].map((t) => (t.cancelled() ? 'True' : 'False'));
  console.log(`pending cancelled: [${cancelled.join(', ')}]`);
}

await main();
