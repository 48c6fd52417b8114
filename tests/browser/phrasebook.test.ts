/**
 * The asyncio ↔ TypeScript phrasebook in the production build, in every locale:
 * the table has a row for every API the issue asks for (and for every row of
 * plugins/phrasebookApis.ts), each row links to pairs, and every link lands on
 * an existing pair anchor (`…#sample-<id>`) of an article in the same locale;
 * the rows that fold their links say how many in the locale's words; a link
 * followed in the page scrolls to its pair. The phrasebook is reachable from
 * the navbar, the home page and the end of each article, and the footer lists
 * all four articles.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { LOCALE_PREFIX, LOCALES } from '../../config/locales.mjs';
import { PHRASEBOOK_APIS } from '../../plugins/phrasebookApis';
import { NO_SERVICE_WORKER, useBuiltSite } from './harness';
import { BUILD_DIR } from './serveBuild.mjs';

const site = useBuiltSite();

/** The APIs issue 17 names, each a row's data-api. */
const REQUIRED = [
  'asyncio.run',
  'asyncio.create_task',
  'asyncio.gather',
  'asyncio.gather(return_exceptions=True)',
  'asyncio.wait(ALL_COMPLETED)',
  'asyncio.wait(FIRST_COMPLETED)',
  'asyncio.wait(FIRST_EXCEPTION)',
  'asyncio.wait_for',
  'asyncio.timeout',
  'asyncio.shield',
  'asyncio.as_completed',
  'asyncio.TaskGroup',
  'Task.cancel',
  'asyncio.sleep',
  'asyncio.sleep(0)',
  'asyncio.Future',
  'asyncio.Queue',
  'Queue.join',
  'asyncio.Lock',
  'asyncio.Semaphore',
  'asyncio.to_thread',
  'loop.run_in_executor',
  'concurrent.futures.ProcessPoolExecutor',
  'loop.call_soon',
  'loop.call_soon_threadsafe',
  'asyncio.run_coroutine_threadsafe',
  'contextvars.ContextVar',
  'async with',
  'async for',
  'asyncio.run(debug=True)',
];

const ARTICLES = ['python-asyncio', 'asyncio-async-programming', 'asyncio-notes', 'asyncio-across-threads'];

/** "and {count} more", per locale, as docs/phrasebook.mdx and its translations write it. */
const MORE: Record<(typeof LOCALES)[number], RegExp> = {
  'zh-TW': /^還有 (\d+) 個$/,
  'zh-CN': /^还有 (\d+) 个$/,
  en: /^and (\d+) more$/,
};

async function open(path: string): Promise<Page> {
  const page = await site.browser.newPage(NO_SERVICE_WORKER);
  await page.goto(site.origin + path);
  await page.waitForSelector('html[data-has-hydrated="true"]');
  return page;
}

const hrefs = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));

