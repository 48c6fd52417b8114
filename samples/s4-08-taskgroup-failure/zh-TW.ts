import { setTimeout as sleep } from 'node:timers/promises';

// JS 沒有 ValueError：用一個小小的 Error 子類別代替
class ValueError extends Error {
  name = 'ValueError';
}

async function fetchData(n: number, signal: AbortSignal): Promise<string> {
  try {
    await sleep(1000 * n, undefined, { signal });
  } catch (error) {
    console.log(`fetch_data(${n}) cancelled`);
    throw error; // 被取消時要再拋出，讓取消繼續往外傳
  }
  if (n === 1) throw new ValueError('boom'); // 第 1 個任務在 1 秒時失敗
  return `data${n}`;
}

// JS 沒有 TaskGroup：這個版本把群組的 AbortSignal 交給每個任務，第一個失敗時中止其餘任務，
// 等全部任務都結束後，再把失敗一起包成一個 AggregateError 拋出
async function taskGroup<T>(tasks: ((signal: AbortSignal) => Promise<T>)[]): Promise<T[]> {
  const group = new AbortController();
  const errors: unknown[] = [];
  const settled = await Promise.allSettled(
    tasks.map((task) =>
      task(group.signal).catch((error: unknown) => {
        const cancelled =
          group.signal.aborted && error instanceof Error && error.name === 'AbortError';
        if (!cancelled) {
          errors.push(error); // 是失敗而不是取消：取消其他任務
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
      (signal) => fetchData(2, signal), // 還沒做完就會被群組取消
    ]);
    console.log(`Finished: ${t1}, ${t2}`); // 不會執行到這一行
  } catch (error) {
    // JS 沒有 except*：從 AggregateError 裡挑出 ValueError 處理，其餘的再拋出去
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
