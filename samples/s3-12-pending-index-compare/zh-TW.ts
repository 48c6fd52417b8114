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
  // 和 3.11 起的 asyncio.wait 一樣，拒絕任務以外的東西（錯誤訊息照抄 CPython）
  if (!all.every((t) => t instanceof Task)) {
    throw new TypeError('Passing coroutines is forbidden, use tasks explicitly.');
  }
  await Promise.race(all.map((t) => t.promise.catch(() => {})));
  const done = new Set(all.filter((t) => t.done));
  const pending = new Set(all.filter((t) => !t.done));
  return { done, pending };
}

async function main(): Promise<void> {
  // JS 沒有尚未執行的協程物件：一呼叫 func1 它就開始執行，並回傳一個 Promise
  const corortines = [func1(0.3), func1(0.1), func1(0.2)];
  const tasks = corortines.map((c) => new Task(c));

  // 正確：JS 的 Set 一樣不能用索引取值；留住傳進去的任務，用 has() 檢查
  const { done, pending } = await wait(tasks);
  if (pending.has(tasks[0])) {
    console.log('tasks[0] in pending');
  }
  console.log(`done: ${await [...done][0].promise}`); // 集合可以迭代：取出其中一個元素

  // 錯誤：pending 裡放的是 Task 包裝，永遠不會是被包起來的 Promise
  // （型別轉換只是為了讓 TypeScript 編譯這個它已經看出毫無意義的檢查）
  if (!(pending as Set<unknown>).has(corortines[0])) {
    console.log('corortines[0] not in pending');
  }
  // 而且 wait() 拒絕單純的 Promise，就像 asyncio.wait 拒絕協程
  try {
    // @ts-expect-error TypeScript 在程式執行之前就拒絕了這個呼叫
    await wait(corortines);
  } catch (e) {
    console.log(`TypeError: ${(e as Error).message}`);
  }
}

await main();
