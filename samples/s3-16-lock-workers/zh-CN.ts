import { setTimeout as sleep } from 'node:timers/promises';

// JavaScript 没有 asyncio.Lock：用一个标志加一个等待队列实现。lock.run(body) 相当于 `async with lock:`
// （类似 navigator.locks.request）；锁空闲时立刻运行 body，不用等待，和 Python 一样。
class Lock {
  private locked = false;
  private readonly waiters: (() => void)[] = [];

  async run<T>(body: () => Promise<T>): Promise<T> {
    if (this.locked) {
      await new Promise<void>((resolve) => this.waiters.push(resolve)); // 等持有者释放
    } else {
      this.locked = true;
    }
    try {
      return await body();
    } finally {
      const next = this.waiters.shift();
      if (next) {
        next(); // 把锁直接交给排在最前面的等待者
      } else {
        this.locked = false;
      }
    }
  }
}

let data = 0; // 两个 worker 都要加 1 的计数器，和上面竞态的例子一样

async function worker1(lock: Lock): Promise<void> {
  console.log('worker1 start');
  await lock.run(async () => {
    console.log('worker1 got lock');
    let tempData = data;
    tempData += 1;
    await sleep(1000); // 放权，但锁还在手里：worker2 只能在外面等
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
  // 结果是正确的 2（没有锁的话，两个都会读到 0，data 最后是 1）
  console.log(`after 2 increments: data = ${data}`);
}

await main();
