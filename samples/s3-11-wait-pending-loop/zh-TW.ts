import { setTimeout as sleep } from 'node:timers/promises';

async function func1(t: number): Promise<number> {
  await sleep(t * 1000);
  return t;
}

// Promise 沒辦法告訴你它是否已經完成：這裡的任務就是 Promise 加上一個 done 旗標。
class Task<T> {
  done = false;

  constructor(readonly promise: Promise<T>) {
    const finish = () => {
      this.done = true;
    };
    promise.then(finish, finish);
  }
}

// asyncio.wait(..., return_when=FIRST_COMPLETED)：等第一個完成，再把任務分成兩組。
async function wait<T>(tasks: Iterable<Task<T>>) {
  const all = [...tasks];
  await Promise.race(all.map((t) => t.promise.catch(() => {})));
  const done = new Set(all.filter((t) => t.done));
  const pending = new Set(all.filter((t) => !t.done));
  return { done, pending };
}

async function main(): Promise<void> {
  // JS 一呼叫函式，工作就開始了：Task 包裝只是加上 wait() 需要的 done 旗標
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
