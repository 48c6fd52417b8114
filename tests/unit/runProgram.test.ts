/**
 * The engine's behaviour, run in Node exactly as the parity tests run twins:
 * time stamps, fast-forward, the output cap, and every way a program can fail.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { RunEvent } from '../../src/runner/engine/protocol';
import { printedText, runInNode } from '../../src/runner/node/runInNode';
import { MAX_LINES } from '../../src/runner/engine/runProgram';

const problems = (events: RunEvent[]) =>
  events.flatMap((event) => (event.type === 'problem' ? [event.problem] : []));
const sleep = 'const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));\n';

describe('clock', () => {
  test('fast-forward: a sample that sleeps an hour ends at once, stamped with virtual time', async () => {
    const started = performance.now();
    const run = await runInNode(
      `${sleep}await sleep(3_600_000);\nconsole.log('an hour later', Date.now() > 0);`,
    );
    const wall = performance.now() - started;
    assert.equal(run.status, 'done');
    const line = run.events.find((event) => event.type === 'line');
    assert.ok(line && line.t >= 3_600_000 && line.t < 3_600_100, `stamp ${line?.t}`);
    // Generous: includes starting a worker thread and tsx (the browser benchmark measures the runner alone).
    assert.ok(wall < 3000, `took ${wall} ms of wall time`);
  });

  test('fast-forward keeps busy work: a 300 ms busy loop still takes 300 ms', async () => {
    const run = await runInNode(
      `const end = Date.now() + 300;\nwhile (Date.now() < end) {}\n${sleep}await sleep(1000);\nconsole.log('done');`,
    );
    const line = run.events.find((event) => event.type === 'line');
    assert.ok(line && line.t >= 1300 && line.t < 1400, `stamp ${line?.t}`);
  });

  test('timers fire in order of due time, then of creation', async () => {
    const run = await runInNode(
      "setTimeout(() => console.log('c'), 30);\nsetTimeout(() => console.log('a'), 10);\nsetTimeout(() => console.log('b'), 10);\nconst id = setInterval(() => { console.log('tick'); }, 12);\nsetTimeout(() => clearInterval(id), 40);",
    );
    assert.equal(printedText(run.events), 'a\nb\ntick\ntick\nc\ntick\n');
  });

  test('real time: stamps follow the wall clock', async () => {
    const run = await runInNode(`${sleep}await sleep(200);\nconsole.log('x');`, { fastForward: false });
    const line = run.events.find((event) => event.type === 'line');
    assert.ok(line && line.t >= 195 && line.t < 400, `stamp ${line?.t}`);
  });
});

describe('errors', () => {
  test('a syntax error names its line and column as the editor counts them', async () => {
    const run = await runInNode('const a = 1;\nconst b = (a +;\n');
    assert.equal(run.status, 'error');
    assert.deepEqual(problems(run.events), [
      { kind: 'syntax', text: 'SyntaxError: Unexpected token', position: { line: 2, column: 15 } },
    ]);
  });

  test('an uncaught error in a timer names its message and the sample line', async () => {
    const run = await runInNode("console.log('before');\nsetTimeout(() => {\n  null!.toString();\n}, 5);\n");
    assert.equal(run.status, 'error');
    const [problem] = problems(run.events);
    assert.equal(problem.kind, 'uncaught');
    assert.match(problem.text, /^TypeError: Cannot read properties of null/);
    assert.equal(problem.position?.line, 3);
  });

  test('an error thrown on line 1 reports the column of the code, not of the runner', async () => {
    const run = await runInNode("throw new Error('first line');");
    const [problem] = problems(run.events);
    assert.deepEqual(problem, {
      kind: 'uncaught',
      text: 'Error: first line',
      position: { line: 1, column: 7 },
    });
  });

  test('a thrown string and an unhandled rejection are reported', async () => {
    const thrown = await runInNode("throw 'plain string';");
    assert.equal(problems(thrown.events)[0].text, "'plain string'");
    const rejected = await runInNode("Promise.reject(new RangeError('nobody caught me'));");
    assert.deepEqual(
      problems(rejected.events).map((p) => [p.kind, p.text]),
      [['unhandled-rejection', 'RangeError: nobody caught me']],
    );
  });

  test('deep recursion is a RangeError, not a crash', async () => {
    const run = await runInNode('const f = (n: number): number => f(n + 1) + 1;\nf(0);');
    assert.match(problems(run.events)[0].text, /^RangeError: Maximum call stack size exceeded/);
  });

  test('a top-level await that nothing can settle ends the run with a warning', async () => {
    const run = await runInNode("console.log('waiting');\nawait new Promise(() => {});");
    assert.equal(run.status, 'done');
    assert.deepEqual(
      problems(run.events).map((p) => p.kind),
      ['unsettled'],
    );
  });
});

describe('output', () => {
  test('a flood is capped: the first lines are kept and the rest counted', async () => {
    const run = await runInNode('for (let i = 0; i < 100000; i++) console.log(i);');
    const lines = run.events.filter((event) => event.type === 'line');
    assert.equal(lines.length, MAX_LINES);
    assert.deepEqual(
      run.events.find((event) => event.type === 'truncated'),
      {
        type: 'truncated',
        count: 98000,
        t: (run.events.find((e) => e.type === 'truncated') as { t: number }).t,
      },
    );
  });

  test('levels follow the console method', async () => {
    const run = await runInNode(
      'console.log(1); console.info(2); console.warn(3); console.error(4); console.debug(5);',
    );
    assert.deepEqual(
      run.events.flatMap((event) => (event.type === 'line' ? [event.level] : [])),
      ['log', 'info', 'warn', 'error', 'log'],
    );
  });

  test('a sample that never ends keeps running until stopped', async () => {
    const run = await runInNode("setInterval(() => {}, 1000);\nconsole.log('serving');", {
      stopAfterMs: 500,
    });
    assert.equal(run.status, 'stopped');
    assert.equal(printedText(run.events), 'serving\n');
  });
});

describe('memory', () => {
  test('a program that exhausts its heap ends as a crash, and the next run works', async () => {
    const run = await runInNode(
      "console.log('hoarding');\nconst a: number[][] = [];\nwhile (true) a.push(new Array(1e6).fill(1));",
    );
    assert.equal(run.status, 'crashed');
    assert.match(String(run.crash), /memory/i);
    assert.equal(printedText(run.events), 'hoarding\n');
    const next = await runInNode("console.log('recovered');");
    assert.equal(next.status, 'done');
    assert.equal(printedText(next.events), 'recovered\n');
  });
});
