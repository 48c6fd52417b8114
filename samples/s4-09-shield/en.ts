import { setTimeout as sleep } from 'node:timers/promises';

async function importantTask(): Promise<void> {
  await sleep(1000); // writing a log, say
  console.log('important_task: log written');
}

/** Rejects with the signal's reason once it is aborted: how main() learns it was cancelled. */
function whenAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

async function main(signal: AbortSignal): Promise<void> {
  // A JS promise cannot be cancelled: the "shield" is simply not passing main's signal to the
  // protected job, so nothing can abort it
  const inner = importantTask();
  try {
    // if main() is cancelled, it stops waiting here, while importantTask keeps running
    await Promise.race([inner, whenAborted(signal)]);
  } catch (error) {
    if (!signal.aborted) throw error;
    console.log('Main task cancelled, but shield protected the inner task');
    // wait for the protected job, so main() ends only once it is really done
    await inner;
    throw error; // then pass the cancellation on instead of swallowing it
  }
}

// for the demo: cancel main() after 0.5 s (instead of pressing Ctrl+C)
const controller = new AbortController();
setTimeout(() => controller.abort(), 500);
try {
  await main(controller.signal);
} catch (error) {
  if (!controller.signal.aborted) throw error;
  console.log('main() was cancelled');
}
