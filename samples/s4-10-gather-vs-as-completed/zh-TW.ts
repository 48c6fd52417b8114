import { setTimeout as sleep } from 'node:timers/promises';

class ConnectionError extends Error {
  name = 'ConnectionError';
}

const url1 = 'https://example.com/a';
const url2 = 'https://example.com/b';
const url3 = 'https://example.com/c';
// 固定的延遲，每次執行的順序都一樣
const delays: Record<string, number> = { [url1]: 0.3, [url2]: 0.2, [url3]: 0.1 };

async function download(url: string): Promise<string> {
  await sleep(delays[url] * 1000); // 假裝在下載
  if (url === url2) {
    throw new ConnectionError(`${url} refused`);
  }
  return url;
}

// 和 Python 版一樣，每次使用都建立一組新的。Python 非這樣不可：gather() 已經 await 過這些
// 協程物件，而協程只能執行一次，所以對同一組物件呼叫 as_completed() 會拋出
// RuntimeError: cannot reuse already awaited coroutine。JS 的 promise 可以 await 任意多次，
// 重複使用同一組在這裡照樣能跑，所以這個對照程式無法重現那個錯誤。
// （JS 的 promise 在建立時就開始執行，而不是第一次被 await 時。）
function makeTasks(): Promise<string>[] {
  return [download(url1), download(url2), download(url3)];
}

// asyncio.as_completed：每個任務對應一個 promise，依任務完成的先後依序得出結果。
function asCompleted<T>(promises: Promise<T>[]): Promise<T>[] {
  const settlers: ((p: Promise<T>) => void)[] = [];
  const inOrder = promises.map(() => new Promise<T>((resolve) => settlers.push(resolve)));
  let finished = 0;
  for (const p of promises) {
    const next = () => settlers[finished++](p);
    p.then(next, next);
  }
  inOrder.forEach((p) => p.catch(() => {})); // 每個錯誤都在迴圈 await 它的地方處理
  return inOrder;
}

// 模仿 Python 的 repr()，供下面輸出使用
const repr = (value: unknown) =>
  value instanceof Error ? `${value.name}('${value.message}')` : `'${value}'`;

async function main(): Promise<void> {
  let tasks = makeTasks();

  // Gather (進階用法:包容異常)：Promise.allSettled
  const results = await Promise.allSettled(tasks);
  const shown = results.map((r) => (r.status === 'fulfilled' ? repr(r.value) : repr(r.reason)));
  console.log('gather results:', `[${shown.join(', ')}]`);

  tasks = makeTasks();

  // As Completed
  for (const coro of asCompleted(tasks)) {
    try {
      const result = await coro;
      console.log('One download finished:', result);
    } catch (error) {
      if (!(error instanceof ConnectionError)) throw error;
      console.log('One download failed:', repr(error));
    }
  }
}

await main();
