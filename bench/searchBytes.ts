/**
 * What the cross-script search (issue 17) adds to the search's bytes, per locale, from the
 * production build (run `npm run build` first): `npx tsx bench/searchBytes.ts`.
 *
 * 1. The JavaScript a light page (the home page) runs before the reader touches anything, gzip:
 *    the cross-script search must add nothing to it.
 * 2. The JavaScript the page and the search worker load when the reader opens the navbar's search
 *    and types a query, gzip, and the share of it that is the cross-script search (src/search/,
 *    config/regionalTerms.ts, the character table inlined in src/search/worker.ts), read from the
 *    source maps. The index itself (search-index-*.json) is the same as before and not counted.
 * Deterministic for a given build.
 */
import { LOCALE_PREFIX, LOCALES } from '../config/locales.mjs';
import { launchBrowser } from '../tests/browser/launchBrowser';
import { serveBuild } from '../tests/browser/serveBuild.mjs';
import { scriptsBeforeInteraction } from './pageWeight';
import { builtScriptShare, gzipSize } from './sourceMapShare';

/** The modules of the cross-script search, as the source maps name them. */
const isCrossScript = (source: string) => /\/(src\/search\/|config\/regionalTerms)/.test(source);

async function main() {
  const kb = (bytes: number) => `${bytes} B (${(bytes / 1024).toFixed(1)} KiB)`;
  const server = await serveBuild();
  const browser = await launchBrowser();
  try {
    for (const locale of LOCALES) {
      const before = await scriptsBeforeInteraction(browser, `${server.origin}${LOCALE_PREFIX[locale]}/`);
      const beforeGzip = before.reduce((sum, script) => sum + script.gzip, 0);
      const page = await browser.newPage();
      const scripts = new Map<string, Promise<Buffer>>();
      // Requests of the page's dedicated workers are reported on the page too.
      page.on('response', (response) => {
        if (response.url().endsWith('.js')) scripts.set(response.url(), response.body());
      });
      await page.goto(`${server.origin}${LOCALE_PREFIX[locale]}/`);
      await page.waitForSelector('html[data-has-hydrated="true"]');
      await page.waitForLoadState('networkidle');
      const light = new Set(scripts.keys());
      const input = page.locator('input.navbar__search-input');
      await input.focus();
      await page.waitForSelector('input.navbar__search-input[aria-autocomplete]');
      await input.pressSequentially('asyncio');
      await page.waitForSelector('[role=option]');
      await page.waitForLoadState('networkidle');
      const gzipOf = async (urls: string[]) =>
        (await Promise.all(urls.map((url) => scripts.get(url)!))).reduce(
          (sum, body) => sum + gzipSize(body),
          0,
        );
      const opened = [...scripts.keys()].filter((url) => !light.has(url));
      let share = 0;
      for (const url of opened)
        share += builtScriptShare(url, (await scripts.get(url)!).toString('utf8'), isCrossScript).gzip;
      const lightShare = (
        await Promise.all(
          [...light].map(async (url) =>
            builtScriptShare(url, (await scripts.get(url)!).toString(), isCrossScript),
          ),
        )
      ).reduce((sum, part) => sum + part.gzip, 0);
      console.log(
        `${locale}: home page before interaction ${kb(beforeGzip)} in ${before.length} scripts ` +
          `(cross-script share of all ${light.size} it fetches ${lightShare} B); opening search ${kb(await gzipOf(opened))} in ${opened.length} scripts ` +
          `(${opened.map((url) => url.replace(/^.*\//, '')).join(', ')}), cross-script share ${kb(share)}`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

void main();
