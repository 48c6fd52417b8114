// JS 的 Promise 无法从外部取消：任务要接收任务组的 AbortSignal，而这个 sleep 在信号
// 被中止（abort）时就放弃等待（以信号的 reason 拒绝）
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

async function fetchData(n: number, signal: AbortSignal): Promise<string> {
  await sleep(100 * n, signal);
  return `data${n}`;
}

async function main(): Promise<void> {
  // JS 没有 TaskGroup：Promise.all 会等待所有任务完成，而任务组共用的 AbortController
  // 会在某个任务失败时取消其他任务
  const group = new AbortController();
  // 创建任务（Promise 一创建就开始执行）
  const [t1, t2] = await Promise.all([
    fetchData(1, group.signal),
    fetchData(2, group.signal),
  ]).catch((error: unknown) => {
    group.abort(error); // 有任务失败：取消其他任务
    throw error;
  });

  // 这里可以安全地获取结果
  console.log(`Finished: ${t1}, ${t2}`);
}

await main();
