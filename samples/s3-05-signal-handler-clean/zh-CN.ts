import { setTimeout as sleep } from 'node:timers/promises';

// 这是替代品：网页收不到操作系统的信号，所以由一个计时器代替 Ctrl+C（SIGINT）：
// 它中止一个 AbortController，由 abort 事件运行处理函数。JS 也没有 asyncio.all_tasks()，
// 所以程序自己维护一个正在运行的任务集合。使用真正 SIGINT（process.on('SIGINT')）
// 的 Node.js 版本列在这个示例下方。

// Promise 无法取消，所以这里的任务是一个 Promise 加上能停止它的工作的 AbortController：
// cancel() 会中止信号，工作中的 sleep 就以 AbortError 拒绝，这个错误相当于 CancelledError。
// 和 asyncio.create_task 一样，工作要等事件循环的下一轮（sleep(0)）才开始，在那之前就被
// 取消的任务永远不会运行。
class Task<T> {
  private readonly controller = new AbortController();
  readonly promise: Promise<T>;

  constructor(run: (signal: AbortSignal) => Promise<T>) {
    const signal = this.controller.signal;
    this.promise = sleep(0).then(() => {
      signal.throwIfAborted(); // 开始之前就被取消：工作永远不会运行
      return run(signal);
    });
  }

  cancel(): void {
    this.controller.abort();
  }
}

// 程序自己的 asyncio.all_tasks()：用 createTask 创建的每个任务，直到它结束为止
const allTasks = new Set<Task<unknown>>();

function createTask<T>(run: (signal: AbortSignal) => Promise<T>): Task<T> {
  const task = new Task(run);
  allTasks.add(task);
  const forget = () => allTasks.delete(task);
  task.promise.then(forget, forget);
  return task;
}

const isTimeout = (error: unknown) => error instanceof Error && error.name === 'TimeoutError';

// asyncio.wait_for：时限一到，就取消任务并抛出 TimeoutError。任务会先对取消做出反应
// （Python 也会等这一步）；不理会信号的任务无法从外部停止，会继续运行，
// 但 waitFor 照样在时限到时抛出错误
async function waitFor<T>(task: Task<T>, timeout: number): Promise<T> {
  const timeoutError = new DOMException('The operation timed out.', 'TimeoutError');
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      task.cancel();
      timer = setTimeout(reject, 0, timeoutError); // 再过一轮：任务已经做出反应
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

// loop.run_forever() 变成等待一个 Promise，loop.stop() 则兑现它
let stop!: () => void;
const stopped = new Promise<void>((resolve) => (stop = resolve));

async function shutdown(): Promise<void> {
  console.log('SIGINT received: waiting for the tasks (up to 1 s each)');
  await clean();
  console.log('clean() done: stopping the loop');
  stop();
}

// 设置信号的回调函数：这里是 controller 的 abort 事件监听器
const sigint = new AbortController();
sigint.signal.addEventListener('abort', () => void shutdown(), { once: true });

// 等待所有任务结束
async function clean(): Promise<void> {
  // shutdown() 不是用 createTask 创建的，所以不在集合里，也就不会等待它自己：
  // Python 版本排除 asyncio.current_task() 也是出于同样的原因
  const others = [...allTasks];
  // 保存为函数，让每个 1 秒的等待到下面的循环轮到它时才开始，和 Python 一样
  const waiters = others.map((t) => () => waitFor(t, 1));
  for (const task of waiters) {
    try {
      await task();
    } catch (error) {
      if (!isTimeout(error)) throw error;
    }
  }
}

// 演示用：一个很快完成的任务，一个要运行很久的任务
createTask((signal) => job('quick job', 1, signal));
createTask((signal) => job('slow job', 10, signal));
// 演示用：计时器在 0.5 秒后“发送 SIGINT”（代替按 Ctrl+C）
setTimeout(() => sigint.abort(), 500);
await stopped;
console.log('loop closed');
