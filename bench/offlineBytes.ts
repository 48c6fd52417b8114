/**
 * What reading offline costs a reader's first visit: `npm run build && npx tsx bench/offlineBytes.ts`.
 *
 * - Precache: each locale's sw.js lists what its worker saves on the first visit (its pages, JS,
 *   CSS, search index and images; no source map, no Python runtime); the bytes of those files,
 *   raw and Brotli-compressed as the test server sends them.
 * - Bytes added to the first visit: the bytes the server sent for one visit to an article, until
 *   the footer says the pages are available offline, less the bytes of the same visit with service
 *   workers blocked, each in a fresh browser context on a fresh server. The test server sends no
 *   caching headers, so the worker fetches again what the page had just loaded: an upper bound (a
 *   host whose hashed JS and CSS the HTTP cache may reuse sends less).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { LOCALE_PREFIX, LOCALES } from '../config/locales.mjs';
import { readCodeMessages } from '../tests/codeMessages';
import { launchBrowser } from '../tests/browser/launchBrowser';
import { BUILD_DIR, serveBuild } from '../tests/browser/serveBuild.mjs';

const ARTICLE = '/docs/asyncio-async-programming';
const kB = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

/** The files a locale's worker precaches, as paths in the build. */
function precached(locale: (typeof LOCALES)[number]): string[] {
  const dir = join(BUILD_DIR, LOCALE_PREFIX[locale]);
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  return [...sw.matchAll(/"url":"([^"]+)"/g)].map(([, url]) => {
    const file = join(dir, url);
    // Pages are listed by the URL the site links (`docs/x`), built as docs/x.html.
    return statSync(file, { throwIfNoEntry: false })?.isFile() ? file : `${file}.html`;
  });
}

async function visitBytes(
  locale: (typeof LOCALES)[number],
  serviceWorkers: 'allow' | 'block',
): Promise<number> {
  const server = await serveBuild();
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ serviceWorkers });
    const page = await context.newPage();
    await page.goto(server.origin + LOCALE_PREFIX[locale] + ARTICLE, { waitUntil: 'networkidle' });
    if (serviceWorkers === 'allow') {
      const said = readCodeMessages(locale)['offline.available'].message;
      await page.getByTestId('offline-status').getByText(said).waitFor({ timeout: 30_000 });
      await page.waitForLoadState('networkidle');
    }
    return server.sent.bytes;
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main(): Promise<void> {
  console.log(
    '| locale | files precached | raw | Brotli | first visit, no worker | first visit, with worker | added |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const locale of LOCALES) {
    const files = precached(locale).map((file) => readFileSync(file));
    const raw = files.reduce((sum, data) => sum + data.length, 0);
    const brotli = files.reduce((sum, data) => sum + brotliCompressSync(data).length, 0);
    const without = await visitBytes(locale, 'block');
    const withWorker = await visitBytes(locale, 'allow');
    console.log(
      `| ${locale} | ${files.length} | ${kB(raw)} | ${kB(brotli)} | ${kB(without)} | ${kB(withWorker)} | ${kB(withWorker - without)} |`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
