// 可以取消的 sleep：signal 中止时，它以 signal 的 reason 拒绝。
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

let calls = 0; // 每次调用 work() 都比上一次久：0.1、0.2、0.3 秒

async function work(signal: AbortSignal): Promise<number> {
  calls += 1;
  const seconds = calls / 10;
  await sleep(seconds * 1000, signal);
  return seconds;
}

// promise 无法取消，所以这里的 task 是一个 promise 加上停止其工作的 AbortController：
// cancel() 会中止它，任务随即以 AbortError 拒绝。
class Task<T> {
  private readonly controller = new AbortController();
  readonly promise: Promise<T>;
  done = false;

  constructor(run: (signal: AbortSignal) => Promise<T>) {
    this.promise = run(this.controller.signal);
    const finish = () => {
      this.done = true;
    };
    this.promise.then(finish, finish);
  }

  cancel(): void {
    this.controller.abort();
  }

  cancelled(): boolean {
    return this.done && this.controller.signal.aborted;
  }
}

// asyncio.wait(..., return_when=FIRST_COMPLETED)：先 Promise.race，再把任务分成两组。
async function waitFirstCompleted<T>(tasks: Set<Task<T>>) {
  await Promise.race([...tasks].map((t) => t.promise.catch(() => {})));
  const done = new Set([...tasks].filter((t) => t.done));
  const pending = new Set([...tasks].filter((t) => !t.done));
  return { done, pending };
}

async function main(): Promise<void> {
  const tasks = new Set(Array.from({ length: 3 }, () => new Task(work)));

  // 第一个完成即返回
  const { done, pending } = await waitFirstCompleted(tasks);

  // 取消剩余还在运行的任务 (Good Practice)
  for (const t of pending) {
    t.cancel();
  }

  console.log('done', done.size, 'pending', pending.size);
  console.log('first result:', await [...done][0].promise);
  // 等待被取消的任务真正结束
  await Promise.allSettled([...pending].map((t) => t.promise));
  // 按 Python 打印布尔列表的格式输出
  const cancelled = [...pending].map((t) => (t.cancelled() ? 'True' : 'False'));
  console.log(`pending cancelled: [${cancelled.join(', ')}]`);
}

await main();
