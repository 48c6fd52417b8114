import { setTimeout as sleep } from 'node:timers/promises';

async function longRunningTask(signal: AbortSignal): Promise<void> {
  await sleep(3000, undefined, { signal }); // takes 3 s, longer than the 2 s limit
}

// asyncio.timeout(2.0): after `ms` the signal aborts with a TimeoutError, as with
// AbortSignal.timeout(ms), and withTimeout raises it, even if the body ignores the signal. A
// setTimeout does the aborting here so the deadline runs on the same clock as the sleep (the
// page's fast-forward sees it).
async function withTimeout<T>(ms: number, body: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const timeoutError = new DOMException('The operation timed out.', 'TimeoutError');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort(timeoutError);
      timer = setTimeout(reject, 0, timeoutError); // one turn later: the body has reacted
    }, ms);
  });
  try {
    return await Promise.race([body(controller.signal), deadline]);
  } catch (error) {
    throw controller.signal.aborted ? timeoutError : error;
  } finally {
    clearTimeout(timer); // leaving early clears the deadline, as leaving `async with` does
  }
}

try {
  await withTimeout(2000, (signal) => longRunningTask(signal)); // TimeoutError after 2 seconds
} catch (error) {
  if (!(error instanceof DOMException && error.name === 'TimeoutError')) throw error;
  console.log('The task timed out!');
}
