/**
 * The TypeScript recorder (src/runner/engine/recordSpans.ts) on real twins and on the lane rule's
 * edges, run through the same bundled engine the page's sandbox runs.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { variantFile } from '../../plugins/sampleFiles';
import { SPAN_LIMIT, type RunEvent, type Span } from '../../src/runner/engine/protocol';
import { BUSY_MS } from '../../src/runner/engine/recordSpans';
import { runInNode } from '../../src/runner/node/runInNode';
import { axisTicks, layoutLanes, mostAtOnce } from '../../src/components/LiveSample/timelineLayout';

/** Each span's last version (ended ones have their end), in begin order. */
function spansOf(events: RunEvent[]): Span[] {
  const spans = new Map<number, Span>();
  for (const event of events) if (event.type === 'span') spans.set(event.span.id, event.span);
  return [...spans.values()];
}

const ofKind = (spans: Span[], kind: Span['kind']) => spans.filter((span) => span.kind === kind);

const twin = (id: string) => readFileSync(variantFile(id, 'en', 'ts'), 'utf8');

describe('the recorder on real twins', () => {
  test('s4-01: the blocking part is blocks one after another in syncSleep, then three waits overlap', async () => {
    const spans = spansOf((await runInNode(twin('s4-01-sync-vs-async-timing'))).events);
    const busy = ofKind(spans, 'busy').filter((span) => span.lane === 'syncSleep');
    const waits = ofKind(spans, 'wait');
    const blocked = busy.reduce((sum, span) => sum + (span.end! - span.start), 0);
    assert.ok(blocked >= 2900, `syncSleep blocked for ${blocked} ms; three 1 s busy loops`);
    for (const [earlier, later] of busy.slice(1).map((span, i) => [busy[i], span])) {
      assert.ok(later.start >= earlier.end!, 'blocks do not overlap');
    }
    assert.deepEqual(
      waits.map((wait) => [wait.lane, wait.label]),
      Array(3).fill(['asyncSleep', 'sleep(1000)']),
    );
    assert.equal(mostAtOnce(waits), 3, 'the three sleeps of Promise.all overlap');
    assert.ok(
      Math.min(...waits.map((wait) => wait.start)) >= busy.at(-1)!.end!,
      'waits begin after the blocking',
    );
    assert.ok(
      waits.every((wait) => wait.line === 11),
      'each wait points at `return sleep(1000)`',
    );
  });

  test('s4-17: a semaphore of 3 never lets more than three sleeps run at once', async () => {
    const run = await runInNode(twin('s4-17-semaphore-limit'));
    const waits = ofKind(spansOf(run.events), 'wait');
    assert.equal(waits.length, 10);
    assert.equal(mostAtOnce(waits), 3);
    assert.ok(waits.every((wait) => wait.lane === 'worker' && wait.end !== null));
  });

  test('s1-03: awaited one by one the sleeps are a staircase; as tasks they overlap', async () => {
    const waits = ofKind(spansOf((await runInNode(twin('s1-03-say-after-timing'))).events), 'wait');
    assert.equal(waits.length, 6);
    const [first, second] = waits;
    assert.ok(second.start >= first.end!, 'sequential: the second starts when the first ends');
    assert.equal(mostAtOnce(waits.slice(0, 2)), 1);
    assert.equal(mostAtOnce(waits.slice(2, 4)), 2);
    assert.equal(mostAtOnce(waits.slice(4, 6)), 2);
  });

  test('s1-09-to-thread-fix, its threads shortened: each thread is a lane of its own, and they overlap', async () => {
    // The twin's own 3 s busy loops cannot be fast-forwarded: 300 ms keeps the same shape.
    const source = twin('s1-09-to-thread-fix').replace('Date.now() + 3000', 'Date.now() + 300');
    const spans = spansOf((await runInNode(source)).events);
    const threads = ofKind(spans, 'thread');
    assert.deepEqual(threads.map((thread) => thread.lane).sort(), ['thread:1', 'thread:2', 'thread:3']);
    assert.equal(mostAtOnce(threads), 3);
    assert.ok(
      threads.every((thread) => thread.end! - thread.start >= 300),
      'each lives through its busy loop',
    );
    assert.equal(mostAtOnce(ofKind(spans, 'wait')), 3, 'then the three sleeps overlap');
  });
});

