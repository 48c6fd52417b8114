import { setTimeout as sleep } from 'node:timers/promises';

// __aiter__ 对应 [Symbol.asyncIterator]()，__anext__ 对应 next()，
// StopAsyncIteration 则对应 done: true 的结果。
class AsyncCounter implements AsyncIterableIterator<number> {
  private count = 0;

  constructor(private readonly stop: number) {}

  [Symbol.asyncIterator](): this {
    return this;
  }

  async next(): Promise<IteratorResult<number>> {
    if (this.count >= this.stop) {
      return { done: true, value: undefined };
    }
    this.count += 1;
    await sleep(100); // 模拟 IO
    return { done: false, value: this.count };
  }
}

async function main(): Promise<void> {
  for await (const num of new AsyncCounter(3)) {
    console.log(num);
  }
}

await main();
