/**
 * Search across scripts and languages (issue 17), in the production build: on the zh-TW site a
 * query in Simplified characters or mainland words (线程, 异步, 协程) finds every section its
 * Taiwan spelling finds, on the zh-CN site a Traditional or Taiwan one (執行緒, 非同步) every
 * section its mainland spelling finds; an English API name finds the articles that explain it;
 * in the search page (`/search?q=…`) and the navbar's search, in every locale. One page per
 * locale, its queries typed one after another; the locales at once, since the time goes to waiting
 * for each list to settle (17.2 s one locale after another, 2026-12-05).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { LOCALE_PREFIX, LOCALES, type Locale } from '../../config/locales.mjs';
import { useBuiltSite } from './harness';

const site = useBuiltSite();

/** Each cross-script query, and the locale's own spelling whose results it must all find. */
const SAME_AS: Record<Locale, [query: string, own: string][]> = {
  'zh-TW': [
    ['线程', '執行緒'],
    ['异步', '非同步'],
    ['协程', '協程'],
    ['程序', '程式'],
    ['事件循环', '事件迴圈'],
  ],
  'zh-CN': [
    ['執行緒', '线程'],
    ['非同步', '异步'],
    ['協程', '协程'],
    ['程式', '程序'],
    ['事件迴圈', '事件循环'],
  ],
  en: [],
};

/** English API names, and articles each must find in every locale. */
const API_NAMES: [query: string, articles: string[]][] = [
  ['gather', ['python-asyncio', 'asyncio-async-programming', 'phrasebook']],
  ['TaskGroup', ['asyncio-async-programming', 'phrasebook']],
];

/** The navbar's query in each Chinese locale, and a character of the locale's word its suggestions must mark. */
const NAVBAR: Partial<Record<Locale, [query: string, marked: string]>> = {
  'zh-TW': ['线程', '緒'],
  'zh-CN': ['執行緒', '线'],
};

/** A query that finds nothing: typed between two queries, so the next list seen is the next query's. */
const NOTHING = 'qqqqzzzz';

/** The search page's results for a query typed in its box (one that finds something): each result's path and anchor. */
async function resultsOf(page: Page, query: string): Promise<string[]> {
  await page.fill('input[name="q"]', NOTHING);
  await page.waitForFunction(() => document.querySelectorAll('article a[href]').length === 0);
  await page.fill('input[name="q"]', query);
  // Settled results: the same non-empty list on two looks 250 ms apart. The cross-script search
  // merges the results of each form of the query, so a list may show and be replaced (a look
  // right after the first showing once read an empty list under load).
  const read = () =>
    page.$$eval('article a[href]', (links) =>
      links.map((link) => {
        const url = new URL((link as HTMLAnchorElement).href);
        return url.pathname + url.hash;
      }),
    );
  let last: string[] = [];
  for (;;) {
    await page.waitForFunction(() => document.querySelectorAll('article a[href]').length > 0);
    const now = await read();
    if (now.length > 0 && now.join() === last.join()) return now;
    last = now;
    await page.waitForTimeout(250);
  }
}

const articleOf = (href: string) => href.replace(/^.*\/docs\/([^#?]+).*$/, '$1');

describe('search', { concurrency: true }, () => {
  for (const locale of LOCALES) {
    describe(`search in ${locale}`, () => {
      test('the search page finds a query in the other script, region or language', async () => {
        const page = await site.browser.newPage();
        const [first] = [...SAME_AS[locale].map(([query]) => query), API_NAMES[0][0]];
        await page.goto(`${site.origin}${LOCALE_PREFIX[locale]}/search?q=${encodeURIComponent(first)}`);
        await page.waitForSelector('html[data-has-hydrated="true"]');
        for (const [query, own] of SAME_AS[locale]) {
          const found = await resultsOf(page, query);
          const expected = await resultsOf(page, own);
          assert.ok(expected.length > 0, `${own} finds nothing`);
          const missing = expected.filter((href) => !found.includes(href));
          assert.deepEqual(
            missing,
            [],
            `${query} misses what ${own} finds (${found.length} vs ${expected.length})`,
          );
        }
        for (const [query, articles] of API_NAMES) {
          const found = new Set((await resultsOf(page, query)).map(articleOf));
          for (const article of articles) assert.ok(found.has(article), `${query} does not find ${article}`);
        }
        await page.close();
      });

      const navbar = NAVBAR[locale];
      if (navbar) {
        test('the navbar search finds a query in the other script', async () => {
          const [query, marked] = navbar;
          const page = await site.browser.newPage();
          await page.goto(`${site.origin}${LOCALE_PREFIX[locale]}/`);
          await page.waitForSelector('html[data-has-hydrated="true"]');
          const input = page.locator('input.navbar__search-input');
          await input.focus();
          // The index loads on focus; autocomplete.js marks the input once it listens to it.
          await page.waitForSelector('input.navbar__search-input[aria-autocomplete]');
          await input.pressSequentially(query);
          await page.waitForSelector('[role=option]');
          const marks = await page.$$eval('[role=option] mark', (elements) =>
            elements.map((mark) => mark.textContent),
          );
          assert.ok(marks.join('').includes(marked), `${query}: marked ${marks.join(' ')}`);
          await page.close();
        });
      }
    });
  }
});
