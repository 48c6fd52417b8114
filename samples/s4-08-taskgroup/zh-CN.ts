import { setTimeout as sleep } from 'node:timers/promises';

async function fetchData(n: number, signal: AbortSignal): Promise<string> {
  await sleep(100 * n, undefined, { signal }); // 任务组的信号可以取消这次 sleep
  return `data${n}`;
}

// JS 没有 TaskGroup：这个版本把任务组的 AbortSignal 交给每个任务，第一个失败时中止其余任务，
// 并且要等所有任务都结束，才返回结果（或把失败一起包装成一个 AggregateError 抛出），
// 就像离开 `async with TaskGroup()` 时那样。只用 Promise.all 的话，第一个失败就会拒绝，
// 其他任务却还在运行。下一个示例演示任务失败的情形。
async function taskGroup<T>(tasks: ((signal: AbortSignal) => Promise<T>)[]): Promise<T[]> {
  const group = new AbortController();
  const errors: unknown[] = [];
  const settled = await Promise.allSettled(
    tasks.map((task) =>
      task(group.signal).catch((error: unknown) => {
        const cancelled =
          group.signal.aborted && error instanceof Error && error.name === 'AbortError';
        if (!cancelled) {
          errors.push(error); // 是失败而不是取消：取消其他任务
          group.abort();
        }
        throw error;
      }),
    ),
  );
  if (errors.length > 0) throw new AggregateError(errors, 'unhandled errors in a TaskGroup');
  return settled.map((result) => (result as PromiseFulfilledResult<T>).value);
}

async function main(): Promise<void> {
  // 创建任务：每个任务都立即开始，并拿到任务组的信号
  const [t1, t2] = await taskGroup([
    (signal) => fetchData(1, signal),
    (signal) => fetchData(2, signal),
  ]);
  // 所有任务都完成后 taskGroup 才返回，就像离开 async with 块时那样

  // 这里可以安全地获取结果
  console.log(`Finished: ${t1}, ${t2}`);
}

await main();
