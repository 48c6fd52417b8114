import { setTimeout as sleep } from 'node:timers/promises';

// __aiter__ 對應 [Symbol.asyncIterator]()，__anext__ 對應 next()，
// StopAsyncIteration 則對應 done: true 的結果。
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
    await sleep(100); // 模擬 IO
    return { done: false, value: this.count };
  }
}

async function main(): Promise<void> {
  for await (const num of new AsyncCounter(3)) {
    console.log(num);
  }
}

await main();
