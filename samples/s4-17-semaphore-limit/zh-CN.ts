import { setTimeout as sleep } from 'node:timers/promises';

// JavaScript 没有内置的信号量（semaphore）：用一个空位计数器加上一个等待队列。
class Semaphore {
  private readonly waiting: (() => void)[] = [];

  constructor(private free: number) {}

  async acquire(): Promise<void> {
    if (this.free > 0) {
      this.free -= 1;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve)); // 等待别人 release
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) {
      next(); // 把空位直接交给排在第一位的等待者
    } else {
      this.free += 1;
    }
  }
}

async function worker(sem: Semaphore, i: number): Promise<void> {
  // `async with sem` 就是先 acquire，再在 finally 里 release
  await sem.acquire(); // 只有拿到锁的才能进入
  try {
    console.log(`Worker ${i} is working...`);
    await sleep(500 + Math.random() * 1000); // random.uniform(0.5, 1.5) 秒
  } finally {
    sem.release();
  }
  console.log(`Worker ${i} finished`);
}

async function main(): Promise<void> {
  // 限制同时只能有 3 个 Worker 运行
  const sem = new Semaphore(3);

  const tasks = Array.from({ length: 10 }, (_, i) => worker(sem, i));
  await Promise.all(tasks);
}

await main();
