import { toThread } from './thread.ts';

// func1 以原始碼的形式送到另一條執行緒上執行，所以不能使用外面的變數；
// 用忙碌迴圈代替 sleep(t)：它卡住的是自己所在的執行緒，而不是事件迴圈
function func1(t: number, exception: number): number {
  const end = Date.now() + t * 1000;
  while (Date.now() < end) {}
  if (exception) {
    throw new Error('error');
  }
  return t;
}

async function main(): Promise<void> {
  const start = performance.now();
  // toThread 扮演 loop.run_in_executor(pool, partial(func1, i, 0)) 的角色：
  // 每次呼叫都有自己的執行緒，就像執行緒池給四個呼叫各分配一條執行緒
  const tasks = [1, 2, 3, 4].map((i) => toThread(func1, i, 0));
  const results = await Promise.all(tasks);
  console.log(`[${results.join(', ')}]`); // 照 Python 印出串列的格式輸出
  // 四個呼叫依序執行要 1+2+3+4 = 10 秒；在四條執行緒上同時執行，只要大約 4 秒
  console.log(`used: ${((performance.now() - start) / 1000).toFixed(2)} s`);
}

await main();
