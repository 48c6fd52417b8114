// A JS promise cannot be cancelled from outside: a task takes the group's AbortSignal, and this
// sleep gives up (rejects with the signal's reason) when the signal is aborted
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

async function fetchData(n: number, signal: AbortSignal): Promise<string> {
  await sleep(100 * n, signal);
  return `data${n}`;
}

async function main(): Promise<void> {
  // JS has no TaskGroup: Promise.all waits for every task, and an AbortController shared by
  // the group cancels the other tasks when one fails
  const group = new AbortController();
  // create the tasks (a promise starts running as soon as it is created)
  const [t1, t2] = await Promise.all([
    fetchData(1, group.signal),
    fetchData(2, group.signal),
  ]).catch((error: unknown) => {
    group.abort(error); // a task failed: cancel the others
    throw error;
  });

  // the results are safe to read here
  console.log(`Finished: ${t1}, ${t2}`);
}

await main();
