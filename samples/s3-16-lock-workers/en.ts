import { setTimeout as sleep } from 'node:timers/promises';

// JavaScript has no asyncio.Lock: a flag and a queue of waiters. lock.run(body) plays `async with lock:`
// (like navigator.locks.request); a free lock runs the body at once, with no wait, as in Python.
class Lock {
  private locked = false;
  private readonly waiters: (() => void)[] = [];

  async run<T>(body: () => Promise<T>): Promise<T> {
    if (this.locked) {
      await new Promise<void>((resolve) => this.waiters.push(resolve)); // wait for the holder
    } else {
      this.locked = true;
    }
    try {
      return await body();
    } finally {
      const next = this.waiters.shift();
      if (next) {
        next(); // hand the lock straight to the first waiter
      } else {
        this.locked = false;
      }
    }
  }
}

let data = 0; // the counter both workers add 1 to, as in the race above

async function worker1(lock: Lock): Promise<void> {
  console.log('worker1 start');
  await lock.run(async () => {
    console.log('worker1 got lock');
    let tempData = data;
    tempData += 1;
    await sleep(1000); // gives way, but keeps the lock: worker2 waits outside
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
  // 2, the right count (without the lock both would read 0 and data would end at 1)
  console.log(`after 2 increments: data = ${data}`);
}

await main();
