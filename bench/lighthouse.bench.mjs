// Lighthouse (mobile settings, the package's defaults) on the sample-heavy article in each locale,
// against this site's doc page without samples as the same-run baseline:
// `npm run build && npm run bench:lighthouse`. Goals: performance ≥ 98, accessibility 100,
// best practices 100, SEO 100. Plain JavaScript run by node: tsx's name-keeping transform breaks the
// functions Lighthouse sends into the page.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/browser/chromium.mjs';
import { serveBuild } from '../tests/browser/serveBuild.mjs';

const PAGES = [
  '/docs/how-samples-run',
  '/docs/asyncio-async-programming',
  '/zh-CN/docs/asyncio-async-programming',
  '/en/docs/asyncio-async-programming',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
];

const server = await serveBuild();
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS });
try {
  console.log(`${'page'.padEnd(40)}${CATEGORIES.map((c) => c.padStart(16)).join('')}`);
  for (const path of PAGES) {
    const result = await lighthouse(server.origin + path, {
      port: chrome.port,
      onlyCategories: CATEGORIES,
      logLevel: 'error',
    });
    const { categories, audits } = result.lhr;
    console.log(
      `${path.padEnd(40)}${CATEGORIES.map((id) => String(Math.round(categories[id].score * 100)).padStart(16)).join('')}`,
    );
    for (const id of CATEGORIES.slice(1)) {
      const failed = categories[id].auditRefs
        .map((ref) => audits[ref.id])
        .filter(
          (audit) =>
            audit.score !== null &&
            audit.score < 1 &&
            !['informative', 'manual'].includes(audit.scoreDisplayMode),
        );
      if (failed.length > 0)
        console.log(`    ${id} below 100: ${failed.map((audit) => audit.id).join(', ')}`);
    }
    console.log(`    ${METRICS.map((id) => `${id} ${audits[id].displayValue}`).join(' | ')}`);
  }
} finally {
  chrome.kill();
  await server.close();
}
