import { setTimeout as sleep } from 'node:timers/promises';

let data = 0; // 所有异步函数共享的计数器

// JavaScript 里也有同样的竞态，原因相同：虽然只有一个线程，但读和写之间的 await
// 让其他调用有机会在中间运行。
async function increment(): Promise<void> {
  let tempData = data;
  tempData += 1;
  await sleep(1000);
  data = tempData;
}

// 10 个调用同时各加 1：data 最后应该是 10
await Promise.all(Array.from({ length: 10 }, () => increment()));
// 结果却是 1：每个调用都在别人写回之前读到了 0，再各自写回 1（更新丢失了）
console.log(`after 10 increments: data = ${data}`);
