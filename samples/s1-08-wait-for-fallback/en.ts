import { setTimeout as sleep } from 'node:timers/promises';

// asyncio.wait_for: gives the job a signal and, after `timeout` seconds, aborts it with a
// TimeoutError and raises that error. The job should pass the signal on to what it awaits, so
// that it stops. One that does not cannot be stopped from outside: it keeps running and prints
// 'do async job 1' a second later, but waitFor still raises at the deadline, as Python's does.
// (AbortSignal.timeout(ms) makes such a signal in one call; it is not used here because its
// timer runs outside this site's fast-forward clock.)
async function waitFor<T>(job: (signal: AbortSignal) => Promise<T>, timeout: number): Promise<T> {
  const controller = new AbortController();
  const timeoutError = new DOMException('The operation timed out.', 'TimeoutError');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort(timeoutError);
      timer = setTimeout(reject, 0, timeoutError); // one turn later: the job has reacted
    }, timeout * 1000);
  });
  try {
    return await Promise.race([job(controller.signal), deadline]);
  } catch (error) {
    throw controller.signal.aborted ? timeoutError : error;
  } finally {
    clearTimeout(timer);
  }
}

async function doAsyncJob(signal: AbortSignal): Promise<void> {
  await sleep(2000, undefined, { signal });
  console.log('do async job 1');
}

async function doAsyncJob2ndPlan(signal: AbortSignal): Promise<void> {
  await sleep(1000, undefined, { signal });
  console.log('do async job 2');
}

async function main(): Promise<void> {
  try {
    await waitFor(doAsyncJob, 1);
  } catch (error) {
    if (!(error instanceof DOMException && error.name === 'TimeoutError')) throw error;
    await waitFor(doAsyncJob2ndPlan, 2);
  }
}

await main();
// do async job 2
