/**
 * The runner's checks that time something in real time, run after the rest of the browser suite
 * with the machine to themselves (scripts/test.sh): Stop ends an endless loop within 100 ms, blocking
 * work runs on Workers in parallel while timers fire, and after every kind of hostile input the
 * page still paints a frame within 200 ms and says what happened.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { openDoc, useBuiltSite } from '../harness';
import { PATH, SAMPLE, assertResponsive, runCode as runCodeOf, type Sample } from '../runnerPage';
import { sampleDriver } from '../sampleDriver';

const site = useBuiltSite();
const runCode = (code: string, final: 'done' | 'error' | 'running') => runCodeOf(site, code, final);

describe('Stop', () => {
  test('Stop ends while (true) {} within 100 ms, and the sample runs again afterwards', async () => {
    const { page, sample } = await runCode("console.log('spinning');\nwhile (true) {}", 'running');
    await page.waitForTimeout(300);
    await assertResponsive(page);
    const stopMs = await page.evaluate(async (id) => {
      const root = document.querySelector(`[data-sample-id="${id}"] [data-lang="typescript"]`)!;
      const output = root.querySelector('[data-testid="console-output"]')!;
      const start = performance.now();
      const stopped = new Promise<number>((resolve) =>
        new MutationObserver(() => {
          if (output.getAttribute('data-status') === 'stopped') resolve(performance.now() - start);
        }).observe(output, { attributes: true }),
      );
      root.querySelector<HTMLButtonElement>('button[data-action="stop"]')!.click();
      return stopped;
    }, SAMPLE);
    assert.ok(stopMs < 100, `Stop took ${stopMs} ms`);
    await sample.setCode("console.log('again');");
    await sample.button('run').click();
    await sample.waitForStatus('done');
    assert.deepEqual(
      (await sample.lines()).map((line) => line.text),
      ['again'],
    );
    await page.close();
  });
});

describe('threads', () => {
  test('toThread runs blocking work on Workers inside the sandbox, in parallel, while timers keep firing', async () => {
    const { page, sample } = await runCode(
      [
        "import { toThread } from './thread.ts';",
        'function block(ms: number): number { const end = Date.now() + ms; while (Date.now() < end) {} return ms; }',
        'const start = Date.now();',
        "const ticker = setInterval(() => console.log('tick'), 100);",
        'const results = await Promise.all([toThread(block, 500), toThread(block, 500)]);',
        'clearInterval(ticker);',
        "console.log('results', results, 'overlapped', Date.now() - start < 900);",
      ].join('\n'),
      'done',
    );
    const lines = await sample.lines();
    assert.equal(lines.at(-1)?.text, 'results [ 500, 500 ] overlapped true');
    assert.ok(lines.filter((line) => line.text === 'tick').length >= 3, JSON.stringify(lines));
    await page.close();
  });
});
describe('hostile input', () => {
  // One page for every case, each in a sample of its own, in turn: the page must survive them all
  // (and a page load per case cost about 1.5 s of the suite each).
  let shared: { page: Page; ids: string[]; pageErrors: string[]; close: () => Promise<void> } | undefined;
  let used = 0;
  before(async () => {
    const pageErrors: string[] = [];
    const { page, close } = await openDoc(site, PATH, (page) =>
      page.on('pageerror', (error) => pageErrors.push(error.message)),
    );
    const ids = await page
      .locator('[data-sample-id]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-sample-id')!));
    shared = { page, ids, pageErrors, close };
  });
  after(() => shared?.close());

  /** Runs the code in the page's next untouched sample and waits for the run's final status. */
  async function runHostile(code: string, final: 'done' | 'error' | 'running') {
    const { page, ids, pageErrors } = shared!;
    assert.ok(used < ids.length, `${PATH} has only ${ids.length} samples`);
    const sample = sampleDriver(page, ids[used++]);
    await sample.open();
    await sample.setCode(code);
    await sample.button('run').click();
    await sample.waitForStatus(final);
    return { page, sample, pageErrors };
  }

  const cases: {
    name: string;
    code: string;
    status: 'done' | 'error';
    expect: RegExp;
    /** More steps on the same page. */
    then?: (sample: Sample) => Promise<void>;
  }[] = [
    {
      name: 'a syntax error',
      code: 'const x = 1;\nconst y = (x +;\nconsole.log(y);',
      status: 'error',
      expect: /line 2, column 15.*Unexpected token/,
      // The position is a link: it puts the editor's caret there, and typing edits that line.
      async then(sample) {
        const position = sample.output.locator('[data-testid="problem-position"]');
        assert.equal(await position.innerText(), 'line 2, column 15');
        assert.equal(await position.getAttribute('data-editor-line'), '2');
        assert.equal(await position.getAttribute('data-editor-column'), '15');
        await position.click();
        assert.deepEqual(await sample.caret(), { line: 2, column: 15, focused: true });
        await sample.editor.pressSequentially(' 1)');
        assert.equal((await sample.editor.innerText()).split('\n')[1], 'const y = (x + 1);');
        await sample.button('run').click();
        await sample.waitForStatus('done');
        assert.deepEqual(
          (await sample.lines()).map((line) => line.text),
          ['2'],
        );
      },
    },
    {
      name: 'a runtime error',
      code: 'const o: any = null;\n\no.boom();',
      status: 'error',
      expect: /line 3.*TypeError/,
    },
    {
      name: 'a thrown string',
      code: "throw 'just a string';",
      status: 'error',
      expect: /Uncaught exception.*'just a string'/,
    },
    {
      name: 'an unhandled rejection',
      code: "Promise.reject(new Error('nobody listens'));",
      status: 'error',
      expect: /Unhandled promise rejection: Error: nobody listens/,
    },
    {
      name: 'deep recursion',
      code: 'const f = (n: number): number => f(n + 1);\nf(0);',
      status: 'error',
      expect: /RangeError: Maximum call stack size exceeded/,
    },
    {
      name: 'the word undefined (facebook/docusaurus #8009)',
      code: 'undefined',
      status: 'done',
      expect: /Finished/,
    },
    {
      name: 'reading the page: document, localStorage, parent, cookies',
      code: [
        'const probes: Record<string, () => unknown> = {',
        '  document: () => typeof document,',
        '  storage: () => localStorage.length,',
        '  parent: () => (parent as Window).document,',
        '  cookie: () => (globalThis as any).document.cookie,',
        '};',
        'for (const [name, probe] of Object.entries(probes)) {',
        '  try { console.log(name, String(probe())); } catch (e) { console.log(name, "blocked:", (e as Error).name); }',
        '}',
        "console.log('origin', self.origin);",
      ].join('\n'),
      status: 'done',
      expect:
        /document undefined\s+.*storage blocked: ReferenceError\s+.*parent blocked: ReferenceError\s+.*cookie blocked: TypeError\s+.*origin null/s,
    },
  ];
  for (const { name, code, status, expect, then } of cases) {
    test(`${name}: a clear message, and the page stays responsive`, async () => {
      const { page, sample, pageErrors } = await runHostile(code, status);
      assert.match(await sample.output.innerText(), expect);
      await then?.(sample);
      await assertResponsive(page);
      assert.deepEqual(pageErrors, []);
    });
  }

  test('a flood of output is capped at 2,000 lines with a count of the rest', async () => {
    const { page, sample } = await runHostile('for (let i = 0; i < 200_000; i++) console.log(i);', 'done');
    const lines = await sample.lines();
    assert.equal(lines.length, 2001);
    assert.equal(lines[1999].text, '1999');
    assert.match(lines[2000].text, /198000 more lines/);
    await assertResponsive(page);
  });

  test('a sample that never ends keeps running until Stop', async () => {
    const { page, sample } = await runHostile("setInterval(() => console.log('tick'), 200);", 'running');
    await page.waitForTimeout(700);
    assert.equal(await sample.status(), 'running');
    await sample.button('stop').click();
    await sample.waitForStatus('stopped');
    assert.ok((await sample.lines()).length >= 2);
    await assertResponsive(page);
  });
  // Runaway memory: recovery.test.ts (Playwright cannot host it).
});
