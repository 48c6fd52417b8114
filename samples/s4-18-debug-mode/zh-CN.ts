import { setTimeout as delay } from 'node:timers/promises';

// JavaScript 没有像 asyncio.run(main(), debug=True) 这样的调试开关。这里手动做同样的两项检查：
// - 慢回调：测量 main() 在交还事件循环之前运行了多久（它的第一步），
//   超过 0.1 秒就警告，和 asyncio 的 loop.slow_callback_duration 一样；
// - 忘了 await：运行时没有任何机制会发现。lint 规则
//   @typescript-eslint/no-floating-promises 会在代码运行之前就标出下面那一行。
//   为了打印出和 Python 一样的内容，这里的 sleep() 像协程一样是惰性的（被 await 时才开始），
//   并记录有没有人 await 过它。真正的 promise 不论是否被 await，创建时就开始执行。
const SLOW_CALLBACK_S = 0.1;
const neverAwaited = new Set<{ name: string }>();

function sleep(ms: number): PromiseLike<void> {
  const coroutine = { name: 'sleep' };
  neverAwaited.add(coroutine);
  return {
    then(onFulfilled, onRejected) {
      neverAwaited.delete(coroutine); // `await` 会调用 then()
      return delay(ms).then(onFulfilled, onRejected);
    },
  };
}

// time.sleep：用忙等循环代替，它和 time.sleep 一样会阻塞线程
function blockingSleep(ms: number): void {
  const end = Date.now() + ms;
  while (Date.now() < end) {}
}

async function main(): Promise<void> {
  blockingSleep(200); // 在 async 函数里调用会阻塞的函数，整个事件循环都会停住
  sleep(1000); // 忘了 await：sleep 创建了，却永远不会运行
}

async function runWithChecks(program: () => Promise<void>): Promise<void> {
  const start = performance.now();
  const finished = program(); // 运行到第一个 await 为止：在事件循环看来就是一步
  const seconds = (performance.now() - start) / 1000;
  if (seconds >= SLOW_CALLBACK_S) {
    console.log(`慢回调：main() 占用事件循环 ${seconds.toFixed(2)} 秒`);
  }
  await finished;
  for (const { name } of neverAwaited) {
    console.log(`RuntimeWarning: coroutine '${name}' was never awaited`);
  }
}

// 带着这两项检查运行 main()，就像 asyncio.run(main(), debug=True)
await runWithChecks(main);
