/**
 * The production build in Debian Chromium: every page of every locale (from
 * each locale's sitemap) renders in its language without console errors;
 * every page of the default locale has no serious accessibility violation
 * (axe, in light mode, and in dark mode on the pages of DARK_PAGES; see AXE_IN); the locale dropdown keeps the page and the anchor; a broken link gets the
 * not-found page of its locale; the closed mobile menu does not prefetch its
 * pages. The pilot sample's run in the page, on the real clock, is
 * timed/timeline.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { DEFAULT_LOCALE, LOCALE_PREFIX, LOCALES, type Locale } from '../../config/locales.mjs';
import { START_MARK } from '../../src/runner/engine/runProgram';
import { readCodeMessages } from '../codeMessages';
import { NO_SERVICE_WORKER, useBuiltSite } from './harness';
import { SEARCH_WORDS, searchFirstHit } from './search';
import { sitemapPaths } from './sitemap';

const PREFIX = LOCALE_PREFIX;

/** Console messages that are not the site's fault, each with its reason. */
const ALLOWED_CONSOLE: { pattern: RegExp; why: string }[] = [
  {
    pattern: /^Service Worker registration blocked by Playwright$/,
    why: 'these tests run without the service worker (harness.ts, NO_SERVICE_WORKER)',
  },
];

const site = useBuiltSite();

/** A string only the runner's lazy chunk holds: the engine's start mark (timed/timeline.test.ts finds it once a sample runs). */
const RUNNER_MARK = START_MARK;

