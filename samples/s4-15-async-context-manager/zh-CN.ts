import { setTimeout as sleep } from 'node:timers/promises';

// JavaScript 没有 `async with`：资源提供显式的异步 enter 和 exit 方法，
// 调用方在 `finally` 里执行 exit，所以代码块抛出异常时它也会执行。
// 更新的写法是 `await using r = new AsyncResource()`，配合异步的 [Symbol.asyncDispose]()
// 方法（TypeScript 5.2 及以上）；Node 20 和部分浏览器还不支持。
class AsyncResource {
  async enter(): Promise<this> {
    console.log('Async entering...');
    await sleep(100);
    return this;
  }

  async exit(): Promise<void> {
    console.log('Async exiting...');
    await sleep(100);
  }
}

async function main(): Promise<void> {
  const resource = new AsyncResource();
  const r = await resource.enter(); // __aenter__：它的返回值就是 `as r` 得到的对象
  try {
    console.log('Inside block');
  } finally {
    await r.exit(); // __aexit__
  }
}

await main();
