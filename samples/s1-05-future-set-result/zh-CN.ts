import { setTimeout as sleep } from 'node:timers/promises';

async function doAsyncJob(setResult: (value: string) => void): Promise<void> {
  await sleep(2000);
  setResult('Hello future'); // fut.set_result('Hello future')
}

async function main(): Promise<void> {
  // loop.create_future()：JS 没有 Future 对象，由“deferred”Promise 代替：把 Promise
  // 的 resolve 函数保存在外面，让其他代码以后再来决定它的结果
  let setResult!: (value: string) => void;
  const future = new Promise<string>((resolve) => (setResult = resolve));
  void doAsyncJob(setResult); // loop.create_task(do_async_job(future))：它现在就开始运行

  // Wait until future has a result
  const result = await future;

  console.log(result); // future.result()：也就是 await 得到的值
}

await main();
