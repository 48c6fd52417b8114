/**
 * Runaway memory, as a reader meets it: a sample that exhausts memory takes the
 * page's sandbox process down; the page stays responsive, says so, and the next
 * Run in the same page (no reload) works in a fresh sandbox. Driven over a raw
 * DevTools pipe (see rawChromium.ts for why not Playwright).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { TEST_SERVER } from '../harness';
import { launchRawChromium, type RawChromium, type RawPage } from '../rawChromium';
import { serveBuild } from '../serveBuild.mjs';

const SAMPLE = 's4-01-sync-vs-async-timing';
const PATH = '/en/docs/asyncio-async-programming';
const HOARD = 'const a: number[][] = [];\nwhile (true) a.push(new Array(1e6).fill(1));';

let server: Awaited<ReturnType<typeof serveBuild>>;
let chromium: RawChromium;
before(async () => {
  server = await serveBuild(TEST_SERVER);
  chromium = launchRawChromium();
});
after(async () => {
  await chromium?.close();
  await server?.close();
});

// The twin's block of the pair (the Python block comes first).
const pair = `document.querySelector('[data-sample-id="${SAMPLE}"] [data-lang="typescript"]')`;
const pairRoot = `document.querySelector('[data-sample-id="${SAMPLE}"]')`;
const output = `${pair}.querySelector('[data-testid="console-output"]')`;

async function waitFor(page: RawPage, expression: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate<boolean>(`Boolean(${expression})`))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Milliseconds the page takes to paint its next frame. */
const frameMs = (page: RawPage) =>
  page.evaluate<number>(
    'new Promise((resolve) => { const start = performance.now(); requestAnimationFrame(() => resolve(performance.now() - start)); })',
  );

async function setCode(page: RawPage, code: string): Promise<void> {
  await page.evaluate(
    `(() => { const editor = ${pair}.querySelector('[data-testid="editor"]'); editor.focus(); document.execCommand('selectAll'); })()`,
  );
  await page.insertText(code);
  assert.equal(
    (await page.evaluate<string>(`${pair}.querySelector('[data-testid="editor"]').innerText`)).trim(),
    code,
  );
}

const run = (page: RawPage) => page.evaluate(`${pair}.querySelector('button[data-action="run"]').click()`);
const status = (page: RawPage) => page.evaluate<string>(`${output}.getAttribute('data-status')`);

test('after a sample exhausts memory, the page stays responsive, says so, and the next Run works', async () => {
  const page = await chromium.open(server.origin + PATH);
  await waitFor(page, `document.documentElement?.getAttribute('data-has-hydrated') === 'true'`, 30_000);
  // The TypeScript tab, then reach for the sample: the runner loads on intent.
  await page.evaluate(`${pairRoot}.querySelectorAll('[role="tab"]')[1].click()`);
  await page.evaluate(`${pair}.querySelector('button[data-action="run"]').focus()`);
  await waitFor(page, `${pair}.querySelector('[data-testid="editor"]')`, 30_000);

  await setCode(page, HOARD);
  await run(page);
  const deadline = Date.now() + 90_000;
  let slowest = 0;
  while ((await status(page)) === 'running') {
    assert.ok(Date.now() < deadline, 'the runaway sample was never reported');
    slowest = Math.max(slowest, await frameMs(page));
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  assert.ok(slowest < 200, `while the sandbox died, a frame took ${slowest} ms`);
  assert.equal(await status(page), 'error');
  assert.match(await page.evaluate<string>(`${output}.innerText`), /stopped answering/);
  assert.equal(page.crashed(), false, 'the page itself must not crash');

  await setCode(page, "console.log('recovered');");
  await run(page);
  await waitFor(page, `${output}.getAttribute('data-status') !== 'running'`, 30_000);
  assert.equal(await status(page), 'done');
  const lines = await page.evaluate<string[]>(
    `[...${output}.querySelectorAll('[data-line]')].map((line) => line.lastElementChild.textContent)`,
  );
  assert.deepEqual(lines, ['recovered']);
  assert.equal(await page.evaluate<number>(`document.querySelectorAll('iframe[sandbox]').length`), 1);
});
