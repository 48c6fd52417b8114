/**
 * compareOutput: the golden-file comparison of the parity tests forgives what a
 * sample declares (a number within a tolerance, racing lines in either order)
 * and nothing else.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareOutput } from '../../scripts/compareOutput';

const race = { lines: ['^tick 4$', '^result$'], why: 'both due at 4 s' };
const expected = ['tick 3', 'result', 'tick 4', 'tick 5', ''].join('\n');

test('racing lines may swap places', () => {
  const actual = ['tick 3', 'tick 4', 'result', 'tick 5', ''].join('\n');
  assert.equal(compareOutput(expected, actual, { tolerances: [], races: [race] }), null);
});

test('without the race declared, the swap is a difference', () => {
  const actual = ['tick 3', 'tick 4', 'result', 'tick 5', ''].join('\n');
  assert.match(compareOutput(expected, actual, { tolerances: [] }) ?? '', /line 2 differs/);
});

test('a racing line may not move past a line outside the race', () => {
  const actual = ['tick 3', 'tick 4', 'tick 5', 'result', ''].join('\n');
  const difference = compareOutput(expected, actual, { tolerances: [], races: [race] });
  assert.match(difference ?? '', /line \d differs/);
  assert.match(difference ?? '', /lines that may swap places: \^tick 4\$ \| \^result\$ \(both due at 4 s\)/);
});

test('a missing racing line is still missing', () => {
  const actual = ['tick 3', 'tick 4', 'tick 5', ''].join('\n');
  assert.notEqual(compareOutput(expected, actual, { tolerances: [], races: [race] }), null);
});

test('a tolerance forgives a number within its bound, not beyond', () => {
  const tolerances = [{ pattern: '^used: (\\d+\\.\\d+) s$', within: 0.3, why: 'timing' }];
  assert.equal(compareOutput('used: 4.00 s\n', 'used: 4.21 s\n', { tolerances }), null);
  assert.match(compareOutput('used: 4.00 s\n', 'used: 4.41 s\n', { tolerances }) ?? '', /line 1 differs/);
});

test('unordered lines are sorted by shape, so a tolerated number may differ without reordering them', () => {
  const tolerances = [{ pattern: '^Consumer-(\\d) got: Data-\\d$', within: 1, why: 'who takes an item' }];
  const want = [
    'Produced: Data-0',
    'Consumer-1 got: Data-0',
    'Produced: Data-1',
    'Consumer-2 got: Data-1',
    '',
  ];
  const got = [
    'Produced: Data-0',
    'Produced: Data-1',
    'Consumer-2 got: Data-0',
    'Consumer-1 got: Data-1',
    '',
  ];
  const meta = { tolerances, unordered: 'random delays' };
  assert.equal(compareOutput(want.join('\n'), got.join('\n'), meta), null);
  const lost = [
    'Produced: Data-0',
    'Produced: Data-1',
    'Consumer-2 got: Data-0',
    'Consumer-1 got: Data-0',
    '',
  ];
  assert.match(compareOutput(want.join('\n'), lost.join('\n'), meta) ?? '', /differs/);
});

test('a tolerance with two groups bounds each by its own number', () => {
  const tolerances = [{ pattern: '^(\\d+\\.\\d)s thread (\\d+)$', within: [0.2, 1e20], why: 'time and id' }];
  assert.equal(compareOutput('2.0s thread 140144\n', '2.1s thread 999999\n', { tolerances }), null);
  const late = compareOutput('2.0s thread 140144\n', '2.3s thread 140144\n', { tolerances });
  assert.match(late ?? '', /line 1 differs/);
  assert.match(late ?? '', /±0\.2, ±100000000000000000000 \(time and id\)/);
});
