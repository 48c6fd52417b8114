import { setTimeout as sleep } from 'node:timers/promises';

async function doAsyncJob(setResult: (value: string) => void): Promise<void> {
  await sleep(2000);
  setResult('Hello future'); // fut.set_result('Hello future')
}

async function main(): Promise<void> {
  // loop.create_future()：JS 沒有 Future 物件，由「deferred」Promise 代替：把 Promise
  // 的 resolve 函式保存在外面，讓其他程式碼之後再來決定它的結果
  let setResult!: (value: string) => void;
  const future = new Promise<string>((resolve) => (setResult = resolve));
  void doAsyncJob(setResult); // loop.create_task(do_async_job(future))：它現在就開始執行

  // Wait until future has a result
  const result = await future;

  console.log(result); // future.result()：也就是 await 拿到的值
}

await main();
