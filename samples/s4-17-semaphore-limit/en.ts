import { setTimeout as sleep } from 'node:timers/promises';

// JavaScript has no built-in semaphore: a counter of free slots and a queue of waiters.
class Semaphore {
  private readonly waiting: (() => void)[] = [];

  constructor(private free: number) {}

  async acquire(): Promise<void> {
    if (this.free > 0) {
      this.free -= 1;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve)); // wait for a release
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) {
      next(); // hand the slot straight to the first waiter
    } else {
      this.free += 1;
    }
  }
}

async function worker(sem: Semaphore, i: number): Promise<void> {
  // `async with sem` is acquire, then release in finally
  await sem.acquire(); // only a holder of the semaphore gets in
  try {
    console.log(`Worker ${i} is working...`);
    await sleep(500 + Math.random() * 1000); // random.uniform(0.5, 1.5) seconds
  } finally {
    sem.release();
  }
  console.log(`Worker ${i} finished`);
}

async function main(): Promise<void> {
  // at most 3 workers run at the same time
  const sem = new Semaphore(3);

  const tasks = Array.from({ length: 10 }, (_, i) => worker(sem, i));
  await Promise.all(tasks);
}

await main();
