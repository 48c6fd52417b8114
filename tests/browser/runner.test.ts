/**
 * The runner in Debian Chromium against the production build: controls, one
 * sandbox per page, share links and fast-forward. What is timed (Stop's 100 ms,
 * threads in parallel, the page painting after hostile input) is
 * timed/responsiveness.test.ts, run with the machine to itself.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { NO_SERVICE_WORKER, useBuiltSite } from './harness';
import { PATH, SAMPLE, openSample as openSampleOf } from './runnerPage';
import { sampleDriver } from './sampleDriver';

const site = useBuiltSite();
const openSample = (path?: string) => openSampleOf(site, path);

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