async function openPage(
  path: string,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<{ page: Page; problems: string[]; scripts: Promise<string>[] }> {
  // An explicit context (axe-core refuses a page from browser.newPage()), closed with its page.
  const context = await site.browser.newContext({ ...NO_SERVICE_WORKER, colorScheme });
  const page = await context.newPage();
  // A page still open when the file's browser closes closes with it, and so does its context:
  // closing that context again rejects, and unhandled, the rejection failed the file (seen once).
  page.on('close', () => void context.close().catch(() => {}));
  const problems: string[] = [];
  const scripts: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.text().catch(() => ''));
  });
  // No runtime network: everything the site needs is served with it.
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['blob:', 'data:'].includes(url.protocol) && url.origin !== site.origin) {
      problems.push(`off-site request: ${request.url()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    if (ALLOWED_CONSOLE.some(({ pattern }) => pattern.test(message.text()))) return;
    problems.push(`console ${message.type()}: ${message.text()}`);
  });
  await page.goto(site.origin + path);
  await page.waitForSelector('html[data-has-hydrated="true"]');
  return { page, problems, scripts };
}

/**
 * Axe runs on every page of this locale, in both modes. The other locales' pages are the same
 * components and theme with other words (their `lang`, titles, descriptions and console are checked
 * on every page): axe on them found nothing the default locale's run did not, and cost about
 * 100 s of the suite (measured 2026-12-03: 175 s for the pages, most of it axe).
 */
const AXE_IN: Locale = DEFAULT_LOCALE;

/**
 * The code listings (an article's thousands of token spans, half of axe's time on it) are checked
 * on one article, in both modes: every listing is coloured by the same token classes. Of its
 * listings, axe reads the fewest that hold every token class the article uses, on every kind of
 * listing background (coverOfTokenClasses); the others are the same colours on the same grounds.
 */
const LISTINGS_PAGE = '/docs/asyncio-async-programming';
const DARK_PAGES = ['/', LISTINGS_PAGE, '/docs/phrasebook'];

// Pages four at a time, each in its own browser context: loading a page mostly waits (for the network
// to go idle), and axe (10–18 s on a page with sixty highlighted listings) keeps a core busy, so two
// per core keeps both cores working.
describe('pages', { concurrency: 4 }, () => {
  for (const locale of LOCALES) {
    test(`${locale}: the sitemap lists the home page and the articles`, () => {
      const paths = sitemapPaths(locale);
      assert.ok(paths.includes(`${PREFIX[locale]}/`), `home page missing: ${paths.join(', ')}`);
      assert.ok(paths.includes(`${PREFIX[locale]}/docs/asyncio-async-programming`));
    });

    for (const path of sitemapPaths(locale)) {
      // One page load for both checks: axe in the default (light) mode runs on the rendered page.
      const axeHere = locale === AXE_IN;
      test(`${path} renders in ${locale} with no console error and no runner code${axeHere ? ', and has no serious accessibility violation in light mode' : ''}`, async () => {
        const { page, problems, scripts } = await openPage(path);
        assert.equal(await page.getAttribute('html', 'lang'), locale);
        assert.ok((await page.locator('h1').count()) > 0, 'no h1 heading');
        await page.waitForLoadState('networkidle');
        assert.deepEqual(problems, []);
        // The editor and sandbox load only when a reader reaches for a sample.
        const loaded = await Promise.all(scripts);
        assert.equal(
          loaded.filter((body) => body.includes(RUNNER_MARK)).length,
          0,
          'runner code loaded untouched',
        );
        // Search engines and readers of other languages find the other versions of the page.
        const alternates = await page
          .locator('link[rel="alternate"][hreflang]')
          .evaluateAll((links) => links.map((link) => link.getAttribute('hreflang')).sort());
        assert.deepEqual(alternates, ['en', 'x-default', 'zh-CN', 'zh-TW']);
        const description = await page.locator('meta[name="description"]').getAttribute('content');
        assert.ok(description && description.length > 20, `no description meta on ${path}`);
        if (axeHere) assert.deepEqual(await seriousViolations(page, 'light', path === LISTINGS_PAGE), []);
        await page.close();
      });

      // Dark mode is the theme's other palette: the home page and the article with every kind of
      // block (listings, live samples, notes, figures) show all of it.
      if (axeHere && DARK_PAGES.includes(path)) {
        test(`${path} has no serious accessibility violation in dark mode`, async () => {
          const { page } = await openPage(path, 'dark');
          assert.deepEqual(await seriousViolations(page, 'dark', path === LISTINGS_PAGE), []);
          await page.close();
        });
      }
    }
  }
});

/** What axe finds serious or critical on the page, once the theme is in the given mode. */
async function seriousViolations(page: Page, scheme: 'light' | 'dark', listings: boolean): Promise<string[]> {
  await page.waitForSelector(`html[data-theme="${scheme}"]`);
  // Violations only: axe still runs every rule on every node, but skips building the report of the
  // nodes that pass (a selector and a snippet each): 3.7 → 3.2 s on an article (2026-12-05).
  const axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  if (listings) await coverOfTokenClasses(page);
  const { violations } = await (listings ? axe.exclude(`[${NOT_IN_COVER}]`) : axe.exclude('pre')).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

const NOT_IN_COVER = 'data-axe-skip';

/**
 * Marks every listing but a covering few with NOT_IN_COVER: greedily, the listing that adds the
 * most (token class, listing class) pairs not yet covered, until every pair on the page is. Each
 * pair is a colour on a ground, which is what axe's contrast rule checks.
 */
function coverOfTokenClasses(page: Page): Promise<void> {
  // No named function inside: tsx would wrap it in a helper the page does not have (__name).
  return page.evaluate((skip) => {
    const listings = [...document.querySelectorAll('pre')].map((pre) => ({
      pre,
      // Its own text colour too: a listing may hold plain text only.
      pairs: new Set(
        [pre, ...pre.querySelectorAll('[class*="token"]')].map(
          (token) => `${token === pre ? 'text' : token.className} on ${pre.className}`,
        ),
      ),
    }));
    const uncovered = new Set(listings.flatMap(({ pairs }) => [...pairs]));
    const kept = new Set<Element>();
    while (uncovered.size > 0) {
      let best = listings[0];
      let bestGain = -1;
      for (const listing of listings) {
        const gain = [...listing.pairs].filter((pair) => uncovered.has(pair)).length;
        if (gain > bestGain) [best, bestGain] = [listing, gain];
      }
      kept.add(best.pre);
      for (const pair of best.pairs) uncovered.delete(pair);
    }
    for (const { pre } of listings) if (!kept.has(pre)) pre.setAttribute(skip, '');
  }, NOT_IN_COVER);
}

describe('search', () => {
  for (const locale of LOCALES) {
    test(`${locale}: the local search finds "${SEARCH_WORDS[locale]}" in the article`, async () => {
      const { page, problems } = await openPage(`${PREFIX[locale]}/`);
      const input = await searchFirstHit(page, locale);
      await input.press('Enter');
      await page.waitForURL(`**${PREFIX[locale]}/docs/asyncio-async-programming**`);
      assert.equal(await page.getAttribute('html', 'lang'), locale);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }
});

describe('language switch', () => {
  test('the locale dropdown keeps the page and the #anchor', async () => {
    const { page } = await openPage('/docs/asyncio-async-programming#sync-vs-async-timing');
    for (const [label, locale] of [
      ['English', 'en'],
      ['简体中文', 'zh-CN'],
      ['繁體中文', 'zh-TW'],
    ] as const) {
      await page.locator('.navbar .dropdown > .navbar__link').first().hover();
      await page.locator('.navbar .dropdown__menu').getByText(label, { exact: true }).click();
      await page.waitForURL(`**${PREFIX[locale]}/docs/asyncio-async-programming#sync-vs-async-timing`);
      await page.waitForSelector(`html[lang="${locale}"]`);
      assert.equal(
        await page.locator('#sync-vs-async-timing').count(),
        1,
        `${locale} has no #sync-vs-async-timing`,
      );
    }
    await page.close();
  });
});

