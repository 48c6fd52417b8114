import { setTimeout as sleep } from 'node:timers/promises';

// asyncio.Queue(maxsize) 的精简版，只保留本程序用到的部分：队列满时 put 等待，
// 队列空时 get 等待，taskDone/join 统计还没处理完的元素。
class Queue<T> {
  private readonly items: T[] = [];
  private readonly getters: ((item: T) => void)[] = [];
  private readonly putters: (() => void)[] = [];
  private readonly joiners: (() => void)[] = [];
  private unfinished = 0;

  constructor(private readonly maxsize = 0) {}

  async put(item: T): Promise<void> {
    while (this.maxsize > 0 && this.items.length >= this.maxsize) {
      await new Promise<void>((resolve) => this.putters.push(resolve)); // 满了：等一次 get
    }
    this.unfinished += 1;
    const getter = this.getters.shift();
    if (getter) {
      getter(item); // 有消费者在等：直接把元素交给它
    } else {
      this.items.push(item);
    }
  }

  // Promise 无法从外部取消：用 signal 代替 task.cancel()。
  get(signal: AbortSignal): Promise<T> {
    if (this.items.length > 0) {
      const item = this.items.shift() as T;
      this.putters.shift()?.(); // 空出了一个位置：唤醒一个在等的生产者
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
      this.getters.push(getter); // 空了：等一次 put
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
    queue.taskDone(); // 由消费者在处理完每个元素后通知队列
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
  await producerTask; // 所有元素都已放进队列
  await queue.join(); // 所有元素都已处理完：每个元素都调用过一次 taskDone()
  controller.abort(); // 消费者是个无限循环，还在等下一个元素：取消它
  await consumerTask.catch(() => {}); // 它会以拒绝结束，就像被取消的任务抛出 CancelledError
}

await main();
