import { setTimeout as sleep } from 'node:timers/promises';

// asyncio.Queue(maxsize), cut down to what this program uses: put waits while the queue is full,
// get waits while it is empty, and taskDone/join count the items not yet processed.
class Queue<T> {
  private readonly items: T[] = [];
  private readonly getters: ((item: T) => void)[] = [];
  private readonly putters: (() => void)[] = [];
  private readonly joiners: (() => void)[] = [];
  private unfinished = 0;

  constructor(private readonly maxsize = 0) {}

  async put(item: T): Promise<void> {
    while (this.maxsize > 0 && this.items.length >= this.maxsize) {
      await new Promise<void>((resolve) => this.putters.push(resolve)); // full: wait for a get
    }
    this.unfinished += 1;
    const getter = this.getters.shift();
    if (getter) {
      getter(item); // a consumer is waiting: hand it the item
    } else {
      this.items.push(item);
    }
  }

  // A promise cannot be cancelled from outside: the signal stands in for task.cancel().
  get(signal: AbortSignal): Promise<T> {
    if (this.items.length > 0) {
      const item = this.items.shift() as T;
      this.putters.shift()?.(); // a place is free: wake a waiting producer
      return Promise.resolve(item);
    }
    return new Promise<T>((resolve, reject) => {
      const getter = (item: T) => {
        signal.removeEventListener('abort', cancel);
        resolve(item);
      };
      const cancel = () => {
        this.getters.splice(this.getters.indexOf(getter), 1);
        reject(signal.reason);
      };
      this.getters.push(getter); // empty: wait for a put
      signal.addEventListener('abort', cancel, { once: true });
    });
  }

  taskDone(): void {
    this.unfinished -= 1;
    if (this.unfinished === 0) {
      this.joiners.splice(0).forEach((resolve) => resolve());
    }
  }

  async join(): Promise<void> {
    if (this.unfinished > 0) {
      await new Promise<void>((resolve) => this.joiners.push(resolve));
    }
  }
}

async function consumer(queue: Queue<number>, signal: AbortSignal): Promise<void> {
  while (true) {
    const item = await queue.get(signal);
    await sleep(2000);
    console.log(`Consumer get ${item}`);
    queue.taskDone(); // the consumer reports each item it has finished with
  }
}

async function producer(queue: Queue<number>): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await queue.put(i);
    console.log(`Producer put ${i}`);
    await sleep(1000);
  }
}

async function main(): Promise<void> {
  const queue = new Queue<number>(2);
  const controller = new AbortController();
  const consumerTask = consumer(queue, controller.signal);
  const producerTask = producer(queue);
  await producerTask; // every item is in the queue
  await queue.join(); // every item is processed: taskDone() was called once per item
  controller.abort(); // the consumer loops for ever, waiting for more: cancel it
  await consumerTask.catch(() => {}); // it rejects, as a cancelled task raises CancelledError
}

await main();