for (const locale of LOCALES) {
  const prefix = LOCALE_PREFIX[locale];
  const phrasebook = `${prefix}/docs/phrasebook`;

  describe(`${locale} phrasebook`, () => {
    test('a row for every API the issue names and every API of the table, each linking to pairs', async () => {
      const page = await open(phrasebook);
      assert.equal(await page.locator('[data-testid="phrasebook"]').count(), 1);
      const rows = await page.locator('[data-testid="phrasebook"] tr[data-api]').evaluateAll((trs) =>
        trs.map((tr) => ({
          api: tr.getAttribute('data-api') ?? '',
          links: [...tr.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
        })),
      );
      const apis = rows.map((row) => row.api);
      assert.deepEqual(
        REQUIRED.filter((api) => !apis.includes(api)),
        [],
        'rows missing',
      );
      assert.deepEqual(
        apis,
        PHRASEBOOK_APIS.map((api) => api.api),
      );
      for (const row of rows) {
        assert.ok(row.links.length > 0, `row ${row.api} links to no pair`);
        for (const href of row.links) {
          assert.match(
            href,
            new RegExp(`^${prefix}/docs/[\\w-]+#sample-[\\w-]+$`),
            `row ${row.api}: ${href}`,
          );
        }
      }
      // Spot checks against the samples themselves.
      const linked = (api: string) => rows.find((row) => row.api === api)!.links.map((h) => h.split('#')[1]);
      assert.deepEqual(linked('asyncio.TaskGroup').sort(), [
        'sample-s4-08-taskgroup',
        'sample-s4-08-taskgroup-failure',
      ]);
      assert.ok(
        linked('asyncio.gather(return_exceptions=True)').includes('sample-s3-07-gather-return-exceptions'),
      );
      assert.deepEqual(linked('asyncio.sleep(0)'), ['sample-s2-03-call-soon-partial']);
      assert.ok(linked('asyncio.sleep').length > 20, 'asyncio.sleep: dozens of pairs use it');
      await page.close();
    });

    test('every link lands on an existing pair anchor of an article in this locale', async () => {
      const page = await open(phrasebook);
      const links = [...new Set(await hrefs(page, '[data-testid="phrasebook"] tr[data-api] a'))];
      await page.close();
      const byArticle = new Map<string, string[]>();
      for (const href of links) {
        const [path, anchor] = href.split('#');
        byArticle.set(path, [...(byArticle.get(path) ?? []), anchor]);
      }
      assert.deepEqual(
        [...byArticle.keys()].sort(),
        ARTICLES.map((article) => `${prefix}/docs/${article}`).sort(),
        'the links reach every article, and nothing else',
      );
      // From the built pages (what the server sends): opening twelve articles in the browser cost half a minute.
      for (const [path, anchors] of byArticle) {
        const html = readFileSync(join(BUILD_DIR, `${path}.html`), 'utf8');
        const ids = [...html.matchAll(/ id="?(sample-[\w-]+)/g)].map((match) => match[1]);
        assert.deepEqual(
          anchors.filter((anchor) => !ids.includes(anchor)),
          [],
          `${path}: no such pair`,
        );
        // The way back: the article links to the phrasebook (at its end: the mdx source puts it there).
        assert.match(
          html,
          new RegExp(`href="?${phrasebook}["> ]`),
          `${path} does not link to the phrasebook`,
        );
      }
    });

    test('a row with many pairs shows the best few and folds the rest under "and N more"', async () => {
      const page = await open(phrasebook);
      const row = page.locator('[data-testid="phrasebook"] tr[data-api="asyncio.sleep"]');
      const shown = await row.locator('td:last-child > ul > li a').count();
      const folded = await row.locator('details li a').count();
      assert.equal(shown, 3);
      assert.ok(folded > 0);
      const summary = (await row.locator('details summary').textContent())?.trim() ?? '';
      assert.equal(Number(MORE[locale].exec(summary)?.[1]), folded, `summary "${summary}"`);
      // The pairs about the API come first.
      const first = await row.locator('td:last-child > ul > li a').first().getAttribute('href');
      assert.match(first ?? '', /#sample-s1-03-say-after-timing$/);
      await page.close();
    });

    test('a link followed in the page scrolls to its pair', async () => {
      const page = await open(phrasebook);
      const link = page
        .locator('[data-testid="phrasebook"] tr[data-api="asyncio.shield"] td:last-child a')
        .first();
      const href = (await link.getAttribute('href'))!;
      await link.click();
      await page.waitForURL(`**${href}`);
      const pair = page.locator(`[id="${href.split('#')[1]}"]`);
      await pair.waitFor();
      await page.waitForFunction(
        // In view, and not under the fixed navbar.
        `(() => { const r = document.getElementById(${JSON.stringify(href.split('#')[1])}).getBoundingClientRect(); return r.top >= document.querySelector('.navbar').getBoundingClientRect().bottom - 1 && r.top < innerHeight; })()`,
        undefined,
        { timeout: 5000 },
      );
      await page.close();
    });

    test('the navbar and the home page link to the phrasebook, and the footer lists the four articles', async () => {
      const page = await open(`${prefix}/`);
      assert.ok((await hrefs(page, '.navbar a')).includes(phrasebook), 'no navbar link');
      assert.ok((await hrefs(page, 'main a, header.hero a')).includes(phrasebook), 'no home page link');
      const footer = await hrefs(page, 'footer a');
      assert.deepEqual(
        ARTICLES.filter((article) => !footer.includes(`${prefix}/docs/${article}`)),
        [],
        'articles missing from the footer',
      );
      await page.close();
    });
  });
}
