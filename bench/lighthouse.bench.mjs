// Lighthouse (mobile settings, the package's defaults) on the sample-heavy article in each locale,
// against the same locale's doc page without samples as the same-run baseline:
// `npm run build && npm run bench:lighthouse` (ROUNDS=5 for more rounds, WARM=1 for a returning
// reader, NO_SW=1 without the service worker). Goals: performance ≥ 98, accessibility 100, best
// practices 100, SEO 100.
//
// Every measurement starts a fresh Chromium, as the Lighthouse CLI does and as a reader's first
// visit does: in one long-lived browser a page measured after another of its locale found that
// locale's first CJK layout already paid for (about 25 ms, 100 ms under Lighthouse's throttling), so
// the figures depended on the order of the list. WARM=1 loads the page once in that browser before
// measuring it. Rounds interleave the pages, so a noisy minute on the machine spreads over all of
// them; the table shows each page's median and range.
//
// The test server compresses each file the first time it is asked for it (Brotli at its highest
// quality), where a static host serves files compressed ahead of time. Lighthouse's simulation
// replays each request's observed server time: a run that paid for the compression recorded 330 ms
// of server response time for the article's HTML instead of 1 ms. So every page is loaded once, in a
// throwaway browser, before any measurement.
//
// Plain JavaScript run by node: tsx's name-keeping transform breaks the functions Lighthouse sends
// into the page.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/browser/chromium.mjs';
import { LOCALE_PREFIX, serveBuild } from '../tests/browser/serveBuild.mjs';

const PAGES = Object.values(LOCALE_PREFIX).flatMap((prefix) => [
  `${prefix}/docs/how-samples-run`,
  `${prefix}/docs/asyncio-async-programming`,
]);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const WARM = process.env.WARM === '1';
// NO_SW=1: the same pages without their service worker (sw.js blocked: registration fails), for a
// same-build baseline of the worker's cost; best practices then lose errors-in-console for it.
const NO_SW = process.env.NO_SW === '1';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS',
};

/**
 * One run's figures: each category's score (0–100), each metric's value (undefined when its audit
 * errored: Lighthouse leaves numericValue out), and the audits below 1 as "category: audit".
 * @typedef {{
 *   scores: Record<string, number>,
 *   metrics: Record<string, number | undefined>,
 *   failed: string[],
 *   benchmarkIndex: number,
 * }} Measurement
 */

/**
 * One Lighthouse run in its own browser: category scores (0–100), metric values, failed audits.
 * @param {string} url
 * @returns {Promise<Measurement>}
 */
async function measure(url) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS });
  try {
    /** @type {import('lighthouse').Flags} */
    const options = {
      port: chrome.port,
      onlyCategories: CATEGORIES,
      logLevel: 'error',
      ...(NO_SW ? { blockedUrlPatterns: ['*/sw.js*'] } : {}),
    };
    if (WARM) await lighthouse(url, options);
    const result = await lighthouse(url, options);
    // Lighthouse returns no result only when told to gather without auditing (its -G mode).
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const { lhr } = result;
    const scores = Object.fromEntries(
      // A category whose score is null (an audit it needs errored) counts 0, as null * 100 does.
      CATEGORIES.map((id) => [id, Math.round((lhr.categories[id].score ?? 0) * 100)]),
    );
    const metrics = Object.fromEntries(Object.keys(METRICS).map((id) => [id, lhr.audits[id].numericValue]));
    const failed = CATEGORIES.slice(1).flatMap((id) =>
      lhr.categories[id].auditRefs
        .map((ref) => lhr.audits[ref.id])
        .filter(
          (a) => a.score !== null && a.score < 1 && !['informative', 'manual'].includes(a.scoreDisplayMode),
        )
        .map((a) => `${id}: ${a.id}`),
    );
    // How fast Lighthouse found this machine's CPU (higher is faster): its scores depend on it, so
    // figures from two machines compare only beside it.
    return { scores, metrics, failed, benchmarkIndex: lhr.environment.benchmarkIndex };
  } finally {
    chrome.kill();
  }
}

// A metric missing from a run (undefined) sorts last: Array.prototype.sort puts undefined after
// every value without passing it to the comparator, so these take (number | undefined)[].
/**
 * @template {number | undefined} T
 * @param {T[]} values
 * @returns {T[]}
 */
const sorted = (values) => [...values].sort((a, b) => /** @type {number} */ (a) - /** @type {number} */ (b));
/**
 * @template T
 * @param {T[]} ordered
 * @returns {T}
 */
const middle = (ordered) => ordered[Math.floor(ordered.length / 2)];
/**
 * @template {number | undefined} T
 * @param {T[]} values
 * @returns {T}
 */
const median = (values) => middle(sorted(values));
/**
 * "median (min–max)", or the median alone when every run agreed.
 * @param {number[]} values
 * @returns {string}
 */
const summary = (values) => {
  const ordered = sorted(values);
  const range = ordered[0] === ordered.at(-1) ? '' : ` (${ordered[0]}–${ordered.at(-1)})`;
  return `${middle(ordered)}${range}`;
};

/**
 * Loads each page once (with every script and chunk it fetches), so the server has compressed them all.
 * @param {string} origin
 */
async function warmServer(origin) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    // Lighthouse's mobile screen: the same links come into view, so the same chunks are prefetched.
    const page = await browser.newPage({ viewport: { width: 412, height: 823 }, isMobile: true });
    for (const path of PAGES) await page.goto(origin + path, { waitUntil: 'networkidle' });
  } finally {
    await browser.close();
  }
}

const server = await serveBuild();
await warmServer(server.origin);
/** @type {Map<string, Measurement[]>} */
const runs = new Map(PAGES.map((path) => [path, []]));
try {
  for (let round = 1; round <= ROUNDS; round++) {
    for (const path of PAGES) {
      const run = await measure(server.origin + path);
      runs.get(path).push(run);
      console.log(`round ${round} ${path}: performance ${run.scores.performance}`);
    }
  }
} finally {
  await server.close();
}

const browser = `${WARM ? 'a fresh browser that had loaded the page once' : 'a fresh browser'}${NO_SW ? ', sw.js blocked' : ''}`;
console.log(`\nmedian (min–max) over ${ROUNDS} rounds, each run in ${browser}`);
console.log(`${'page'.padEnd(42)}${CATEGORIES.map((c) => c.padStart(16)).join('')}`);
for (const [path, results] of runs) {
  const cells = CATEGORIES.map((id) => summary(results.map((r) => r.scores[id])).padStart(16));
  console.log(`${path.padEnd(42)}${cells.join('')}`);
  const metrics = Object.entries(METRICS).map(([id, label]) => {
    const value = median(results.map((r) => r.metrics[id]));
    return id === 'cumulative-layout-shift'
      ? `${label} ${value.toFixed(3)}`
      : `${label} ${Math.round(value)} ms`;
  });
  console.log(`    median ${metrics.join(' | ')}`);
  const failed = [...new Set(results.flatMap((r) => r.failed))];
  if (failed.length > 0) console.log(`    below 100 in some run: ${failed.join(', ')}`);
}
const speeds = [...runs.values()].flat().map((r) => r.benchmarkIndex);
console.log(
  `Lighthouse's benchmarkIndex of this machine (higher is faster): median ${Math.round(median(speeds))}`,
);
