import { setTimeout as sleep } from 'node:timers/promises';

async function fetchData(n: number, signal: AbortSignal): Promise<string> {
  await sleep(100 * n, undefined, { signal }); // 群組的訊號可以取消這次 sleep
  return `data${n}`;
}

// JS 沒有 TaskGroup：這個版本把群組的 AbortSignal 交給每個任務，第一個失敗時中止其餘任務，
// 並且要等所有任務都結束，才回傳結果（或把失敗一起包成一個 AggregateError 拋出），
// 就像離開 `async with TaskGroup()` 時那樣。只用 Promise.all 的話，第一個失敗就會拒絕，
// 其他任務卻還在執行。下一個範例示範任務失敗的情形。
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
  // 建立任務：每個任務都立刻開始，並拿到群組的訊號
  const [t1, t2] = await taskGroup([
    (signal) => fetchData(1, signal),
    (signal) => fetchData(2, signal),
  ]);
  // 所有任務都完成後 taskGroup 才返回，就像離開 async with 區塊時那樣

  // 這裡可以安全地取得結果
  console.log(`Finished: ${t1}, ${t2}`);
}

await main();
