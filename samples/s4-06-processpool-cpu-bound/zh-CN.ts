import { toThread } from './thread.ts';

function cpuBoundTask(n: number): bigint {
  // 模拟耗时的 CPU 计算
  // 总和（约 3.3e20）远超 Number.MAX_SAFE_INTEGER（约 9e15），超过它 Number 就无法精确
  // 表示每个整数；用 BigInt 才能保持精确。每个 i * i（小于 1e14）用 Number 表示仍然精确。
  let total = 0n;
  for (let i = 0; i < n; i++) total += BigInt(i * i);
  return total;
}

async function main(): Promise<void> {
  // JS 没有 GIL，但一个线程一次只能做一件事：由 worker 线程（浏览器的 Web Worker、
  // Node 的 worker_threads）扮演进程池的角色，它和进程一样有自己的内存
  // 把计算任务交给另一个线程运行
  const result = await toThread(cpuBoundTask, 10 ** 7);
  console.log(`Result: ${result}`);
}

// 不需要 __name__ == "__main__" 保护：发送到线程上的只有 cpuBoundTask 的源代码
await main();
