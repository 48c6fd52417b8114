import { setTimeout as sleep } from 'node:timers/promises';
import { startThread } from './thread.ts';

// asyncio.sleep(5), cancellable: aborting the signal ends the wait with an error, as cancel() does
async function slow(signal: AbortSignal): Promise<number> {
  await sleep(5000, undefined, { signal });
  return 1;
}

type Reply = { result: number } | { cancelled: true };

async function main(): Promise<void> {
  const myThread = await startThread<Reply, 'run' | 'cancel'>(async (port) => {
    port.postMessage('run'); // run_coroutine_threadsafe(slow(), loop)
    const future = port.nextMessage(); // the reply: slow()'s result, or word that it was cancelled
    const timeout = 0.5;
    // future.result(timeout): the reply, unless a 0.5 s timer comes first
    const first = await Promise.race([
      future,
      new Promise<'timeout'>((r) => setTimeout(r, timeout * 1000, 'timeout')),
    ]);
    if (first === 'timeout') {
      console.log('The coroutine took too long, cancelling the task...');
      port.postMessage('cancel'); // future.cancel()
    }
    // future.cancelled(): Python's is True as soon as cancel() returns, before slow() has stopped
    // on the loop; the thread here learns it from the loop's reply, once slow() has stopped
    const cancelled = 'cancelled' in (await future);
    console.log(`future cancelled: ${cancelled ? 'True' : 'False'}`); // spelled as Python prints it
  });
  // the loop's side: run slow() on request; a cancel request aborts it
  const controller = new AbortController();
  myThread.onmessage = async (request) => {
    if (request === 'cancel') return controller.abort();
    try {
      myThread.postMessage({ result: await slow(controller.signal) });
    } catch {
      myThread.postMessage({ cancelled: true });
    }
  };
  // wait for the thread to finish, the loop running meanwhile, as asyncio.to_thread does
  await myThread.done;
}

await main();
