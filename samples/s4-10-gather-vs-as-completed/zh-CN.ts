import { setTimeout as sleep } from 'node:timers/promises';

class ConnectionError extends Error {
  name = 'ConnectionError';
}

const url1 = 'https://example.com/a';
const url2 = 'https://example.com/b';
const url3 = 'https://example.com/c';
// 固定的延迟，每次运行的顺序都一样
const delays: Record<string, number> = { [url1]: 0.3, [url2]: 0.2, [url3]: 0.1 };

async function download(url: string): Promise<string> {
  await sleep(delays[url] * 1000); // 假装在下载
  if (url === url2) {
    throw new ConnectionError(`${url} refused`);
  }
  return url;
}

// 和 Python 版一样，每次使用都创建一组新的。Python 必须这样做：gather() 已经 await 过这些
// 协程对象，而协程只能运行一次，所以对同一组对象调用 as_completed() 会抛出
// RuntimeError: cannot reuse already awaited coroutine。JS 的 promise 可以 await 任意多次，
// 重复使用同一组在这里照样能运行，所以这个对照程序无法重现那个错误。
// （JS 的 promise 在创建时就开始执行，而不是第一次被 await 时。）
function makeTasks(): Promise<string>[] {
  return [download(url1), download(url2), download(url3)];
}

// asyncio.as_completed：每个任务对应一个 promise，按任务完成的先后依次得出结果。
function asCompleted<T>(promises: Promise<T>[]): Promise<T>[] {
  const settlers: ((p: Promise<T>) => void)[] = [];
  const inOrder = promises.map(() => new Promise<T>((resolve) => settlers.push(resolve)));
  let finished = 0;
  for (const p of promises) {
    const next = () => settlers[finished++](p);
    p.then(next, next);
  }
  inOrder.forEach((p) => p.catch(() => {})); // 每个错误都在循环 await 它的地方处理
  return inOrder;
}

// 模仿 Python 的 repr()，供下面的输出使用
const repr = (value: unknown) =>
  value instanceof Error ? `${value.name}('${value.message}')` : `'${value}'`;

async function main(): Promise<void> {
  let tasks = makeTasks();

  // Gather (高级用法:容忍异常)：Promise.allSettled
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
