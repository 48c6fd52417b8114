import { setTimeout as sleep } from 'node:timers/promises';

// 带 `yield` 的 `async def` 对应异步生成器函数 `async function*`
async function* generate(): AsyncGenerator<number> {
  for (let i = 0; i < 10; i++) {
    await sleep(1000);
    yield i;
  }
}

async function main(): Promise<void> {
  // `async for` 对应 `for await`
  for await (const i of generate()) {
    console.log(i);
  }
}

await main();
