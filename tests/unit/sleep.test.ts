/**
 * The twins' one sleep: `setTimeout` from 'node:timers/promises', which the runner links to
 * samples/lib/timers-promises.ts. The same programs run in plain Node (Node's own module) and
 * through the runner (the site's copy, on the runner's clock) must print the same lines: an
 * already-aborted signal ends the sleep at once with Node's AbortError, an abort mid-sleep clears
 * the timer, the value comes back, and the microtask turns match Node's. Then what only the
 * runner does: fast-forward drives the sleep, and imports it cannot provide are clear errors.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { LIBRARY_MODULES, linkImports } from '../../src/runner/engine/linkImports';
import type { RunEvent } from '../../src/runner/engine/protocol';
import { printedText, runInNode } from '../../src/runner/node/runInNode';

const IMPORT = "import { setTimeout as sleep } from 'node:timers/promises';\n";
const dir = mkdtempSync(join(tmpdir(), 'sleep-test-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a plain-JavaScript program with Node itself, as a reader would with `node file.mjs`. */
async function runInPlainNode(code: string): Promise<string> {
  const file = join(dir, `program-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, code);
  const { stdout } = await promisify(execFile)(process.execPath, [file], { timeout: 20_000 });
  return stdout;
}

const lines = (events: RunEvent[]) => events.flatMap((event) => (event.type === 'line' ? [event] : []));

/** Programs whose output does not depend on the clock: plain Node and the runner must agree. */
const SAME_AS_NODE: Record<string, string> = {
  "an already-aborted signal rejects at once, with Node's AbortError, and sets no timer": `
const controller = new AbortController();
controller.abort('stop');
const started = performance.now();
try {
  await sleep(3_600_000, undefined, { signal: controller.signal });
} catch (error) {
  console.log(error.name, error.code, error.message, error.cause);
  console.log(error instanceof Error, error instanceof DOMException, Object.keys(error));
}
console.log('waited under 100 ms:', performance.now() - started < 100);
`,
  'an abort mid-sleep rejects with the reason as cause, and the timer goes with it': `
const controller = new AbortController();
const started = performance.now();
setTimeout(() => controller.abort(new Error('cancelled')), 20);
try {
  await sleep(3_600_000, 'never', { signal: controller.signal });
} catch (error) {
  console.log(error.name, error.cause.message);
}
console.log('waited under 1 s:', performance.now() - started < 1000);
`,
  'it resolves with the value, with or without a signal, and a later abort changes nothing': `
const controller = new AbortController();
console.log(await sleep(5, 'plain'), await sleep(5, 'signalled', { signal: controller.signal }));
controller.abort();
console.log(await sleep(1));
`,
  "microtask turns: a sleep settles among promise chains where Node's does": `
const log = [];
const tick = (name, n) => { let p = Promise.resolve(); for (let i = 0; i < n; i++) p = p.then(() => log.push(name + i)); };
const aborted = AbortSignal.abort();
sleep(0, undefined, { signal: aborted }).catch(() => log.push('aborted'));
tick('a', 4);
const controller = new AbortController();
const pending = sleep(1000, undefined, { signal: controller.signal }).catch(() => log.push('mid'));
controller.abort();
tick('b', 5);
await pending;
await sleep(1, undefined, { signal: new AbortController().signal }).then(() => log.push('slept'));
tick('c', 3);
await new Promise((resolve) => setTimeout(resolve, 10));
console.log(log.join(' '));
`,
};

describe('sleep: the runner provides what Node does', () => {
  for (const [name, body] of Object.entries(SAME_AS_NODE)) {
    test(name, async () => {
      const program = IMPORT + body;
      const node = await runInPlainNode(program);
      assert.ok(node.length > 0, 'plain Node printed nothing');
      for (const fastForward of [false, true]) {
        const run = await runInNode(program, { fastForward, stopAfterMs: 10_000 });
        assert.equal(run.status, 'done', JSON.stringify(run.events));
        assert.equal(printedText(run.events), node, `fastForward: ${fastForward}`);
      }
    });
  }
});

describe('sleep: through the runner', () => {
  test('an already-aborted signal ends an hour-long sleep at once on the real clock too', async () => {
    const run = await runInNode(
      `${IMPORT}try { await sleep(3_600_000, undefined, { signal: AbortSignal.abort() }); } catch (error) { console.log((error as Error).name); }`,
      { fastForward: false, stopAfterMs: 5_000 },
    );
    // A timer left behind would keep the run going for the hour, and the test would stop it.
    assert.equal(run.status, 'done', JSON.stringify(run.events));
    const [line] = lines(run.events);
    assert.equal(line.text, 'AbortError');
    assert.ok(line.t < 100, `printed at ${line.t} ms`);
  });

  test('fast-forward drives it: an hour is skipped, and stamped as an hour', async () => {
    const run = await runInNode(`${IMPORT}await sleep(3_600_000);\nconsole.log('an hour later');`);
    assert.equal(run.status, 'done');
    const [line] = lines(run.events);
    assert.ok(line.t >= 3_600_000 && line.t < 3_600_100, `stamp ${line.t}`);
  });

  test('the bare specifier works too, as it does in Node', async () => {
    const run = await runInNode(
      "import { setTimeout as sleep } from 'timers/promises';\nconsole.log(await sleep(10, 'ok'));",
    );
    assert.equal(printedText(run.events), 'ok\n');
  });

  test('ref: false is refused rather than ignored', async () => {
    const run = await runInNode(
      `${IMPORT}try { await sleep(10, undefined, { ref: false }); } catch (error) { console.log((error as Error).message); }`,
    );
    assert.match(printedText(run.events), /not supported/);
  });

  test('a Node module the runner does not provide is an error in Node too, as in the browser', async () => {
    const run = await runInNode("import { readFileSync } from 'node:fs';\nconsole.log(typeof readFileSync);");
    assert.equal(run.status, 'error');
    const problem = run.events.find((event) => event.type === 'problem');
    assert.match(JSON.stringify(problem), /Cannot import 'node:fs': the runner provides/);
  });
});

describe('linkImports', () => {
  const locate = (file: string) => `<${file}>`;

  test('links static, side-effect and dynamic imports, one or several to a line', () => {
    assert.equal(
      linkImports(
        "import { a } from './thread.ts'; import * as t from \"node:timers/promises\";\nimport 'timers/promises';\nconst m = await import('./thread.ts');\nexport { b } from './thread.ts';",
        locate,
      ),
      "import { a } from '<thread.ts>'; import * as t from \"<timers-promises.ts>\";\nimport '<timers-promises.ts>';\nconst m = await import('<thread.ts>');\nexport { b } from '<thread.ts>';",
    );
    assert.equal(
      linkImports("import {\n  setTimeout as sleep,\n} from 'node:timers/promises';", locate),
      "import {\n  setTimeout as sleep,\n} from '<timers-promises.ts>';",
    );
  });

  test('leaves text that only looks like an import alone', () => {
    const code = "console.log('a message from \"server\"', 'from', 'x');\nconst from = 'y';";
    assert.equal(linkImports(code, locate), code);
  });

  test('every module it provides is a file of samples/lib, and every file there is provided', () => {
    const files = readdirSync(join(__dirname, '..', '..', 'samples', 'lib'));
    assert.deepEqual([...new Set(Object.values(LIBRARY_MODULES))].sort(), files.sort());
  });
});
