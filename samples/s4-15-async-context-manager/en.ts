import { setTimeout as sleep } from 'node:timers/promises';

// JavaScript has no `async with`: the resource gets explicit async enter and exit methods,
// and the caller runs exit in `finally`, so it runs even when the block throws.
// The modern form is `await using r = new AsyncResource()` with an async [Symbol.asyncDispose]()
// method (TypeScript 5.2+); Node 20 and some browsers do not support it yet.
class AsyncResource {
  async enter(): Promise<this> {
    console.log('Async entering...');
    await sleep(100);
    return this;
  }

  async exit(): Promise<void> {
    console.log('Async exiting...');
    await sleep(100);
  }
}

async function main(): Promise<void> {
  const resource = new AsyncResource();
  const r = await resource.enter(); // __aenter__: its result is what `as r` binds
  try {
    console.log('Inside block');
  } finally {
    await r.exit(); // __aexit__
  }
}

await main();
