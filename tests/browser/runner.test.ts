/**
 * The runner in Debian Chromium against the production build: controls,
 * share links, fast-forward, and hostile input. Every case must end with the
 * page responsive and a clear message.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { NO_SERVICE_WORKER, openDoc, useBuiltSite } from './harness';
import { sampleDriver } from './sampleDriver';

type Sample = ReturnType<typeof sampleDriver>;

const SAMPLE = 's4-01-sync-vs-async-timing';
const PATH = '/en/docs/asyncio-async-programming';
const site = useBuiltSite();

async function openSample(path = PATH) {
  const page = await site.browser.newPage(NO_SERVICE_WORKER);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(site.origin + path);
  await page.waitForSelector('html[data-has-hydrated="true"]');
  const sample = sampleDriver(page, SAMPLE);
  await sample.open();
  return { page, sample, pageErrors };
}

/** The page still answers and paints: a frame is drawn within 200 ms. */
async function assertResponsive(page: Page): Promise<void> {
  const ms = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        requestAnimationFrame(() => resolve(performance.now() - start));
      }),
  );
  assert.ok(ms < 200, `a frame took ${ms} ms`);
}

async function runCode(code: string, final: 'done' | 'error' | 'running') {
  const opened = await openSample();
  await opened.sample.setCode(code);
  await opened.sample.button('run').click();
  await opened.sample.waitForStatus(final);
  return opened;
}

describe('controls', () => {
  test('editing does not run; Ctrl+Enter runs the edited code; Esc leaves the editor', async () => {
    const { page, sample } = await openSample();
    await sample.setCode("console.log('edited', 6 * 7);");
    await page.waitForTimeout(300);
    assert.equal(await sample.status(), 'idle');
    await sample.editor.press('Control+Enter');
    await sample.waitForStatus('done');
    assert.deepEqual(
      (await sample.lines()).map((line) => line.text),
      ['edited 42'],
    );
    await sample.editor.focus();
    await sample.editor.press('Escape');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-action')), 'run');
    await page.close();
  });

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

  test('Copy puts the edited code on the clipboard; Copy output, the printed lines without their stamps', async () => {
    const { page, sample } = await openSample();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    await sample.setCode("console.log('copy me');\nconsole.log({ twice: 2 });");
    await sample.button('copy').click();
    assert.equal((await clipboard()).trim(), "console.log('copy me');\nconsole.log({ twice: 2 });");
    assert.equal(
      await sample.button('copy-output').count(),
      0,
      'Copy output shows only once there is output',
    );
    await sample.button('run').click();
    await sample.waitForStatus('done');
    await sample.button('copy-output').click();
    await sample.block.locator('[role="status"]:has-text("Output copied")').waitFor();
    assert.equal(await clipboard(), 'copy me\n{ twice: 2 }\n');
    await page.close();
  });

  test('Reset brings back the article code', async () => {
    const { page, sample } = await openSample();
    const original = await sample.editor.innerText();
    await sample.setCode('// mine');
    await sample.button('reset').click();
    assert.equal(await sample.editor.innerText(), original);
    await page.close();
  });

  test('edits survive a reload, in their own locale only, until Reset', async () => {
    const { page, sample } = await openSample();
    const original = await sample.editor.innerText();
    await sample.setCode("console.log('kept');");
    await page.reload();
    await page.waitForSelector('html[data-has-hydrated="true"]');
    // The runner loads by itself with the kept code (the page must not show the article's instead).
    await sample.editor.waitFor({ timeout: 15_000 });
    assert.equal((await sample.editor.innerText()).trim(), "console.log('kept');");
    assert.match(await sample.block.locator('[data-notice="info"]').innerText(), /last visit/);
    // Another locale's page of the same sample keeps its own code.
    await page.goto(site.origin + PATH.replace('/en/', '/zh-CN/'));
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await sample.open();
    assert.doesNotMatch(await sample.editor.innerText(), /kept/);
    await page.goto(site.origin + PATH);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await sample.editor.waitFor({ timeout: 15_000 });
    await sample.button('reset').click();
    await page.reload();
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await sample.open();
    assert.equal(await sample.editor.innerText(), original);
    await page.close();
  });

  test('fast-forward: an hour of sleep ends at once, stamped with virtual time', async () => {
    const { page, sample } = await openSample();
    await sample.setCode(
      "await new Promise((r) => setTimeout(r, 3_600_000));\nconsole.log('an hour later');",
    );
    await sample.button('fast-forward').click();
    assert.equal(await sample.button('fast-forward').getAttribute('aria-pressed'), 'true');
    const started = Date.now();
    await sample.button('run').click();
    await sample.waitForStatus('done');
    assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
    const [line] = await sample.lines();
    assert.ok(line.t >= 3_600_000 && line.t < 3_600_100, `stamp ${line.t}`);
    assert.match(await sample.output.innerText(), /\+3600\.0\d\ds/);
    await page.close();
  });
});

describe('one sandbox per page', () => {
  test('three samples run at the same time in one sandbox iframe, each printing its own output', async () => {
    const page = await site.browser.newPage(NO_SERVICE_WORKER);
    await page.goto(site.origin + PATH);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    const ids = (
      await page
        .locator('[data-sample-id]')
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-sample-id')!))
    ).slice(0, 3);
    assert.equal(ids.length, 3);
    const samples = ids.map((id) => sampleDriver(page, id));
    for (const [index, sample] of samples.entries()) {
      await sample.open();
      await sample.setCode(`await new Promise((r) => setTimeout(r, 400));\nconsole.log('sample ${index}');`);
    }
    // All three started before the first can finish: their runs overlap.
    for (const sample of samples) await sample.button('run').click();
    for (const sample of samples) await sample.waitForStatus('done');
    for (const [index, sample] of samples.entries()) {
      assert.deepEqual(
        (await sample.lines()).map((line) => line.text),
        [`sample ${index}`],
      );
    }
    assert.equal(await page.locator('iframe[sandbox]').count(), 1);
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

describe('share links', () => {
  test('a link carries the edited code and the locale; opening it loads the code and does not run it', async () => {
    const { page, sample } = await openSample();
    await sample.setCode("console.log('shared', 1 + 1);");
    await sample.button('share').click();
    const link = await sample.pair.locator('input[readonly]').inputValue();
    assert.ok(link.startsWith(`${site.origin}${PATH}?`), link);
    await page.close();

    const opened = await site.browser.newPage(NO_SERVICE_WORKER);
    await opened.goto(link);
    await opened.waitForSelector('html[data-has-hydrated="true"]');
    const shared = sampleDriver(opened, SAMPLE);
    await shared.editor.waitFor();
    assert.equal((await shared.editor.innerText()).trim(), "console.log('shared', 1 + 1);");
    assert.match(await shared.pair.locator('[data-notice="info"]').innerText(), /shared link/);
    await opened.waitForTimeout(500);
    assert.equal(await shared.status(), 'idle', 'a shared link must never run by itself');
    await shared.button('run').click();
    await shared.waitForStatus('done');
    assert.deepEqual(
      (await shared.lines()).map((line) => line.text),
      ['shared 2'],
    );
    await opened.close();
  });

  test('a damaged link says so and shows the article code', async () => {
    const { page, sample } = await openSample(`${PATH}?share=${SAMPLE}&h=0&code=garbage#sample-${SAMPLE}`);
    await sample.editor.waitFor();
    assert.match(await sample.pair.locator('[data-notice="warning"]').innerText(), /damaged/);
    assert.match(await sample.editor.innerText(), /Promise\.all/);
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
  // Runaway memory: tests/browser/recovery.test.ts (Playwright cannot host it).
});
