/**
 * Reading offline (README: Reading offline): a reader visits one article in each locale, in the
 * default locale first, so the root's service worker (scope `/`) already controls the other
 * locales' pages when they are first opened; the footer then says the pages are available offline,
 * in the locale's words. With the server stopped, in every locale: the article reloads, another
 * article opens (a full navigation, its HTML from the worker), and a twin runs (the runner's lazy
 * chunk from the worker's cache). The Python runtime's files, once the page has fetched them (as
 * it does on a reader's first Python Run) in the default locale, are there offline in another
 * locale: the workers keep them in a cache of the origin. The search, used once online in English,
 * finds its word offline (its index is kept on first use too). (Running the Python itself offline, as
 * commit dbe063a's version of this test did, passes too, at 39 s of the test's 65 s: the runtime
 * compiles and starts anew in each page.) One reader, one origin, one server (compressing fast:
 * this test measures nothing), stopped mid-test. No page logs an error or a warning. And each
 * locale's precache list holds its own files, without source maps, the Python runtime or the search index. A new
 * build reaches a returning reader: the popup says so in the locale's words, and Refresh shows it.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEFAULT_LOCALE, LOCALE_PREFIX, LOCALES, type Locale } from '../../config/locales.mjs';
import { pythonRuntimeInfo, RUNTIME_FILES } from '../../plugins/pythonRuntime';
import { expectedFile, readMeta } from '../../plugins/sampleFiles';
import { compareOutput } from '../../scripts/compareOutput';
import { readCodeMessages } from '../codeMessages';
import { TEST_SERVER } from './harness';
import { launchBrowser } from './launchBrowser';
import { sampleDriver } from './sampleDriver';
import { searchFirstHit } from './search';
import { BUILD_DIR, serveBuild } from './serveBuild.mjs';

const VISITED = '/docs/python-asyncio';
const OTHER = '/docs/asyncio-async-programming';
/** A twin of OTHER that runs on the fast-forward clock in no time. */
const TWIN = 's4-02-asyncio-run-main';
/** Where the page fetches the Python runtime, and where the files are fetched again offline. */
const PYTHON_ONLINE: Locale = DEFAULT_LOCALE;
const PYTHON_OFFLINE: Locale = 'en';
/** Where the reader searches once online, and again offline (the index is kept on first use). */
const SEARCHED: Locale = 'en';
const runtime = pythonRuntimeInfo('/');

let browser: Browser;
let context: BrowserContext;
let server: Awaited<ReturnType<typeof serveBuild>>;
before(async () => {
  server = await serveBuild(TEST_SERVER);
  browser = await launchBrowser();
  context = await browser.newContext();
});
// Either may be missing when `before` failed (no Chromium, say): the server that did start must
// still close, or the file hangs instead of ending with that failure.
after(async () => {
  await (browser as Browser | undefined)?.close();
  await (server as typeof server | undefined)?.close();
});

const problems: string[] = [];

/** Runs TWIN on the fast-forward clock and checks what it printed. */
async function runTwin(page: Page, locale: Locale): Promise<void> {
  const twin = sampleDriver(page, TWIN);
  await twin.open();
  await twin.button('fast-forward').click();
  await twin.button('run').click();
  await twin.waitForStatus('done');
  const printed = (await twin.lines()).map((line) => line.text).join('\n');
  assert.equal(
    compareOutput(readFileSync(expectedFile(TWIN, locale), 'utf8'), printed, readMeta(TWIN)),
    null,
  );
}

/** The page fetches each file of the Python runtime as src/runner/page/pythonRuntime.ts does: their sizes. */
function fetchRuntime(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    async ({ url, files }) => {
      const sizes = await Promise.all(
        files.map(async (file) => {
          const response = await fetch(url + file);
          return response.ok ? (await response.arrayBuffer()).byteLength : -response.status;
        }),
      );
      return Object.fromEntries(files.map((file, i) => [file, sizes[i]]));
    },
    { url: runtime.url, files: RUNTIME_FILES },
  );
}

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('html[data-has-hydrated="true"]');
}

