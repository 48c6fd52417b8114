/**
 * Reading offline (README: Reading offline): a reader visits one article in each locale, in the
 * default locale first, so the root's service worker (scope `/`) already controls the other
 * locales' pages when they are first opened; the footer then says the pages are available offline,
 * in the locale's words. With the server stopped, in every locale: the article reloads, another
 * article opens (a full navigation, its HTML from the worker), and a twin runs (the runner's lazy
 * chunk from the worker's cache). The Python runtime, fetched on a Python Run in the default locale,
 * runs a sample's Python offline in another locale: the workers keep it in a cache of the origin.
 * One reader, one origin, one server (compressing fast: this test measures nothing), stopped
 * mid-test. No page logs an error or a warning.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { LOCALE_PREFIX, LOCALES, type Locale } from '../../config/locales.mjs';
import { expectedFile, readMeta } from '../../plugins/sampleFiles';
import { compareOutput } from '../../scripts/compareOutput';
import { readCodeMessages } from '../codeMessages';
import { launchBrowser } from './launchBrowser';
import { sampleDriver } from './sampleDriver';
import { serveBuild } from './serveBuild.mjs';

const VISITED = '/docs/python-asyncio';
const OTHER = '/docs/asyncio-async-programming';
/** A pair of OTHER whose twin and Python run on the fast-forward clock in no time. */
const TWIN = 's4-02-asyncio-run-main';
/** Where the Python runtime is first run, and where it is run offline. */
const PYTHON_ONLINE: Locale = 'zh-TW';
const PYTHON_OFFLINE: Locale = 'en';

let browser: Browser;
let context: BrowserContext;
let server: Awaited<ReturnType<typeof serveBuild>>;
before(async () => {
  server = await serveBuild({ fastCompression: true });
  browser = await launchBrowser();
  context = await browser.newContext();
});
after(async () => {
  await browser.close();
  await server.close();
});

const problems: string[] = [];

/** Runs one side of TWIN on the fast-forward clock and checks what it printed. */
async function runSample(page: Page, locale: Locale, side: 'typescript' | 'python'): Promise<void> {
  const sample = sampleDriver(page, TWIN, side);
  await sample.open();
  await sample.button('fast-forward').click();
  await sample.button('run').click();
  await sample.waitForStatus('done', 30_000);
  const printed = (await sample.lines()).map((line) => line.text).join('\n');
  assert.equal(
    compareOutput(readFileSync(expectedFile(TWIN, locale), 'utf8'), printed, readMeta(TWIN)),
    null,
  );
}

async function open(page: Page, path: string): Promise<void> {
  await page.goto(server.origin + path);
  await page.waitForSelector('html[data-has-hydrated="true"]');
}

describe('reading offline', () => {
  const pages = new Map<string, Page>();

  test('each locale: one visit, then the footer says its pages are available offline', async () => {
    for (const locale of LOCALES) {
      const page = await context.newPage();
      page.on('pageerror', (error) => problems.push(`${locale} page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning')
          problems.push(`${locale} console ${message.type()}: ${message.text()}`);
      });
      pages.set(locale, page);
      await open(page, `${LOCALE_PREFIX[locale]}${VISITED}`);
      const said = readCodeMessages(locale)['offline.available'].message;
      await page.getByTestId('offline-status').getByText(said, { exact: true }).waitFor({ timeout: 15_000 });
      // Its own locale's worker controls the page (claimed from the root's, for zh-CN and en).
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
      assert.equal(scope, `${server.origin}${LOCALE_PREFIX[locale]}/`);
      assert.ok(
        await page.evaluate(() => navigator.serviceWorker.controller !== null),
        'page not controlled',
      );
      if (locale === PYTHON_ONLINE) {
        await open(page, `${LOCALE_PREFIX[locale]}${OTHER}`);
        await runSample(page, locale, 'python');
        await open(page, `${LOCALE_PREFIX[locale]}${VISITED}`);
      }
    }
    await server.close();
    await assert.rejects(fetch(server.origin), 'the server still answers');
  });

  for (const locale of LOCALES) {
    test(`${locale}, server stopped: the article reloads, another opens, and a twin runs`, async () => {
      const page = pages.get(locale);
      assert.ok(page, 'no visit');
      // Each locale's page is a tab of one window: a tab in the background runs its timers late.
      await page.bringToFront();
      await page.reload();
      await page.waitForSelector('html[data-has-hydrated="true"]');
      assert.equal(await page.getAttribute('html', 'lang'), locale);
      assert.ok((await page.locator('article h1').count()) === 1, 'the article did not reload');

      await open(page, `${LOCALE_PREFIX[locale]}${OTHER}`);
      await runSample(page, locale, 'typescript');
      if (locale === PYTHON_OFFLINE) await runSample(page, locale, 'python');
      assert.deepEqual(problems, []);
    });
  }
});
