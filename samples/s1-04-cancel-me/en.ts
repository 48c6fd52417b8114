import { setTimeout as sleep } from 'node:timers/promises';

async function cancelMe(signal: AbortSignal): Promise<void> {
  console.log('cancel_me(): sleep');
  try {
    // Wait for 1 hour
    await sleep(3600 * 1000, undefined, { signal }); // controller.abort() ends it: AbortError
  } catch (error) {
    if (!signal.aborted) throw error;
    console.log('cancel_me(): cancel sleep'); // the AbortError plays the part of CancelledError
    throw error;
  } finally {
    console.log('cancel_me(): after sleep');
  }
}

async function main(): Promise<void> {
  console.log('main(): running');
  // Create a "cancel_me" Task: task.cancel() becomes controller.abort()
  const controller = new AbortController();
  // A JS async function starts running as soon as it is called, while asyncio.create_task only
  // schedules the coroutine: it starts when main() next gives way. Starting cancelMe from a
  // microtask (after the current code) keeps Python's order of lines, and a task cancelled
  // before it starts never runs, as in Python (comment out the 5-second sleep to see it)
  const task = Promise.resolve().then(() => {
    controller.signal.throwIfAborted(); // cancelled before it started: cancelMe never runs
    return cancelMe(controller.signal);
  });

  // Wait for 5 seconds
  console.log('main(): sleep');
  await sleep(5000);

  console.log('main(): call cancel');
  controller.abort();
  try {
    await task;
  } catch (error) {
    if (!controller.signal.aborted) throw error;
    console.log('main(): cancel_me is cancelled now');
  }
}

await main();
