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
  // 和 3.11 起的 asyncio.wait 一样，拒绝任务以外的东西（错误信息照抄 CPython）
  if (!all.every((t) => t instanceof Task)) {
    throw new TypeError('Passing coroutines is forbidden, use tasks explicitly.');
  }
  await Promise.race(all.map((t) => t.promise.catch(() => {})));
  const done = new Set(all.filter((t) => t.done));
  const pending = new Set(all.filter((t) => !t.done));
  return { done, pending };
}

async function main(): Promise<void> {
  // JS 没有尚未运行的协程对象：一调用 func1 它就开始运行，并返回一个 Promise
  const corortines = [func1(0.3), func1(0.1), func1(0.2)];
  const tasks = corortines.map((c) => new Task(c));

  // 正确：JS 的 Set 同样不能用下标；保留传进去的任务，用 has() 判断
  const { done, pending } = await wait(tasks);
  if (pending.has(tasks[0])) {
    console.log('tasks[0] in pending');
  }
  console.log(`done: ${await [...done][0].promise}`); // 集合可以迭代：取出其中一个元素

  // 错误：pending 里放的是 Task 包装，永远不会是被包装的 Promise
  // （类型转换只是为了让 TypeScript 编译这个它已经看出毫无意义的判断）
  if (!(pending as Set<unknown>).has(corortines[0])) {
    console.log('corortines[0] not in pending');
  }
  // 而且 wait() 拒绝裸 Promise，就像 asyncio.wait 拒绝协程
  try {
    // @ts-expect-error TypeScript 在程序运行之前就拒绝了这个调用
    await wait(corortines);
  } catch (e) {
    console.log(`TypeError: ${(e as Error).message}`);
  }
}

await main();
