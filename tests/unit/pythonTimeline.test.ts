/**
 * The Python runner's timeline (src/runner/python/runner.py), on CPython 3.13 with the worker
 * stood in for (tests/unit/pythonTimeline.py): Pyodide needs JavaScript Promise Integration,
 * which Node 20 lacks. The browser suite checks the same spans in the page on the samples
 * (tests/browser/timed/python.test.ts); this checks each kind of span and the cap, in a second.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Span } from '../../src/runner/engine/protocol';
import { BUSY_MS } from '../../src/runner/engine/recordSpans';
import { requirePythons } from '../../scripts/runPython';

const ROOT = join(__dirname, '..', '..');

interface Drawn {
  spans: Span[];
  capped: number | null;
  lines: [string, string | null][];
  result: unknown;
}

/** Runs a program through the runner on the fast-forward clock; what it drew. */
function draw(program: string, limit = 5000): Drawn {
  const file = join(mkdtempSync(join(tmpdir(), 'python-timeline-')), 'main.py');
  writeFileSync(file, program);
  const python = requirePythons().get('3.13')!;
  const args = [
    join(__dirname, 'pythonTimeline.py'),
    join(ROOT, 'src/runner/python/runner.py'),
    file,
    `${limit}`,
    `${BUSY_MS}`,
  ];
  const run = spawnSync(python, args, { encoding: 'utf8', timeout: 30_000 });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as Drawn;
}

// Line numbers matter: the spans name them.
const PROGRAM = `import asyncio
import time

def compute():
    end = time.monotonic() + 0.08
    while time.monotonic() < end:
        pass

async def sleeper():
    await asyncio.sleep(10)

async def fails():
    await asyncio.sleep(0.5)
    raise ValueError("no")

async def main():
    print("in main")
    waiting = asyncio.create_task(sleeper())
    failing = asyncio.create_task(fails())
    await asyncio.sleep(1)
    waiting.cancel()
    try:
        await asyncio.wait_for(asyncio.sleep(5), timeout=2)
    except TimeoutError:
        pass
    compute()
    await asyncio.to_thread(time.sleep, 0.03)
    await asyncio.gather(failing, return_exceptions=True)

for _ in range(2):
    time.sleep(0.03)
print("top")
asyncio.run(main())
`;

test('each kind of span, in its lane, with its label, line and outcome; lines carry their lanes', () => {
  const { spans, capped, lines, result } = draw(PROGRAM);
  assert.equal(result, null);
  assert.equal(capped, null);
  assert.deepEqual(
    spans.map((span) => span.id),
    spans.map((_, i) => i + 1),
  );
  for (const span of spans) assert.ok(span.end !== null && span.end >= span.start, JSON.stringify(span));
  const find = (kind: Span['kind'], label: string) =>
    spans.filter((s) => s.kind === kind && s.label === label);
  const shape = (span: Span) => [span.lane, span.line, span.outcome ?? null, span.inline ?? false];

  // time.sleep: one block per call, in a row, in the loop's lane.
  const blocks = find('busy', 'time.sleep(0.03)');
  assert.deepEqual(blocks.map(shape), [
    [null, 31, null, false],
    [null, 31, null, false],
  ]);
  assert.ok(blocks[0].end! <= blocks[1].start && blocks[1].start - blocks[0].end! < 5);
  // Tasks: where they were created, how they ended.
  assert.deepEqual(find('task', 'main()').map(shape), [['Task-1', 33, null, false]]);
  assert.deepEqual(find('task', 'sleeper()').map(shape), [['Task-2', 18, 'cancelled', false]]);
  assert.deepEqual(find('task', 'fails()').map(shape), [['Task-3', 19, 'failed', false]]);
  // Waits: in the lane of the Task that set them, on the virtual clock.
  const [second] = find('wait', 'asyncio.sleep(1)');
  assert.deepEqual(shape(second), ['Task-1', 20, null, false]);
  assert.ok(Math.abs(second.end! - second.start - 1000) < 50, JSON.stringify(second));
  assert.deepEqual(find('wait', 'asyncio.sleep(10)').map(shape), [['Task-2', 10, 'cancelled', false]]);
  assert.deepEqual(find('wait', 'asyncio.wait_for(timeout=2)').map(shape), [['Task-1', 23, null, false]]);
  assert.deepEqual(find('wait', 'asyncio.sleep(5)').map(shape), [['Task-1', 23, 'cancelled', false]]);
  // Busy: the Task's step that computed for 80 ms (BUSY_MS is 50), drawn from the line of compute()
  // that first read the clock; the inline to_thread.
  const [step] = find('busy', 'main()');
  assert.deepEqual(shape(step), ['Task-1', 5, null, false]);
  assert.ok(step.end! - step.start >= BUSY_MS);
  assert.deepEqual(find('busy', 'to_thread(sleep)').map(shape), [['Task-1', 27, null, true]]);
  assert.deepEqual(lines, [
    ['top', null],
    ['in main', 'Task-1'],
  ]);
});

test('a run records at most the limit it is given, and says so once', () => {
  const { spans, capped } = draw(PROGRAM, 3);
  assert.deepEqual(
    spans.map((span) => span.id),
    [1, 2, 3],
  );
  assert.ok(capped !== null && capped >= spans[2].start);
  // A span begun before the cap still ends.
  assert.ok(spans.every((span) => span.end !== null));
});
