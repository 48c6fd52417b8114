import { setTimeout as sleep } from 'node:timers/promises';

// JS has no ValueError: a small Error subclass stands in for it
class ValueError extends Error {
  name = 'ValueError';
}

async function fetchData(n: number, signal: AbortSignal): Promise<string> {
  try {
    await sleep(1000 * n, undefined, { signal });
  } catch (error) {
    console.log(`fetch_data(${n}) cancelled`);
    throw error; // when cancelled, pass the cancellation on
  }
  if (n === 1) throw new ValueError('boom'); // task 1 fails at 1 s
  return `data${n}`;
}

// JS has no TaskGroup: this one hands every task the group's AbortSignal, aborts the rest on the
// first failure, waits for all of them to settle, then throws the failures as one AggregateError
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
  try {
    const [t1, t2] = await taskGroup([
      (signal) => fetchData(1, signal),
      (signal) => fetchData(2, signal), // cancelled by the group before it finishes
    ]);
    console.log(`Finished: ${t1}, ${t2}`); // never reached
  } catch (error) {
    // JS has no except*: take the ValueErrors out of the AggregateError, rethrow the rest
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
