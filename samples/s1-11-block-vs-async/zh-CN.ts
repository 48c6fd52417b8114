import { setTimeout as sleep } from 'node:timers/promises';

function blockDosomething(i: number): void {
  console.log(`第 ${i} 次开始`);
  // 会在这里阻塞：用忙等循环代替 time.sleep(1)，它和 time.sleep 一样会阻塞线程
  const end = Date.now() + 1000;
  while (Date.now() < end) {}
  console.log(`第 ${i} 次结束`);
}

function blockMain(): void {
  const start = Date.now();
  for (let i = 0; i < 5; i++) {
    blockDosomething(i + 1);
  }
  // 5 秒，因为每次调用函数都会阻塞 1 秒
  console.log(`block time: ${((Date.now() - start) / 1000).toFixed(2)} (s)`);
}

async function dosomething(i: number): Promise<void> {
  console.log(`第 ${i} 次开始`);
  await sleep(1000);
  console.log(`第 ${i} 次结束`);
}

async function asyncMain(): Promise<void> {
  const start = Date.now();
  // 不必包装成 task：下面每次调用都会立刻开始运行，JS 也不需要正在运行的事件循环
  const tasks = Array.from({ length: 5 }, (_, i) => dosomething(i + 1));
  // asyncio.wait 会等待全部完成，但不会抛出它们的错误：相当于 Promise.allSettled
  await Promise.allSettled(tasks);
  // 1 秒，因为每次调用时一 sleep 就交出控制权，去处理下一个函数，所以等待时间重叠了。
  console.log(`async time: ${((Date.now() - start) / 1000).toFixed(2)} (s)`);
}

blockMain();
await asyncMain();