test('each locale precaches its own files, without source maps, the Python runtime or the search index', () => {
  for (const locale of LOCALES) {
    const sw = readFileSync(join(BUILD_DIR, LOCALE_PREFIX[locale], 'sw.js'), 'utf8');
    const urls = [...sw.matchAll(/"url":"([^"]+)"/g)].map(([, url]) => url);
    assert.ok(urls.includes(VISITED.slice(1)) && urls.includes('index.html'), `${locale}: ${urls.join(' ')}`);
    const strays = urls.filter(
      (url) =>
        /\.map$|^pyodide\/|^search-index/.test(url) || LOCALES.some((other) => url.startsWith(`${other}/`)),
    );
    assert.deepEqual(strays, [], locale);
  }
});

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
      await open(page, `${server.origin}${LOCALE_PREFIX[locale]}${VISITED}`);
      const said = readCodeMessages(locale)['offline.available'].message;
      await page.getByTestId('offline-status').getByText(said, { exact: true }).waitFor({ timeout: 15_000 });
      // Its own locale's worker controls the page (claimed from the root's, for zh-CN and en).
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
      assert.equal(scope, `${server.origin}${LOCALE_PREFIX[locale]}/`);
      assert.ok(
        await page.evaluate(() => navigator.serviceWorker.controller !== null),
        'page not controlled',
      );
      if (locale === SEARCHED) {
        await searchFirstHit(page, locale);
        await page.waitForFunction(
          async () => (await (await caches.open('asyncio-twins-search-index')).keys()).length === 1,
        );
      }
      if (locale === PYTHON_ONLINE) {
        assert.deepEqual(await fetchRuntime(page), runtime.sizes);
        // The worker keeps each file once the page has it (event.waitUntil): wait for the last.
        await page.waitForFunction(
          async (count) =>
            (await (await caches.open('asyncio-twins-python-runtime')).keys()).length === count,
          Object.keys(runtime.sizes).length,
        );
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

      await open(page, `${server.origin}${LOCALE_PREFIX[locale]}${OTHER}`);
      await runTwin(page, locale);
      if (locale === PYTHON_OFFLINE) assert.deepEqual(await fetchRuntime(page), runtime.sizes);
      if (locale === SEARCHED) await searchFirstHit(page, locale);
      assert.deepEqual(problems, []);
    });
  }
});

test('a new build reaches a returning reader: the popup offers it, and Refresh shows it', async () => {
  // A copy of one locale's build (and the root's index.html, which the server asks for), changed
  // below as a new deployment would change it: one page, and its revision in sw.js's precache list.
  const locale: Locale = 'zh-CN';
  const root = mkdtempSync(join(tmpdir(), 'offline-update-'));
  cpSync(join(BUILD_DIR, 'index.html'), join(root, 'index.html'));
  cpSync(join(BUILD_DIR, LOCALE_PREFIX[locale]), join(root, LOCALE_PREFIX[locale]), { recursive: true });
  const updated = await serveBuild({ ...TEST_SERVER, root });
  const readerContext = await browser.newContext();
  try {
    const page = await readerContext.newPage();
    await open(page, `${updated.origin}${LOCALE_PREFIX[locale]}${VISITED}`);
    const messages = readCodeMessages(locale);
    await page
      .getByTestId('offline-status')
      .getByText(messages['offline.available'].message, { exact: true })
      .waitFor({ timeout: 15_000 });

    // A mark in the page's head, which hydration leaves alone (React would drop a paragraph that the
    // page's JavaScript does not render).
    const NEW = 'meta[name="offline-test-build"]';
    const pageFile = join(root, LOCALE_PREFIX[locale], `${VISITED}.html`);
    writeFileSync(
      pageFile,
      readFileSync(pageFile, 'utf8').replace(
        '</head>',
        '<meta name="offline-test-build" content="2"></head>',
      ),
    );
    const swFile = join(root, LOCALE_PREFIX[locale], 'sw.js');
    const entry = new RegExp(`"revision":"[0-9a-f]+","url":"${VISITED.slice(1)}"`);
    const sw = readFileSync(swFile, 'utf8');
    assert.match(sw, entry);
    writeFileSync(swFile, sw.replace(entry, `"revision":"new","url":"${VISITED.slice(1)}"`));

    // The reader comes back: the worker serves the page it has, and the browser fetches sw.js anew.
    await page.reload();
    await page
      .getByText(messages['theme.PwaReloadPopup.info'].message, { exact: true })
      .waitFor({ timeout: 15_000 });
    assert.equal(await page.locator(NEW).count(), 0, 'the new page before Refresh');
    await page
      .getByRole('button', { name: messages['theme.PwaReloadPopup.refreshButtonText'].message })
      .click();
    await page.locator(NEW).waitFor({ state: 'attached', timeout: 15_000 });
  } finally {
    await readerContext.close();
    await updated.close();
    rmSync(root, { recursive: true, force: true });
  }
});
