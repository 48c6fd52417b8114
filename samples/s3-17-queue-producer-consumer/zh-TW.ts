import { setTimeout as sleep } from 'node:timers/promises';

// asyncio.Queue(maxsize) 的精簡版，只保留這個程式用到的部分：佇列滿了 put 就等待，
// 佇列空了 get 就等待，taskDone/join 計算還沒處理完的元素。
class Queue<T> {
  private readonly items: T[] = [];
  private readonly getters: ((item: T) => void)[] = [];
  private readonly putters: (() => void)[] = [];
  private readonly joiners: (() => void)[] = [];
  private unfinished = 0;

  constructor(private readonly maxsize = 0) {}

  async put(item: T): Promise<void> {
    while (this.maxsize > 0 && this.items.length >= this.maxsize) {
      await new Promise<void>((resolve) => this.putters.push(resolve)); // 滿了：等一次 get
    }
    this.unfinished += 1;
    const getter = this.getters.shift();
    if (getter) {
      getter(item); // 有消費者在等：直接把元素交給它
    } else {
      this.items.push(item);
    }
  }

  // Promise 沒辦法從外部取消：用 signal 代替 task.cancel()。
  get(signal: AbortSignal): Promise<T> {
    if (this.items.length > 0) {
      const item = this.items.shift() as T;
      this.putters.shift()?.(); // 空出一個位置：喚醒一個在等的生產者
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
    queue.taskDone(); // 由消費者在處理完每個元素後通知佇列
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
  await producerTask; // 所有元素都已放進佇列
  await queue.join(); // 所有元素都已處理完：每個元素都呼叫過一次 taskDone()
  controller.abort(); // 消費者是個無窮迴圈，還在等下一個元素：取消它
  await consumerTask.catch(() => {}); // 它會以拒絕結束，就像被取消的任務拋出 CancelledError
}

await main();
