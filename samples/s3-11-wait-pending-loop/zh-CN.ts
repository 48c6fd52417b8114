import { setTimeout as sleep } from 'node:timers/promises';

async function func1(t: number): Promise<number> {
  await sleep(t * 1000);
  return t;
}

// Promise 无法告诉你它是否已经完成：这里的任务就是 Promise 加上一个 done 标志。
class Task<T> {
  done = false;

  constructor(readonly promise: Promise<T>) {
    const finish = () => {
      this.done = true;
    };
    promise.then(finish, finish);
  }
}

// asyncio.wait(..., return_when=FIRST_COMPLETED)：等第一个完成，再把任务分成两组。
async function wait<T>(tasks: Iterable<Task<T>>) {
  const all = [...tasks];
  await Promise.race(all.map((t) => t.promise.catch(() => {})));
  const done = new Set(all.filter((t) => t.done));
  const pending = new Set(all.filter((t) => !t.done));
  return { done, pending };
}

async function main(): Promise<void> {
  // JS 调用函数时工作就已开始：Task 包装只是加上 wait() 需要的 done 标志
  const tasks = [3, 1, 2].map((t) => new Task(func1(t)));
  let pending = new Set(tasks);
  while (pending.size > 0) {
    const result = await wait(pending);
    pending = result.pending;
    for (const task of result.done) {
      console.log(await task.promise);
    }
  }
}

await main();
