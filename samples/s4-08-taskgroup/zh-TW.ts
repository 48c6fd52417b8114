// JS 的 Promise 無法從外部取消：任務要接收群組的 AbortSignal，而這個 sleep 在訊號
// 被中止（abort）時就放棄等待（以訊號的 reason 拒絕）
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
  // JS 沒有 TaskGroup：Promise.all 會等待所有任務完成，而群組共用的 AbortController
  // 會在某個任務失敗時取消其他任務
  const group = new AbortController();
  // 建立任務（Promise 一建立就開始執行）
  const [t1, t2] = await Promise.all([
    fetchData(1, group.signal),
    fetchData(2, group.signal),
  ]).catch((error: unknown) => {
    group.abort(error); // 有任務失敗：取消其他任務
    throw error;
  });

  // 這裡可以安全地取得結果
  console.log(`Finished: ${t1}, ${t2}`);
}

await main();
