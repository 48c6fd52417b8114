import { setTimeout as sleep } from 'node:timers/promises';

async function main(): Promise<void> {
  // 会调度 console.log('Hello')：setTimeout(callback, 0) 在事件循环之后的某一轮运行它，
  // 就像 call_soon；bind() 预先固定参数，就像 functools.partial
  setTimeout(console.log.bind(console, 'Hello'), 0);
  await sleep(0); // 让事件循环转一圈，运行回调
}

await main();
