/**
 * Every sample of every doc page, in every locale: the page shows that locale's
 * twin (the server-rendered listing is samples/<id>/<locale>.ts), and the twin
 * runs in the page (on the fast-forward clock) and prints what CPython printed
 * for that locale, within the variations the sample declares.
 *
 * Each twin runs once, in one locale's page, the locales taking turns (see
 * plan): locale variants that are one program (the same code once comments
 * are dropped: tests/sameProgram.ts) are compared with every one of those
 * locales' expected output.
 *
 * Of the twins a sample marks runAlone, one runs here, last, alone: the one
 * whose threads are timed (see THREADS_IN_PAGE). The parity suite runs them
 * all, on the same bundled engine, alone on the machine.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { LOCALE_PREFIX, LOCALES, type Locale } from '../../config/locales.mjs';
import { expectedFile, readMeta, variantFile } from '../../plugins/sampleFiles';
import { compareOutput } from '../../scripts/compareOutput';
import { sameProgramGroups } from '../sameProgram';
import { openDoc, useBuiltSite } from './harness';
import { sampleDriver } from './sampleDriver';
import { sampleIdsOf, sitemapPaths } from './sitemap';
import { barsOf, readBars } from './timelineBars';
import { mostAtOnce } from '../../src/components/LiveSample/timelineLayout';

const site = useBuiltSite();

interface Run {
  id: string;
  /** The locales whose expected output the run is compared with (one program: tests/sameProgram.ts). */
  serves: Locale[];
  runIn: Locale;
  alone: boolean;
}

/**
 * The one runAlone twin that runs in the page: its threads are Web Workers here (worker_threads in
 * Node), three at once, timed. The other runAlone twins (busy loops, and threads that repeat this
 * one's path) run in parity's alone phase on the same bundled engine; in the page they cost the
 * suite about 30 s, which its 15-minute limit no longer had.
 */
const THREADS_IN_PAGE = 's1-09-to-thread-fix';

/**
 * Every run in the page: one per sample. Where the locale variants are one program it serves them
 * all; where their printed strings differ, the samples take the locales in turn: what the page
 * proves is that the sandbox runs a twin as Node does, and the parity suite runs every locale's
 * variant on the same bundled engine (one run per group cost about 45 s more of the suite).
 */
function plan(ids: string[]): Run[] {
  return ids.flatMap((id, index) => {
    const alone = Boolean(readMeta(id).runAlone?.ts);
    if (alone && id !== THREADS_IN_PAGE) return [];
    const groups = sameProgramGroups(id, 'ts');
    const serves = groups[index % groups.length];
    // A CPU-bound one always in its group's first locale, so that the one-at-a-time phase loads as
    // few pages as it can.
    return [{ id, serves, runIn: serves[alone ? 0 : index % serves.length], alone }];
  });
}

/** The twin's listing as the server rendered it, before the runner replaces it with the editor. */
async function staticListing(page: Page, id: string): Promise<string> {
  const typescriptPanel = page.locator(`[data-sample-id="${id}"] [role="tabpanel"]`).nth(1);
  return typescriptPanel
    .locator('pre code')
    .first()
    .evaluate((code) => code.textContent ?? '');
}

/** Opens the sample's runner on the fast-forward clock and presses Run. */
async function start(page: Page, { id }: Run): Promise<void> {
  const sample = sampleDriver(page, id);
  await sample.open();
  await sample.button('fast-forward').click();
  await sample.button('run').click();
}

/**
 * What the timeline must show for the twins whose point is a shape (issue 15): the most waits (or
 * threads) at one moment. Every other twin's bars are checked against the contract only.
 */
const TIMELINE_SHAPES: Record<string, { kind: 'wait' | 'thread'; count: number; atOnce: number }> = {
  's4-17-semaphore-limit': { kind: 'wait', count: 10, atOnce: 3 }, // Semaphore(3)
  's3-06-gather-in-order': { kind: 'wait', count: 3, atOnce: 3 },
  's1-09-to-thread-fix': { kind: 'thread', count: 3, atOnce: 3 },
};

