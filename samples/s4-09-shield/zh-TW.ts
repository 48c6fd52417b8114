import { setTimeout as sleep } from 'node:timers/promises';

async function importantTask(): Promise<void> {
  await sleep(1000); // 例如寫入 Log
  console.log('important_task: log written');
}

/** 訊號一被中止，就以訊號的 reason 拒絕：main() 靠它得知自己被取消了。 */
function whenAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

async function main(signal: AbortSignal): Promise<void> {
  // JS 的 Promise 無法取消：所謂的「shield」，就只是不把 main() 的訊號交給受保護的工作，
  // 這樣就沒有任何東西能中止它
  const inner = importantTask();
  try {
    // 如果 main() 被取消，它會在這裡停止等待，而 importantTask 依然會繼續執行
    await Promise.race([inner, whenAborted(signal)]);
  } catch (error) {
    if (!signal.aborted) throw error;
    console.log('Main task cancelled, but shield protected the inner task');
    // 等待受保護的工作，讓 main() 在它真的做完之後才結束
    await inner;
    throw error; // 再把取消往外拋，不要吞掉它
  }
}

// 示範用：0.5 秒後取消 main()（代替按 Ctrl+C）
const controller = new AbortController();
setTimeout(() => controller.abort(), 500);
try {
  await main(controller.signal);
} catch (error) {
  if (!controller.signal.aborted) throw error;
  console.log('main() was cancelled');
}
