/**
 * Twins that once hung or misled, each run through the runner in Node (fast-forward, as the
 * parity tests run them) after the edit a reader is invited to make, or the one that showed the
 * fault: each must end, at the right time, printing what the Python prints. The unedited twins
 * are covered by the parity tests.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { LOCALES } from '../../config/locales.mjs';
import { listSampleIds, variantFile } from '../../plugins/sampleFiles';
import type { RunEvent } from '../../src/runner/engine/protocol';
import { printedText, runInNode } from '../../src/runner/node/runInNode';

const SAMPLES = join(__dirname, '..', '..', 'samples');

/** The en twin of a sample, with each `[from, to]` edit applied (each `from` must be there once). */
function editedTwin(id: string, edits: [string, string][]): string {
  let code = readFileSync(join(SAMPLES, id, 'en.ts'), 'utf8');
  for (const [from, to] of edits) {
    assert.equal(code.split(from).length, 2, `${id}: expected exactly one ${JSON.stringify(from)}`);
    code = code.replace(from, to);
  }
  return code;
}

/** The twin with its job's sleep no longer passed the signal: a job that ignores cancellation. */
const ignoringSignal = (id: string) =>
  editedTwin(id, [['await sleep(2000, undefined, { signal });', 'await sleep(2000);']]);

const lines = (events: RunEvent[]) => events.flatMap((event) => (event.type === 'line' ? [event] : []));
const endTime = (events: RunEvent[]) => events.find((event) => event.type === 'end')!.t;
/**
 * Each printed line after the (virtual) time it was printed at, in whole half seconds: a stamp
 * adds the real time the run took to load and run (tens of ms) to the virtual time.
 */
const timeline = (events: RunEvent[]) =>
  lines(events).map((line) => `${Math.floor(line.t / 500) * 500} ${line.text}`);

describe('s1-04: a task cancelled before it starts never runs, as in Python', () => {
  test('comment out the 5-second sleep: the program ends at once and prints what Python prints', async () => {
    const run = await runInNode(
      editedTwin('s1-04-cancel-me', [['  await sleep(5000);', '  // await sleep(5000);']]),
    );
    assert.equal(run.status, 'done', JSON.stringify(run.events));
    // What CPython 3.11-3.13 print with `await asyncio.sleep(5)` commented out.
    assert.equal(
      printedText(run.events),
      'main(): running\nmain(): sleep\nmain(): call cancel\nmain(): cancel_me is cancelled now\n',
    );
    assert.ok(endTime(run.events) < 500, `ended at ${endTime(run.events)} ms of virtual time`);
  });
});

describe('s1-07 and s1-08: waitFor raises at the deadline, even when the job ignores its signal', () => {
  test('s1-07 as published: timeout! at 1 s, and nothing after', async () => {
    const run = await runInNode(editedTwin('s1-07-wait-for-timeout', []));
    assert.deepEqual(timeline(run.events), ['1000 timeout!']);
    assert.ok(endTime(run.events) < 1500, `ended at ${endTime(run.events)}`);
  });

  test('s1-07 with a job that does not pass the signal on: timeout! still at 1 s', async () => {
    const run = await runInNode(ignoringSignal('s1-07-wait-for-timeout'));
    // JS cannot stop the job from outside: it prints a second later, as the comment says.
    assert.deepEqual(timeline(run.events), ['1000 timeout!', '2000 never print']);
  });

  test('s1-08 with a first job that does not pass the signal on: the fallback starts at 1 s', async () => {
    const run = await runInNode(ignoringSignal('s1-08-wait-for-fallback'));
    assert.equal(run.status, 'done');
    const printed = timeline(run.events);
    assert.ok(printed.includes('2000 do async job 2'), printed.join('\n'));
  });
});

