import { setTimeout as sleep } from 'node:timers/promises';

// `async def` with `yield` becomes an async generator function, `async function*`
async function* generate(): AsyncGenerator<number> {
  for (let i = 0; i < 10; i++) {
    await sleep(1000);
    yield i;
  }
}

async function main(): Promise<void> {
  // `async for` becomes `for await`
  for await (const i of generate()) {
    console.log(i);
  }
}

await main();
