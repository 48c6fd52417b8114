/**
 * Every sample of every doc page, in every locale, runs in the page (on the
 * fast-forward clock) and prints what CPython printed for that locale's
 * variant, within the variations the sample declares.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { LOCALE_PREFIX, LOCALES } from '../../config/locales.mjs';
import { expectedFile, readMeta } from '../../plugins/sampleFiles';
import { compareOutput } from '../../scripts/compareOutput';
import { useBuiltSite } from './harness';
import { sampleDriver } from './sampleDriver';
import { sitemapPaths } from './sitemap';

const site = useBuiltSite();

// Two pages at a time, one per core: most of a sample's time is waiting, but busy loops standing in
// for blocking calls overshoot their deadlines when more pages than cores compete (seen at four).
describe('samples in the page', { concurrency: 2 }, () => {
  for (const locale of LOCALES) {
    const docs = sitemapPaths(locale).filter((path) => path.startsWith(`${LOCALE_PREFIX[locale]}/docs/`));
    describe(`${locale} samples`, () => {
      for (const path of docs) {
        test(`${path}: every sample prints the expected output`, async () => {
          const page = await site.browser.newPage();
          await page.goto(site.origin + path);
          await page.waitForSelector('html[data-has-hydrated="true"]');
          const ids = await page
            .locator('[data-sample-id]')
            .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-sample-id')!));
          for (const id of ids) {
            const sample = sampleDriver(page, id);
            await sample.open();
            await sample.button('fast-forward').click();
            await sample.button('run').click();
            await sample.waitForStatus('done', 60_000);
            const printed = (await sample.lines()).map((line) => line.text).join('\n');
            const expected = readFileSync(expectedFile(id, locale), 'utf8');
            assert.equal(compareOutput(expected, printed, readMeta(id)), null, `${id} (${locale})`);
          }
          await page.close();
        });
      }
    });
  }
});
