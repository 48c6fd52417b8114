/**
 * Every sample's twin runs in the page (on the fast-forward clock) and prints
 * what CPython printed, within the variations the sample declares.
 *
 * Each twin runs once: each doc page with samples opens in one locale, the
 * locales taking turns (every locale's strings are printed), and all of its
 * samples run there, each run compared with the expected output of every
 * locale whose variant is the same program (tests/sameProgram.ts). What the
 * page proves is that the sandbox runs a twin as Node does; the parity suite
 * runs every locale's variant on the same bundled engine. That every locale's
 * page shows its own twins is proved without a browser for every page
 * (serverRendered.test.ts: each pair's listing is samples/<id>/<locale>.ts),
 * that each page hydrates without an error in every locale by site.test.ts,
 * and here, on the opened pages, that the hydrated page still shows them.
 *
 * Twins a sample marks runAlone (busy loops, timed) do not run here: the parity
 * suite runs them all, alone on the machine, on the same bundled engine, and
 * timed/threadsInPage.test.ts runs the one whose threads are Web Workers here.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { readMeta, variantFile } from '../../plugins/sampleFiles';
import { openDoc, useBuiltSite } from './harness';
import { samplePagesInTurn } from './sitemap';
import { compareTwin, startTwin, twinRunIn } from './twinRuns';

const site = useBuiltSite();

/** The twin's listing as the page shows it before the runner replaces it with the editor. */
async function shownListing(page: Page, id: string): Promise<string> {
  const typescriptPanel = page.locator(`[data-sample-id="${id}"] [role="tabpanel"]`).nth(1);
  return typescriptPanel
    .locator('pre code')
    .first()
    .evaluate((code) => code.textContent ?? '');
}

// Pages without samples (how-samples-run, the phrasebook) are not opened here: site.test renders
// every page, and the locale-parity unit test proves every locale's page has the same samples.
const work = samplePagesInTurn().map((page) => ({
  ...page,
  runs: page.ids.filter((id) => !readMeta(id).runAlone?.ts).map((id) => twinRunIn(id, page.locale)),
}));

/** Twins running at once on a page. */
const AT_ONCE = 4;

// The pages at once: on the fast-forward clock a run is mostly starting up and waiting.
describe('samples in the page', { concurrency: work.length }, () => {
  for (const { locale, path, ids, runs } of work) {
    test(`${path}: shows each sample's ${locale} twin; ${runs.length} of its ${ids.length} samples run here and print the expected output`, async () => {
      const { page, close } = await openDoc(site, path);
      try {
        const onPage = await page
          .locator('[data-sample-id]')
          .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-sample-id')!));
        assert.deepEqual(onPage, ids, `${path} has other samples than the zh-TW page`);
        // Before any sample is touched, so every listing is still the server-rendered one, hydrated.
        for (const id of ids) {
          // The listing ends with a newline when its last line is highlighted (a line of its own).
          const code = readFileSync(variantFile(id, locale, 'ts'), 'utf8').replace(/\n$/, '');
          const shown = (await shownListing(page, id)).replace(/\n$/, '');
          assert.equal(shown, code, `${id}: ${path} does not show ${locale}.ts`);
        }
        // Several at once, as a reader may: the page's one sandbox runs each in a worker of its own.
        // Not all of a page's at once: with up to 17 workers starting together on each page, a
        // fast-forwarded twin's clock, which counts its real time too, ran late (s1-06 printed 2.2 s
        // for 2.0).
        for (const [i, run] of runs.entries()) {
          if (i >= AT_ONCE) await compareTwin(page, path, runs[i - AT_ONCE]);
          await startTwin(page, run);
        }
        for (const run of runs.slice(-AT_ONCE)) await compareTwin(page, path, run);
      } finally {
        await close();
      }
    });
  }
});
