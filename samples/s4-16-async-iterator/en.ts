import { setTimeout as sleep } from 'node:timers/promises';

// __aiter__ becomes [Symbol.asyncIterator](), __anext__ becomes next(),
// and StopAsyncIteration becomes a result with done: true.
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
    await sleep(100); // simulate I/O
    return { done: false, value: this.count };
  }
}

async function main(): Promise<void> {
  for await (const num of new AsyncCounter(3)) {
    console.log(num);
  }
}

await main();