describe('the lane rule', () => {
  test('a wait belongs to the innermost named function; anonymous callbacks and the top level do not name one', async () => {
    const run = await runInNode(
      [
        "import { setTimeout as sleep } from 'node:timers/promises';",
        'async function outer() {',
        '  await Promise.all([1, 2].map(async (n) => { await sleep(n); }));',
        '}',
        'await outer();',
        'setTimeout(() => console.log("top"), 5);',
      ].join('\n'),
    );
    const waits = ofKind(spansOf(run.events), 'wait');
    assert.deepEqual(
      waits.map((wait) => [wait.lane, wait.label, wait.line]),
      [
        ['outer', 'sleep(1)', 3],
        ['outer', 'sleep(2)', 3],
        [null, 'setTimeout(5)', 6],
      ],
    );
    const line = run.events.find((event) => event.type === 'line');
    assert.equal(line?.type === 'line' && line.lane, null, 'printed from a callback at the top level');
  });

  test('a cleared timer ends as cancelled; an aborted sleep too', async () => {
    const run = await runInNode(
      [
        "import { setTimeout as sleep } from 'node:timers/promises';",
        'const id = setTimeout(() => {}, 1000);',
        'setTimeout(() => clearTimeout(id), 10);',
        'const controller = new AbortController();',
        'setTimeout(() => controller.abort(), 20);',
        'await sleep(5000, undefined, { signal: controller.signal }).catch(() => {});',
      ].join('\n'),
    );
    const waits = ofKind(spansOf(run.events), 'wait');
    const outcome = (label: string) => waits.find((wait) => wait.label === label);
    assert.equal(outcome('setTimeout(1000)')?.outcome, 'cancelled');
    const cleared = outcome('setTimeout(1000)')!;
    assert.ok(Math.abs(cleared.end! - cleared.start - 10) < 5, 'ended when cleared, 10 ms after it was set');
    assert.equal(outcome('sleep(5000)')?.outcome, 'cancelled');
    assert.equal(outcome('setTimeout(10)')?.outcome, undefined);
  });

  test('work that never reads the clock is drawn in the lane of the timer that woke it', async () => {
    const run = await runInNode(
      [
        "import { setTimeout as sleep } from 'node:timers/promises';",
        'async function crunch() {',
        '  await sleep(10);',
        '  let x = 0;',
        '  for (let i = 0; i < 3e8; i++) x += i;',
        '  return x;',
        '}',
        'await crunch();',
      ].join('\n'),
      { fastForward: false },
    );
    const busy = ofKind(spansOf(run.events), 'busy');
    assert.equal(busy.length, 1);
    assert.equal(busy[0].lane, 'crunch');
    assert.ok(busy[0].end! - busy[0].start >= BUSY_MS);
  });

  test(`a run records at most ${SPAN_LIMIT} spans and says so once`, async () => {
    const run = await runInNode(`for (let i = 0; i < ${SPAN_LIMIT + 100}; i++) setTimeout(() => {}, 0);`);
    assert.equal(spansOf(run.events).length, SPAN_LIMIT);
    assert.equal(run.events.filter((event) => event.type === 'spans-capped').length, 1);
    assert.equal(run.status, 'done');
  });
});

describe('the layout', () => {
  const span = (
    id: number,
    lane: string | null,
    start: number,
    end: number | null,
    kind: Span['kind'] = 'wait',
  ) => ({
    id,
    kind,
    lane,
    label: '',
    start,
    end,
    line: null,
  });

  test('overlapping bars stack in rows; one after another they share a row; a Task is its lane’s background', () => {
    const lanes = layoutLanes(
      [
        span(1, 'Task-1', 0, 90, 'task'),
        span(2, 'a', 0, 50),
        span(3, 'a', 10, 60),
        span(4, 'a', 50, 80),
        span(5, 'Task-1', 5, 20),
      ],
      [{ t: 30, lane: 'a' }, { t: 40, lane: null }, { t: 45 }],
    );
    assert.deepEqual(
      lanes.map((lane) => [
        lane.key,
        lane.rows,
        lane.bars.map((bar) => [bar.span.id, bar.row]),
        lane.task?.id ?? null,
        lane.ticks,
      ]),
      [
        ['Task-1', 1, [[5, 0]], 1, []],
        [
          'a',
          2,
          [
            [2, 0],
            [3, 1],
            [4, 0],
          ],
          null,
          [30],
        ],
        [null, 1, [], null, [40]],
      ],
    );
  });

  test('the axis has round steps, at most six of them past zero', () => {
    assert.deepEqual(axisTicks(4045), [0, 1000, 2000, 3000, 4000]);
    assert.deepEqual(axisTicks(3_600_100), [0, 1_000_000, 2_000_000, 3_000_000]);
    assert.deepEqual(axisTicks(120), [0, 20, 40, 60, 80, 100, 120]);
  });
});
