import { setTimeout as sleep } from 'node:timers/promises';

// asyncio.Queue 的精简版，只有这个程序用到的 put、get 和 taskDone。
class AsyncQueue<T> {
  private readonly items: T[] = [];
  private readonly getters: ((item: T) => void)[] = [];
  private unfinished = 0; // join()（这里没用到）会等它归零

  async put(item: T): Promise<void> {
    this.unfinished += 1;
    const getter = this.getters.shift();
    if (getter) {
      getter(item); // 有消费者在等：直接把数据项交给它
    } else {
      this.items.push(item);
    }
  }

  async get(): Promise<T> {
    if (this.items.length > 0) return this.items.shift() as T;
    return new Promise<T>((resolve) => this.getters.push(resolve)); // 等待 put
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
  // 每个消费者都要收到一个结束信号（这里有 2 个消费者）。
  // 只放一个 null 时，Python 会永远卡住；Node 不会：等待中的 promise 不会让程序继续运行，
  // 所以定时器都执行完后，进程就直接退出（退出码 13，顶层 await 没有完成），
  // 还在等待的消费者就这样被悄悄丢下。bug 依然存在，只是更难发现。
  for (let k = 0; k < 2; k++) {
    await queue.put(null); // 结束信号
  }
}

async function consumer(queue: AsyncQueue<string | null>, id: number): Promise<void> {
  while (true) {
    const item = await queue.get();
    if (item === null) {
      queue.taskDone();
      break; // 收到结束信号
    }

    console.log(`Consumer-${id} got: ${item}`);
    await sleep(500);
    queue.taskDone();
  }
}

async function main(): Promise<void> {
  const queue = new AsyncQueue<string | null>();
  // 启动 1 个生产者，2 个消费者
  await Promise.all([producer(queue, 5), consumer(queue, 1), consumer(queue, 2)]);
}

await main();