describe('broken links', () => {
  for (const locale of LOCALES) {
    const path = `${PREFIX[locale]}/docs/no-such-page`;
    test(`${locale}: ${path} answers 404 with the not-found page in ${locale}`, async () => {
      const title = readCodeMessages(locale)['theme.NotFound.title'].message;
      const page = await site.browser.newPage(NO_SERVICE_WORKER);
      const response = await page.goto(site.origin + path);
      assert.equal(response?.status(), 404);
      await page.waitForSelector('html[data-has-hydrated="true"]');
      assert.equal(await page.getAttribute('html', 'lang'), locale);
      assert.equal((await page.locator('main h1').textContent())?.trim(), title);
      await page.close();
    });
  }
});

describe('mobile menu', () => {
  test("a doc page prefetches the menu's pages when the reader opens the menu, not as it loads", async () => {
    const page = await site.browser.newPage({ ...NO_SERVICE_WORKER, viewport: { width: 412, height: 823 } });
    await page.goto(`${site.origin}/docs/asyncio-async-programming`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await page.waitForLoadState('networkidle');
    // Docusaurus prefetches a page's chunks when a link to it comes into view.
    const countPrefetched = () =>
      new Set([...document.querySelectorAll('link[rel="prefetch"]')].map((link) => link.getAttribute('href')))
        .size;
    const onLoad = await page.evaluate(countPrefetched);
    await page.locator('.navbar__toggle').click();
    await page.locator('.navbar-sidebar .menu__link[href$="/docs/asyncio-notes"]').waitFor();
    const more = await page
      .waitForFunction(`(${countPrefetched.toString()})() > ${onLoad}`, undefined, { timeout: 5000 })
      .then(
        () => true,
        () => false,
      );
    assert.ok(
      more,
      `opening the menu prefetched nothing new (${onLoad} chunks on load): the closed menu's links were prefetched as the page loaded`,
    );
    await page.close();
  });
});

describe('listings and sample tabs', () => {
  const ARTICLE = `${PREFIX.en}/docs/asyncio-async-programming`;

  test('a page reached by a client-side navigation shows its listings highlighted from its first frame', async () => {
    // The browser highlights such a page itself, with a lazily loaded highlighter (src/highlight/highlighter.ts).
    const { page, problems } = await openPage(`${PREFIX.en}/docs/how-samples-run`);
    const firstFrame = page.evaluate(`new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector('[data-sample-id]')) return;
        observer.disconnect();
        requestAnimationFrame(() => resolve(document.querySelectorAll('.static-tokens .token').length));
      });
      observer.observe(document.body, { childList: true, subtree: true });
    })`);
    await page.locator(`.theme-doc-sidebar-menu a[href="${ARTICLE}"]`).click();
    assert.ok(((await firstFrame) as number) > 1000, 'the article showed its listings unhighlighted');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the sample tabs keep the server-rendered listings and follow the reader across pairs and pages', async () => {
    const page = await site.browser.newPage(NO_SERVICE_WORKER);
    // Classic Tabs remount their content once the page hydrates; SampleTabs apply a stored or linked
    // choice after hydration without re-creating anything.
    await page.addInitScript(`window.__removedListings = 0;
      new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.removedNodes)
            if (node.nodeType === 1) window.__removedListings += node.matches('code.static-tokens') + node.querySelectorAll('code.static-tokens').length;
      }).observe(document, { childList: true, subtree: true });`);
    await page.goto(site.origin + ARTICLE);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await page.waitForTimeout(500);
    assert.equal(
      await page.evaluate('window.__removedListings'),
      0,
      'listings were re-created after hydration',
    );
    // textContent: pairs off screen are not rendered (content-visibility), so their innerText is empty.
    const selected = () =>
      page.locator('[data-sample-id] [role="tab"][aria-selected="true"]').allTextContents();
    const pairs = await page.locator('[data-sample-id]').count();
    // A pair far down the page: every pair above it changes height, yet its tab stays where it was.
    const tab = page.locator('[data-sample-id] [role="tab"]').nth(2 * (pairs - 3) + 1);
    await tab.scrollIntoViewIfNeeded();
    // The pairs that came near the viewport are laid out on the next frame (content-visibility), and
    // those above the tab push it down: measure once it has held still for two frames.
    await tab.evaluate(`(tab) => new Promise((resolve) => {
      let last = NaN, still = 0;
      const step = () => {
        const top = tab.getBoundingClientRect().top;
        still = top === last ? still + 1 : 0;
        last = top;
        if (still === 2) resolve();
        else requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    })`);
    const top = async () => (await tab.boundingBox())!.y;
    const before = await top();
    await tab.click();
    assert.ok(Math.abs((await top()) - before) < 2, `the clicked tab moved from ${before} to ${await top()}`);
    assert.deepEqual(new Set(await selected()), new Set(['TypeScript (runnable)']));
    assert.equal((await selected()).length, pairs);
    // The keyboard: an arrow moves the focus to the other tab, Enter selects it.
    await tab.press('ArrowLeft');
    await page.keyboard.press('Enter');
    assert.deepEqual(new Set(await selected()), new Set(['Python']));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press(' ');
    assert.deepEqual(new Set(await selected()), new Set(['TypeScript (runnable)']));
    await page.goto(site.origin + `${PREFIX.en}/docs/asyncio-across-threads`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await page.waitForTimeout(500);
    assert.deepEqual(new Set(await selected()), new Set(['TypeScript (runnable)']));
    assert.equal(await page.evaluate('window.__removedListings'), 0, 'the stored choice re-created listings');
    // A link's choice wins on the page it opens.
    await page.goto(site.origin + `${PREFIX.en}/docs/asyncio-across-threads?sample-language=python`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    assert.deepEqual(new Set(await selected()), new Set(['Python']));
    await page.close();
  });
});

describe('a jump to a heading', () => {
  // Far down an article whose pairs are laid out only near the viewport: before the pairs above it
  // were held in check (src/clientModules/holdHashTarget.ts), it landed 135 px low.
  const ARTICLE = `${PREFIX.en}/docs/asyncio-async-programming`;
  const HEADING = 'async-iterator';
  /** The heading's distance below where a jump should put it (its scroll margin), once settled. */
  const offPlace = (page: Page) =>
    page.evaluate<number>(`new Promise((resolve) => setTimeout(() => {
      const heading = document.getElementById(${JSON.stringify(HEADING)});
      resolve(heading.getBoundingClientRect().top - parseFloat(getComputedStyle(heading).scrollMarginTop));
    }, 800))`);

  test('lands the heading at its place, from a link into the page and from the table of contents; the reader’s own scroll is not undone', async () => {
    const page = await site.browser.newPage(NO_SERVICE_WORKER);
    await page.goto(`${site.origin}${ARTICLE}#${HEADING}`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    assert.ok(
      Math.abs(await offPlace(page)) < 1,
      `a link into the page left it ${await offPlace(page)} px off`,
    );
    await page.evaluate('window.scrollTo(0, 0)');
    await page.locator(`.table-of-contents a[href="#${HEADING}"]`).first().click();
    assert.ok(
      Math.abs(await offPlace(page)) < 1,
      `the table of contents left it ${await offPlace(page)} px off`,
    );
    await page.evaluate('window.scrollTo(0, 0)');
    await page.locator(`.table-of-contents a[href="#${HEADING}"]`).first().click();
    await page.mouse.wheel(0, 300);
    assert.ok((await offPlace(page)) < -250, 'the page pulled the heading back after the reader scrolled');
    await page.close();
  });
});
