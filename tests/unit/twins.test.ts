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
    const run = await runInNode(
      editedTwin('s1-07-wait-for-timeout', [
        ['await sleep(2000, undefined, { signal });', 'await sleep(2000);'],
      ]),
    );
    // JS cannot stop the job from outside: it prints a second later, as the comment says.
    assert.deepEqual(timeline(run.events), ['1000 timeout!', '2000 never print']);
  });

  test('s1-08 with a first job that does not pass the signal on: the fallback starts at 1 s', async () => {
    const run = await runInNode(
      editedTwin('s1-08-wait-for-fallback', [
        ['await sleep(2000, undefined, { signal });', 'await sleep(2000);'],
      ]),
    );
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
    const run = await runInNode(
      editedTwin('s3-02-cancel-waitfor-shield', [
        ['await sleep(2000, undefined, { signal });', 'await sleep(2000);'],
      ]),
    );
    assert.equal(run.status, 'done');
    const printed = timeline(run.events);
    assert.ok(printed.includes('1000 task2 is timeout'), printed.join('\n'));
    assert.ok(printed.includes('2000 task3 is timeout'), printed.join('\n'));
  });
});
