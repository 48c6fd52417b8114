import { toThread } from './thread.ts';

function cpuBoundTask(n: number): bigint {
  // 模擬耗時的 CPU 計算
  // 總和（約 3.3e20）遠超過 Number.MAX_SAFE_INTEGER（約 9e15），超過它 Number 就無法精確
  // 表示每個整數；用 BigInt 才能保持精確。每個 i * i（小於 1e14）用 Number 表示仍然精確。
  let total = 0n;
  for (let i = 0; i < n; i++) total += BigInt(i * i);
  return total;
}

async function main(): Promise<void> {
  // JS 沒有 GIL，但一條執行緒一次只能做一件事：由 worker 執行緒（瀏覽器的 Web Worker、
  // Node 的 worker_threads）扮演行程池的角色，它和行程一樣有自己的記憶體
  // 將計算任務丟到另一條執行緒跑
  const result = await toThread(cpuBoundTask, 10 ** 7);
  console.log(`Result: ${result}`);
}

// 不需要 __name__ == "__main__" 保護：送到執行緒上的只有 cpuBoundTask 的原始碼
await main();
