/**
 * The console's batcher: the first line after a quiet spell goes at once, a
 * flood goes one batch a frame, even when each batch takes longer than a frame
 * to render (it once rendered a 200,000-line flood line by line and froze the page).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createBatcher } from '../../src/components/LiveSample/createBatcher';

// Node has no frames: a 16 ms timer stands in for requestAnimationFrame.
before(() => {
  Object.assign(globalThis, {
    requestAnimationFrame: (callback: () => void) => setTimeout(callback, 16),
    cancelAnimationFrame: (handle: ReturnType<typeof setTimeout>) => clearTimeout(handle),
  });
});
after(() => {
  delete (globalThis as Partial<typeof globalThis>).requestAnimationFrame;
  delete (globalThis as Partial<typeof globalThis>).cancelAnimationFrame;
});

const nextTask = () => new Promise<void>((resolve) => setImmediate(resolve));
const busy = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

test('the first item after a quiet spell is delivered on the next microtask, not a frame later', async () => {
  const batches: number[][] = [];
  const batcher = createBatcher<number>((batch) => batches.push(batch));
  batcher.push(1);
  await Promise.resolve();
  assert.deepEqual(batches, [[1]]);
});

test('a flood whose every batch renders slower than a frame still goes in a few batches', async () => {
  const batches: number[][] = [];
  const batcher = createBatcher<number>((batch) => {
    batches.push(batch);
    busy(25); // a render of a long console
  });
  for (let i = 0; i < 300; i++) {
    batcher.push(i); // one message event per line, as the sandbox sends them
    await nextTask();
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(batches.flat().length, 300);
  assert.ok(batches.length < 30, `${batches.length} batches for 300 items`);
});
