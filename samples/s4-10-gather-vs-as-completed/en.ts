import { setTimeout as sleep } from 'node:timers/promises';

class ConnectionError extends Error {
  name = 'ConnectionError';
}

const url1 = 'https://example.com/a';
const url2 = 'https://example.com/b';
const url3 = 'https://example.com/c';
// fixed delays, so every run finishes in the same order
const delays: Record<string, number> = { [url1]: 0.3, [url2]: 0.2, [url3]: 0.1 };

async function download(url: string): Promise<string> {
  await sleep(delays[url] * 1000); // pretend to download
  if (url === url2) {
    throw new ConnectionError(`${url} refused`);
  }
  return url;
}

// A fresh list for each use, as in the Python. Python needs it: gather() awaits these
// coroutine objects, a coroutine runs only once, so as_completed() on the same list raises
// RuntimeError: cannot reuse already awaited coroutine. A JS promise can be awaited any number
// of times, so reusing one list would just work here: this twin cannot show that bug.
// (A JS promise also starts when it is created, not when it is first awaited.)
function makeTasks(): Promise<string>[] {
  return [download(url1), download(url2), download(url3)];
}

// asyncio.as_completed: one promise per task, settling in the order the tasks finish.
function asCompleted<T>(promises: Promise<T>[]): Promise<T>[] {
  const settlers: ((p: Promise<T>) => void)[] = [];
  const inOrder = promises.map(() => new Promise<T>((resolve) => settlers.push(resolve)));
  let finished = 0;
  for (const p of promises) {
    const next = () => settlers[finished++](p);
    p.then(next, next);
  }
  inOrder.forEach((p) => p.catch(() => {})); // each error is handled where the loop awaits it
  return inOrder;
}

// Python's repr(), for the lines below
const repr = (value: unknown) =>
  value instanceof Error ? `${value.name}('${value.message}')` : `'${value}'`;

async function main(): Promise<void> {
  let tasks = makeTasks();

  // Gather (advanced: exceptions come back as results): Promise.allSettled
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
