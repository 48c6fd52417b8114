import { setTimeout as delay } from 'node:timers/promises';

// JavaScript has no debug switch like asyncio.run(main(), debug=True). The same two checks, by hand:
// - slow callback: time how long main() ran before giving the event loop back (its first step),
//   and warn above 0.1 s, as asyncio's loop.slow_callback_duration does;
// - forgotten await: nothing notices at run time. The lint rule
//   @typescript-eslint/no-floating-promises flags the line below before the code ever runs.
//   To print what Python prints, sleep() here is lazy like a coroutine (it starts when awaited)
//   and remembers whether anyone awaited it. A real promise starts at once, awaited or not.
const SLOW_CALLBACK_S = 0.1;
const neverAwaited = new Set<{ name: string }>();

function sleep(ms: number): PromiseLike<void> {
  const coroutine = { name: 'sleep' };
  neverAwaited.add(coroutine);
  return {
    then(onFulfilled, onRejected) {
      neverAwaited.delete(coroutine); // `await` calls then()
      return delay(ms).then(onFulfilled, onRejected);
    },
  };
}

// time.sleep: a busy loop, which blocks the thread as time.sleep does
function blockingSleep(ms: number): void {
  const end = Date.now() + ms;
  while (Date.now() < end) {}
}

async function main(): Promise<void> {
  blockingSleep(200); // a blocking call inside an async function stalls the whole event loop
  sleep(1000); // a forgotten await: the sleep is made, but never runs
}

async function runWithChecks(program: () => Promise<void>): Promise<void> {
  const start = performance.now();
  const finished = program(); // runs up to its first await: one step, as the loop sees it
  const seconds = (performance.now() - start) / 1000;
  if (seconds >= SLOW_CALLBACK_S) {
    console.log(`slow callback: main() held the event loop for ${seconds.toFixed(2)} s`);
  }
  await finished;
  for (const { name } of neverAwaited) {
    console.log(`RuntimeWarning: coroutine '${name}' was never awaited`);
  }
}

// runs main() with the two checks, like asyncio.run(main(), debug=True)
await runWithChecks(main);
