import { setTimeout as delay } from 'node:timers/promises';

// JavaScript 沒有像 asyncio.run(main(), debug=True) 這樣的除錯開關。這裡自己做同樣的兩項檢查：
// - 慢速回呼：量 main() 在交還事件迴圈之前跑了多久（它的第一步），
//   超過 0.1 秒就警告，和 asyncio 的 loop.slow_callback_duration 一樣；
// - 忘了 await：執行時沒有任何東西會發現。lint 規則
//   @typescript-eslint/no-floating-promises 會在程式執行之前就標出下面那一行。
//   為了印出和 Python 一樣的內容，這裡的 sleep() 像協程一樣是惰性的（被 await 時才開始），
//   並記住有沒有人 await 過它。真正的 promise 不論有沒有被 await，建立時就開始執行。
const SLOW_CALLBACK_S = 0.1;
const neverAwaited = new Set<{ name: string }>();

function sleep(ms: number): PromiseLike<void> {
  const coroutine = { name: 'sleep' };
  neverAwaited.add(coroutine);
  return {
    then(onFulfilled, onRejected) {
      neverAwaited.delete(coroutine); // `await` 會呼叫 then()
      return delay(ms).then(onFulfilled, onRejected);
    },
  };
}

// time.sleep：用忙碌迴圈代替，它和 time.sleep 一樣會卡住執行緒
function blockingSleep(ms: number): void {
  const end = Date.now() + ms;
  while (Date.now() < end) {}
}

async function main(): Promise<void> {
  blockingSleep(200); // 在 async 函式裡呼叫會卡住的函式，整個事件迴圈都會停住
  sleep(1000); // 忘了 await：sleep 建立了，卻永遠不會執行
}

async function runWithChecks(program: () => Promise<void>): Promise<void> {
  const start = performance.now();
  const finished = program(); // 執行到第一個 await 為止：在事件迴圈看來就是一步
  const seconds = (performance.now() - start) / 1000;
  if (seconds >= SLOW_CALLBACK_S) {
    console.log(`慢速回呼：main() 佔住事件迴圈 ${seconds.toFixed(2)} 秒`);
  }
  await finished;
  for (const { name } of neverAwaited) {
    console.log(`RuntimeWarning: coroutine '${name}' was never awaited`);
  }
}

// 帶著這兩項檢查執行 main()，就像 asyncio.run(main(), debug=True)
await runWithChecks(main);
