import { setTimeout as sleep } from 'node:timers/promises';

// JavaScript 沒有 `async with`：資源提供明確的非同步 enter 和 exit 方法，
// 呼叫端在 `finally` 裡執行 exit，所以區塊拋出例外時它也會執行。
// 較新的寫法是 `await using r = new AsyncResource()`，搭配非同步的 [Symbol.asyncDispose]()
// 方法（TypeScript 5.2 以上）；Node 20 和部分瀏覽器還不支援。
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
  const r = await resource.enter(); // __aenter__：它的回傳值就是 `as r` 拿到的物件
  try {
    console.log('Inside block');
  } finally {
    await r.exit(); // __aexit__
  }
}

await main();
