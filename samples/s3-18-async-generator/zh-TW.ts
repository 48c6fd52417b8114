import { setTimeout as sleep } from 'node:timers/promises';

// 帶 `yield` 的 `async def` 對應非同步產生器函式 `async function*`
async function* generate(): AsyncGenerator<number> {
  for (let i = 0; i < 10; i++) {
    await sleep(1000);
    yield i;
  }
}

async function main(): Promise<void> {
  // `async for` 對應 `for await`
  for await (const i of generate()) {
    console.log(i);
  }
}

await main();
