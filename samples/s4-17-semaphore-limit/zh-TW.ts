import { setTimeout as sleep } from 'node:timers/promises';

// JavaScript 沒有內建的號誌（semaphore）：用一個空位計數器加上一個等待佇列。
class Semaphore {
  private readonly waiting: (() => void)[] = [];

  constructor(private free: number) {}

  async acquire(): Promise<void> {
    if (this.free > 0) {
      this.free -= 1;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve)); // 等別人 release
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) {
      next(); // 把空位直接交給排第一個的等待者
    } else {
      this.free += 1;
    }
  }
}

async function worker(sem: Semaphore, i: number): Promise<void> {
  // `async with sem` 就是先 acquire，再於 finally 裡 release
  await sem.acquire(); // 只有拿到鎖的才能進入
  try {
    console.log(`Worker ${i} is working...`);
    await sleep(500 + Math.random() * 1000); // random.uniform(0.5, 1.5) 秒
  } finally {
    sem.release();
  }
  console.log(`Worker ${i} finished`);
}

async function main(): Promise<void> {
  // 限制同時只能有 3 個 Worker 執行
  const sem = new Semaphore(3);

  const tasks = Array.from({ length: 10 }, (_, i) => worker(sem, i));
  await Promise.all(tasks);
}

await main();
