import { setTimeout as sleep } from 'node:timers/promises';

// JavaScript 沒有 asyncio.Lock：用一個旗標加一個等待佇列實作。lock.run(body) 相當於 `async with lock:`
// （類似 navigator.locks.request）；鎖沒人拿時立刻執行 body，不必等待，和 Python 一樣。
class Lock {
  private locked = false;
  private readonly waiters: (() => void)[] = [];

  async run<T>(body: () => Promise<T>): Promise<T> {
    if (this.locked) {
      await new Promise<void>((resolve) => this.waiters.push(resolve)); // 等持有者釋放
    } else {
      this.locked = true;
    }
    try {
      return await body();
    } finally {
      const next = this.waiters.shift();
      if (next) {
        next(); // 把鎖直接交給排在最前面的等待者
      } else {
        this.locked = false;
      }
    }
  }
}

let data = 0; // 兩個 worker 都要加 1 的計數器，和上面競爭條件的例子一樣

async function worker1(lock: Lock): Promise<void> {
  console.log('worker1 start');
  await lock.run(async () => {
    console.log('worker1 got lock');
    let tempData = data;
    tempData += 1;
    await sleep(1000); // 讓出執行權，但鎖還在手上：worker2 只能在外面等
    data = tempData;
  });
}

async function worker2(lock: Lock): Promise<void> {
  console.log('worker2 start');
  await lock.run(async () => {
    console.log('worker2 got lock');
    let tempData = data;
    tempData += 1;
    await sleep(1000);
    data = tempData;
  });
}

async function main(): Promise<void> {
  const lock = new Lock();
  const tasks = [worker1(lock), worker2(lock)];
  await Promise.all(tasks);
  // 結果是正確的 2（沒有鎖的話，兩個都會讀到 0，data 最後是 1）
  console.log(`after 2 increments: data = ${data}`);
}

await main();
