/**
 * How parity's runs are scheduled (tests/parity): the sleeping runs at most `slots` at once, each
 * started `spacingMs` after the one before, the longest-running samples first; the runAlone runs
 * each with the cores it keeps busy to itself, in order.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sharedSlots, limiter } from '../parity/limit';
import { longestFirst } from '../parity/runSeconds';

test('the limiter runs at most its slots at once, starts them spaced, and every task ends', async () => {
  const limit = limiter(3, 20);
  let running = 0;
  let most = 0;
  const starts: number[] = [];
  const results = await Promise.all(
    Array.from({ length: 8 }, (_, i) =>
      limit(async () => {
        starts.push(performance.now());
        most = Math.max(most, ++running);
        await new Promise((resolve) => setTimeout(resolve, 50));
        running--;
        return i;
      }),
    ),
  );
  assert.deepEqual(results, [0, 1, 2, 3, 4, 5, 6, 7]);
  assert.equal(most, 3);
  // Each start is spaced from the last one's, but a timer may fire a millisecond early against
  // performance.now() and a task begins a few microtasks after its start: a few ms of slack (without
  // the spacing, starts come well under 1 ms apart).
  const gaps = starts.slice(1).map((start, i) => start - starts[i]);
  assert.ok(
    gaps.every((gap) => gap >= 16),
    `starts ${gaps.map((gap) => gap.toFixed(1)).join(', ')} ms apart`,
  );
});

test('a failing task frees its slot', async () => {
  const limit = limiter(1);
  await assert.rejects(
    limit(() => Promise.reject(new Error('boom'))),
    /boom/,
  );
  assert.equal(await limit(() => Promise.resolve('next')), 'next');
});

test('the samples run longest first, a sample never measured before all', () => {
  assert.deepEqual(longestFirst(['short', 'new', 'long'], { short: 1.2, long: 21.1 }), [
    'new',
    'long',
    'short',
  ]);
});

test('the shared slots run two one-slot tasks side by side, and a task that wants every slot alone, in order', async () => {
  const share = sharedSlots(2);
  const log: string[] = [];
  const run = (name: string, ms: number) => async () => {
    log.push(`${name} starts`);
    await new Promise((resolve) => setTimeout(resolve, ms));
    log.push(`${name} ends`);
    return name;
  };
  const results = await Promise.all([
    share(1, run('a', 30)),
    share(1, run('b', 10)),
    share(2, run('all', 10)),
    share(1, run('c', 10)),
    share(5, run('more than there are', 10)),
  ]);
  assert.deepEqual(results, ['a', 'b', 'all', 'c', 'more than there are']);
  assert.deepEqual(log, [
    'a starts',
    'b starts',
    'b ends',
    'a ends',
    'all starts',
    'all ends',
    'c starts',
    'c ends',
    'more than there are starts',
    'more than there are ends',
  ]);
});

test('a failing task gives its slots back', async () => {
  const share = sharedSlots(2);
  await assert.rejects(
    share(2, () => Promise.reject(new Error('boom'))),
    /boom/,
  );
  assert.equal(await share(2, () => Promise.resolve('next')), 'next');
});