/** Waits for the sample's run to end and compares what it printed with each locale it serves. */
async function compare(page: Page, path: string, { id, serves }: Run): Promise<void> {
  const sample = sampleDriver(page, id);
  await sample.waitForStatus('done', 60_000);
  const bars = await readBars(sample.block);
  const shape = TIMELINE_SHAPES[id];
  if (shape) {
    const drawn = barsOf(bars, shape.kind);
    assert.equal(drawn.length, shape.count, `${id}: ${shape.kind} bars`);
    assert.equal(mostAtOnce(drawn), shape.atOnce, `${id}: ${shape.kind} bars at one moment`);
  }
  const printed = (await sample.lines()).map((line) => line.text).join('\n');
  for (const locale of serves) {
    const expected = readFileSync(expectedFile(id, locale), 'utf8');
    const difference = compareOutput(expected, printed, readMeta(id));
    assert.equal(
      difference,
      null,
      `${id} run in ${path}, against ${locale}'s expected output: ${difference}`,
    );
  }
}

const docPaths = sitemapPaths('zh-TW').filter((path) => path.startsWith('/docs/'));
// Pages without samples (how-samples-run, the phrasebook) are not opened here: site.test renders
// every page, and the locale-parity unit test proves every locale's page has the same samples.
const pages = docPaths.map((path) => ({ path, ids: sampleIdsOf(path) })).filter(({ ids }) => ids.length > 0);
const runs = plan(pages.flatMap((page) => page.ids));
const work = LOCALES.flatMap((locale) =>
  pages.map(({ path, ids }) => {
    const here = runs.filter((run) => run.runIn === locale && ids.includes(run.id));
    return {
      locale,
      path: `${LOCALE_PREFIX[locale]}${path}`,
      ids,
      together: here.filter((run) => !run.alone),
      alone: here.filter((run) => run.alone),
    };
  }),
);
// The pages with most to run first, so the last to finish is a short one.
work.sort((a, b) => b.together.length - a.together.length);

// Four pages at a time: on the fast-forward clock a run is mostly starting up and waiting (threads
// keep real time), and the busy loops, which overshot their deadlines with four pages at once and
// still might with two, run below with the browser to themselves.
describe('samples in the page', { concurrency: 4 }, () => {
  for (const { locale, path, ids, together } of work) {
    test(`${path}: shows each sample's ${locale} twin; ${together.length} of its ${ids.length} samples run here and print the expected output`, async () => {
      const { page, close } = await openDoc(site, path);
      const onPage = await page
        .locator('[data-sample-id]')
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-sample-id')!));
      assert.deepEqual(onPage, ids, `${path} has other samples than the zh-TW page`);
      // Before any sample is touched, so every listing is still the server-rendered one.
      for (const id of ids) {
        // The listing ends with a newline when its last line is highlighted (a line of its own).
        const code = readFileSync(variantFile(id, locale, 'ts'), 'utf8').replace(/\n$/, '');
        const shown = (await staticListing(page, id)).replace(/\n$/, '');
        assert.equal(shown, code, `${id}: ${path} does not show ${locale}.ts`);
      }
      // All at once, as a reader may: the page's one sandbox runs each in a worker of its own.
      for (const run of together) await start(page, run);
      for (const run of together) await compare(page, path, run);
      await close();
    });
  }
});

// One page at a time, nothing else in the browser: these twins' busy loops are timed.
describe('CPU-bound samples in the page (runAlone), one at a time', () => {
  for (const { path, alone } of work.filter((page) => page.alone.length > 0)) {
    test(`${path}: ${alone.map((run) => run.id).join(', ')} print the expected output`, async () => {
      const { page, close } = await openDoc(site, path);
      for (const run of alone) {
        await start(page, run);
        await compare(page, path, run);
      }
      await close();
    });
  }
});
