// asyncio.sleep that can be cut short: a JS promise cannot be cancelled from outside, so the
// sleep listens to an AbortSignal and rejects with the signal's reason when it is aborted
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

// asyncio.wait_for: gives the job a signal and, after `timeout` seconds, aborts it with a
// TimeoutError. The job has to pass the signal on to what it awaits: without it, the job would
// keep running and print 'never print' a second later. (AbortSignal.timeout(ms) makes such a
// signal in one call; it is not used here because its timer runs outside this site's
// fast-forward clock.)
async function waitFor<T>(job: (signal: AbortSignal) => Promise<T>, timeout: number): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException('The operation timed out.', 'TimeoutError')),
    timeout * 1000,
  );
  try {
    return await job(controller.signal);
  } finally {
    clearTimeout(timer);
  }
}

async function doAsyncJob(signal: AbortSignal): Promise<void> {
  await sleep(2000, signal);
  console.log('never print');
}

async function main(): Promise<void> {
  try {
    await waitFor(doAsyncJob, 1);
  } catch (error) {
    if (!(error instanceof DOMException && error.name === 'TimeoutError')) throw error;
    console.log('timeout!');
  }
}

await main();
// timeout!
