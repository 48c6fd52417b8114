/** The compare view's line diff: equal outputs (timings aside) match line for line; a difference is marked on its side. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diffLines } from '../../src/components/LiveSample/pairOutputs';

test('outputs that differ only in their numbers are the same, line for line', () => {
  const rows = diffLines(
    ['Sync Total: 3.01s', 'Async Total: 1.00s'],
    ['Sync Total: 3.00s', 'Async Total: 1.02s'],
  );
  assert.deepEqual(
    rows.map((row) => row.side),
    ['both', 'both'],
  );
});

test('a missing, an extra and a changed line are each marked on their own side', () => {
  const rows = diffLines(['a', 'b', 'c', 'd'], ['a', 'c', 'x', 'd', 'e']);
  assert.deepEqual(
    rows.map((row) => `${row.side}:${row.text}`),
    ['both:a', 'python:b', 'both:c', 'typescript:x', 'both:d', 'typescript:e'],
  );
});

test('one side empty: every line is that of the other', () => {
  assert.deepEqual(
    diffLines([], ['only']).map((row) => row.side),
    ['typescript'],
  );
});
