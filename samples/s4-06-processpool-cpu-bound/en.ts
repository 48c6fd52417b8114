import { toThread } from './thread.ts';

function cpuBoundTask(n: number): bigint {
  // simulates a time-consuming CPU computation
  // The sum (about 3.3e20) is far beyond Number.MAX_SAFE_INTEGER (about 9e15), past which a Number
  // cannot hold every integer exactly; a BigInt can. Each i * i (under 1e14) is still exact.
  let total = 0n;
  for (let i = 0; i < n; i++) total += BigInt(i * i);
  return total;
}

async function main(): Promise<void> {
  // JS has no GIL, but one thread runs one thing at a time: a worker thread (a Web Worker, or
  // worker_threads in Node) plays the part of the process pool, with its own memory like a process
  // hand the computation to another thread
  const result = await toThread(cpuBoundTask, 10 ** 7);
  console.log(`Result: ${result}`);
}

// no __name__ == "__main__" guard needed: only cpuBoundTask's source travels to the thread
await main();
