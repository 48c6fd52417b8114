import { setTimeout as sleep } from 'node:timers/promises';

async function fetchData(n: number, signal: AbortSignal): Promise<string> {
  await sleep(100 * n, undefined, { signal }); // the group's signal can cancel the sleep
  return `data${n}`;
}

// JS has no TaskGroup: this one hands every task the group's AbortSignal, aborts the rest on the
// first failure, and returns (or throws the failures as one AggregateError) only once every task
// has settled, as leaving `async with TaskGroup()` does. Promise.all alone would reject at the
// first failure with the other tasks still running. The next sample shows a task failing.
async function taskGroup<T>(tasks: ((signal: AbortSignal) => Promise<T>)[]): Promise<T[]> {
  const group = new AbortController();
  const errors: unknown[] = [];
  const settled = await Promise.allSettled(
    tasks.map((task) =>
      task(group.signal).catch((error: unknown) => {
        const cancelled =
          group.signal.aborted && error instanceof Error && error.name === 'AbortError';
        if (!cancelled) {
          errors.push(error); // a failure, not a cancellation: cancel the others
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
  // create the tasks: each starts at once and gets the group's signal
  const [t1, t2] = await taskGroup([
    (signal) => fetchData(1, signal),
    (signal) => fetchData(2, signal),
  ]);
  // taskGroup returns once every task is done, as leaving the async with block does

  // the results are safe to read here
  console.log(`Finished: ${t1}, ${t2}`);
}

await main();
