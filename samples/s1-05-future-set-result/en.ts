import { setTimeout as sleep } from 'node:timers/promises';

async function doAsyncJob(setResult: (value: string) => void): Promise<void> {
  await sleep(2000);
  setResult('Hello future'); // fut.set_result('Hello future')
}

async function main(): Promise<void> {
  // loop.create_future(): JS has no Future object. A "deferred" promise plays its part: the
  // promise's resolve function is kept outside it, so other code can settle it later
  let setResult!: (value: string) => void;
  const future = new Promise<string>((resolve) => (setResult = resolve));
  void doAsyncJob(setResult); // loop.create_task(do_async_job(future)): it starts running now

  // Wait until future has a result
  const result = await future;

  console.log(result); // future.result(): the value await gave back
}

await main();