describe('s3-02: cancel, wait_for and shield', () => {
  test('task1 is cancelled before it starts, so func1 never sleeps', async () => {
    const run = await runInNode(
      editedTwin('s3-02-cancel-waitfor-shield', [
        [
          "  await sleep(2000, undefined, { signal });\n  console.log('func1');",
          "  console.log('func1 started');\n  await sleep(2000, undefined, { signal });\n  console.log('func1');",
        ],
      ]),
    );
    const printed = timeline(run.events);
    assert.equal(printed[0], '0 task1 is cancelled', printed.join('\n'));
  });

  test('a task that ignores its signal still times out at the deadline', async () => {
    const run = await runInNode(ignoringSignal('s3-02-cancel-waitfor-shield'));
    assert.equal(run.status, 'done');
    const printed = timeline(run.events);
    assert.ok(printed.includes('1000 task2 is timeout'), printed.join('\n'));
    assert.ok(printed.includes('2000 task3 is timeout'), printed.join('\n'));
  });
});

describe('s4-08: the TaskGroup stand-in returns only once every task has settled', () => {
  test('a failing task: the cancelled sibling settles before the group raises, as in Python', async () => {
    const run = await runInNode(
      editedTwin('s4-08-taskgroup', [
        [
          "  await sleep(100 * n, undefined, { signal }); // the group's signal can cancel the sleep\n",
          "  try {\n    await sleep(100 * n, undefined, { signal });\n  } finally {\n    console.log(`task ${n} settled`);\n  }\n  if (n === 1) throw new Error('boom');\n",
        ],
        ['await main();', "await main().catch((error: Error) => console.log('main raised', error.name));"],
      ]),
    );
    // CPython 3.11-3.13, the same edit (try/finally around asyncio.sleep, ValueError for n == 1):
    // task 1 settled, task 2 settled, then the ExceptionGroup reaches the caller.
    assert.equal(printedText(run.events), 'task 1 settled\ntask 2 settled\nmain raised AggregateError\n');
  });
});

describe('s3-07: cancelled() is computed', () => {
  test('cancel task 2 after gather raises: cancelled() and done() say True, as in Python', async () => {
    const run = await runInNode(
      editedTwin('s3-07-gather-return-exceptions', [
        [
          '    console.log((e as Error).message); // prints only one exception\n',
          '    console.log((e as Error).message);\n    tasks[1].cancel();\n    await Promise.allSettled([tasks[1].promise]);\n',
        ],
        ["  console.log('task 2 kept running and returned', await task2.promise);\n", ''],
      ]),
    );
    // CPython 3.12 with tasks[1].cancel() and `await asyncio.wait([tasks[1]])` in the except block.
    assert.equal(
      printedText(run.events).split('\n').slice(1).join('\n'),
      'func1\ngather raised; task 2 cancelled? True done? True\n',
    );
  });

  test('as published, task 2 is neither cancelled nor done when gather raises', async () => {
    const run = await runInNode(editedTwin('s3-07-gather-return-exceptions', []));
    assert.match(printedText(run.events), /task 2 cancelled\? False done\? False\n/);
  });
});

test('a twin that says the order of its output may differ declares it in sample.json', () => {
  const saysSo = /order may differ|順序可能不同|顺序可能不同/i;
  for (const id of listSampleIds()) {
    const twins = LOCALES.map((locale) => readFileSync(variantFile(id, locale, 'ts'), 'utf8'));
    if (!twins.some((code) => saysSo.test(code))) continue;
    const meta = JSON.parse(readFileSync(join(SAMPLES, id, 'sample.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    assert.ok(
      'unordered' in meta || 'races' in meta,
      `${id}: a twin says the order may differ, but it is fixed`,
    );
  }
});

describe('s3-05: clean() waits up to 1 s for each task', () => {
  test('a task that ignores its signal: clean() still goes on at its deadline', async () => {
    const run = await runInNode(
      editedTwin('s3-05-signal-handler-clean', [
        ['await sleep(seconds * 1000, undefined, { signal });', 'await sleep(seconds * 1000);'],
      ]),
    );
    assert.equal(run.status, 'done');
    const printed = timeline(run.events);
    // The slow job's 1 s wait starts when the quick job ends (1 s) and gives up at 2 s; the job
    // itself cannot be stopped from outside and finishes at 10 s.
    assert.deepEqual(printed, [
      '500 SIGINT received: waiting for the tasks (up to 1 s each)',
      '1000 quick job finished',
      '2000 clean() done: stopping the loop',
      '2000 loop closed',
      '10000 slow job finished',
    ]);
  });
});
