import { setTimeout as sleep } from 'node:timers/promises';

async function importantTask(): Promise<void> {
  await sleep(1000); // 例如写入 Log
  console.log('important_task: log written');
}

/** 信号一被中止，就以信号的 reason 拒绝：main() 靠它得知自己被取消了。 */
function whenAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

async function main(signal: AbortSignal): Promise<void> {
  // JS 的 Promise 无法取消：所谓的“shield”，就只是不把 main() 的信号交给受保护的工作，
  // 这样就没有任何东西能中止它
  const inner = importantTask();
  try {
    // 如果 main() 被取消，它会在这里停止等待，而 importantTask 依然会继续执行
    await Promise.race([inner, whenAborted(signal)]);
  } catch (error) {
    if (!signal.aborted) throw error;
    console.log('Main task cancelled, but shield protected the inner task');
    // 等待受保护的工作，让 main() 在它真正完成之后才结束
    await inner;
    throw error; // 再把取消向外抛出，不要吞掉它
  }
}

// 演示用：0.5 秒后取消 main()（代替按 Ctrl+C）
const controller = new AbortController();
setTimeout(() => controller.abort(), 500);
try {
  await main(controller.signal);
} catch (error) {
  if (!controller.signal.aborted) throw error;
  console.log('main() was cancelled');
}
