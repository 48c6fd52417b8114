// A sleep that honours an AbortSignal: JavaScript cannot cancel a promise from outside,
// so the work itself listens for the abort and stops (rejects with the signal's reason).
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

async function longRunningTask(signal: AbortSignal): Promise<void> {
  await sleep(3000, signal); // takes 3 s, longer than the 2 s limit
}

// asyncio.timeout(2.0): after `ms` the signal aborts with a TimeoutError, like AbortSignal.timeout(ms).
// A setTimeout does the aborting here so the deadline runs on the same clock as the sleep
// (the page's fast-forward sees it); leaving early clears it, as leaving `async with` does.
async function withTimeout<T>(ms: number, body: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException('The operation timed out.', 'TimeoutError')),
    ms,
  );
  try {
    return await body(controller.signal);
  } finally {
    clearTimeout(timer);
  }
}

try {
  await withTimeout(2000, (signal) => longRunningTask(signal)); // TimeoutError after 2 seconds
} catch (error) {
  if (!(error instanceof DOMException && error.name === 'TimeoutError')) throw error;
  console.log('The task timed out!');
}
