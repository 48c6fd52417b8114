import { setTimeout as sleep } from 'node:timers/promises';

// JS 没有 ValueError：用一个小小的 Error 子类代替
class ValueError extends Error {
  name = 'ValueError';
}

async function fetchData(n: number, signal: AbortSignal): Promise<string> {
  try {
    await sleep(1000 * n, undefined, { signal });
  } catch (error) {
    console.log(`fetch_data(${n}) cancelled`);
    throw error; // 被取消时要重新抛出，让取消继续向外传播
  }
  if (n === 1) throw new ValueError('boom'); // 第 1 个任务在 1 秒时失败
  return `data${n}`;
}

// JS 没有 TaskGroup：这个版本把任务组的 AbortSignal 交给每个任务，第一个失败时中止其余任务，
// 等全部任务都结束后，再把失败一起包装成一个 AggregateError 抛出
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
  try {
    const [t1, t2] = await taskGroup([
      (signal) => fetchData(1, signal),
      (signal) => fetchData(2, signal), // 还没完成就会被任务组取消
    ]);
    console.log(`Finished: ${t1}, ${t2}`); // 不会执行到这一行
  } catch (error) {
    // JS 没有 except*：从 AggregateError 里挑出 ValueError 处理，其余的重新抛出
    if (!(error instanceof AggregateError)) throw error;
    const valueErrors = error.errors.filter((e): e is ValueError => e instanceof ValueError);
    const rest = error.errors.filter((e) => !(e instanceof ValueError));
    if (valueErrors.length > 0) {
      console.log(`TaskGroup raised: ${error.message}`);
      for (const e of valueErrors) console.log(`  ${e.name}: ${e.message}`);
    }
    if (rest.length > 0) throw new AggregateError(rest, error.message);
  }
}

await main();
