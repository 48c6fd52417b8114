import { setTimeout as sleep } from 'node:timers/promises';

// asyncio.Queue, cut down to what this program uses: put, get and taskDone.
class AsyncQueue<T> {
  private readonly items: T[] = [];
  private readonly getters: ((item: T) => void)[] = [];
  private unfinished = 0; // join() (not used here) would wait for this to reach 0

  async put(item: T): Promise<void> {
    this.unfinished += 1;
    const getter = this.getters.shift();
    if (getter) {
      getter(item); // a consumer is waiting: hand it the item
    } else {
      this.items.push(item);
    }
  }

  async get(): Promise<T> {
    if (this.items.length > 0) return this.items.shift() as T;
    return new Promise<T>((resolve) => this.getters.push(resolve)); // wait for a put
  }

  taskDone(): void {
    this.unfinished -= 1;
  }
}

async function producer(queue: AsyncQueue<string | null>, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await sleep(Math.random() * 1000);
    const item = `Data-${i}`;
    await queue.put(item);
    console.log(`Produced: ${item}`);
  }
  // every consumer needs its own end signal (there are 2 consumers).
  // With one null, Python hangs for ever; Node does not: a pending promise keeps nothing alive,
  // so when no timer is left the process just exits (exit code 13, unsettled top-level await)
  // and the waiting consumer is dropped without a word. The bug is there, only harder to see.
  for (let k = 0; k < 2; k++) {
    await queue.put(null); // end signal
  }
}

async function consumer(queue: AsyncQueue<string | null>, id: number): Promise<void> {
  while (true) {
    const item = await queue.get();
    if (item === null) {
      queue.taskDone();
      break; // got the end signal
    }

    console.log(`Consumer-${id} got: ${item}`);
    await sleep(500);
    queue.taskDone();
  }
}

async function main(): Promise<void> {
  const queue = new AsyncQueue<string | null>();
  // start 1 producer and 2 consumers
  await Promise.all([producer(queue, 5), consumer(queue, 1), consumer(queue, 2)]);
}

await main();
