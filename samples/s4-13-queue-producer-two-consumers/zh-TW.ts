import { setTimeout as sleep } from 'node:timers/promises';

// asyncio.Queue 的精簡版，只有這個程式用到的 put、get 和 taskDone。
class AsyncQueue<T> {
  private readonly items: T[] = [];
  private readonly getters: ((item: T) => void)[] = [];
  private unfinished = 0; // join()（這裡沒用到）會等它歸零

  async put(item: T): Promise<void> {
    this.unfinished += 1;
    const getter = this.getters.shift();
    if (getter) {
      getter(item); // 有消費者在等：直接把項目交給它
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
  // 每個消費者都要收到一個結束信號（這裡有 2 個消費者）。
  // 只放一個 null 時，Python 會永遠卡住；Node 不會：等待中的 promise 不會讓程式繼續活著，
  // 所以計時器都跑完後，行程就直接結束（結束代碼 13，頂層 await 沒有完成），
  // 還在等的消費者就這樣被默默丟下。錯誤依然存在，只是更難發現。
  for (let k = 0; k < 2; k++) {
    await queue.put(null); // 結束信號
  }
}

async function consumer(queue: AsyncQueue<string | null>, id: number): Promise<void> {
  while (true) {
    const item = await queue.get();
    if (item === null) {
      queue.taskDone();
      break; // 收到結束信號
    }

    console.log(`Consumer-${id} got: ${item}`);
    await sleep(500);
    queue.taskDone();
  }
}

async function main(): Promise<void> {
  const queue = new AsyncQueue<string | null>();
  // 啟動 1 個生產者，2 個消費者
  await Promise.all([producer(queue, 5), consumer(queue, 1), consumer(queue, 2)]);
}

await main();
