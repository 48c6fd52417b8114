import { setTimeout as sleep } from 'node:timers/promises';

async function sayAfter(delay: number, what: string): Promise<void> {
  await sleep(delay * 1000);
  console.log(what);
}

async function mainCoroutine(): Promise<void> {
  await sayAfter(1, 'hello');
  await sayAfter(2, 'world');
  // 每次呼叫都 await 完才開始下一個，不會節省時間：3 秒
}

async function mainCreateTask(): Promise<void> {
  // asyncio.create_task：在 JS 裡，呼叫非同步函式時它就已經開始執行了
  const task1 = sayAfter(1, 'hello');
  const task2 = sayAfter(2, 'world');
  await task1;
  await task2;
  // 兩個都在第一次 await 之前就開始了，可節省時間：2 秒
}

async function mainGather(): Promise<void> {
  // 和 Python 的協程物件不同，c1 和 c2 在這裡已經在執行了，
  // 所以在 JS 裡這個寫法和上一個其實是同一回事
  const c1 = sayAfter(1, 'hello');
  const c2 = sayAfter(2, 'world');
  await Promise.all([c1, c2]); // Promise.all 相當於 asyncio.gather
  // 使用 gather 也可節省時間：2 秒
}

async function timeElapsed(func: () => Promise<void>): Promise<void> {
  const start = performance.now();
  await func(); // asyncio.run(func())：JS 不需要另外找個迴圈來執行它
  console.log(`used: ${((performance.now() - start) / 1000).toFixed(2)} s`);
}

await timeElapsed(mainCoroutine);
await timeElapsed(mainCreateTask);
await timeElapsed(mainGather);
