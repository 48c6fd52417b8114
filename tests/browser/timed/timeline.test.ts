/**
 * The pilot sample, s4-01 (three blocking 1 s sleeps, then three concurrent ones), run in the page
 * in every locale: it prints what CPython printed for that locale, and its run timeline (issue 15)
 * shows the blocking part as blocks one after another, the async part as three waits side by side.
 * Its busy loops and its printed totals are timed, so this file runs with the machine to itself.
 *
 * In the default locale, on the real clock (the others on the fast-forward clock): the console's
 * stamps are real seconds, the page loaded the runner's chunk (the chunk that site.test.ts finds on
 * no untouched page) without an error, and what a reader does with the timeline: a bar names itself
 * and lights its line in the editor, a console stamp marks its moment, the table lists every bar,
 * and on a phone's width the chart scrolls sideways. Other twins' timelines are checked where
 * samples.test.ts and timed/python.test.ts run them.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { DEFAULT_LOCALE, LOCALE_PREFIX, LOCALES } from '../../../config/locales.mjs';
import { expectedFile, readMeta } from '../../../plugins/sampleFiles';
import { compareOutput } from '../../../scripts/compareOutput';
import { mostAtOnce } from '../../../src/components/LiveSample/timelineLayout';
import { START_MARK } from '../../../src/runner/engine/runProgram';
import { openDoc, useBuiltSite } from '../harness';
import { sampleDriver } from '../sampleDriver';
import { barsOf, readBars } from '../timelineBars';

const site = useBuiltSite();
const ID = 's4-01-sync-vs-async-timing';

// The three pages at once: the assertions are about shape, and each page's busy loop has a core
// of the two only part of the time, which changes the blocks' lengths, not their order.
describe('s4-01 in the page', { concurrency: 3 }, () => {
  for (const locale of LOCALES) {
    const realClock = locale === DEFAULT_LOCALE;
    test(`${locale}${realClock ? ', on the real clock' : ''}: prints what CPython printed; blocking blocks one after another, then three waits side by side`, async () => {
      const problems: string[] = [];
      const scripts: Promise<string>[] = [];
      const { page, close } = await openDoc(
        site,
        `${LOCALE_PREFIX[locale]}/docs/asyncio-async-programming`,
        (page) => {
          page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
          page.on('console', (message) => {
            if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
          });
          // No runtime network: a run fetches nothing from elsewhere either.
          page.on('request', (request) => {
            const url = new URL(request.url());
            if (!['blob:', 'data:'].includes(url.protocol) && url.origin !== site.origin)
              problems.push(`off-site request: ${request.url()}`);
          });
          page.on('response', (response) => {
            if (response.request().resourceType() === 'script') scripts.push(response.text().catch(() => ''));
          });
        },
      );
      const sample = sampleDriver(page, ID);
      await sample.open();
      if (!realClock) await sample.button('fast-forward').click();
      await sample.button('run').click();
      await sample.waitForStatus('done', 30_000);
      const lines = await sample.lines();
      const expected = readFileSync(expectedFile(ID, locale), 'utf8');
      const printed = lines.map((line) => line.text).join('\n');
      assert.equal(compareOutput(expected, printed, readMeta(ID)), null);
      if (realClock) {
        // The sync part blocks ~3 s, then the three concurrent sleeps take ~1 s more.
        const [first, second] = lines.map((line) => line.t);
        assert.ok(first >= 2900 && first < 3500, `first stamp ${first}`);
        assert.ok(second - first >= 950 && second - first < 1500, `stamps ${first}, ${second}`);
        assert.deepEqual(problems, []);
        assert.ok(
          (await Promise.all(scripts)).some((body) => body.includes(START_MARK)),
          'the runner chunk never loaded',
        );
      }
      const bars = await readBars(sample.block);

      const busy = barsOf(bars, 'busy').filter((bar) => bar.lane === 'syncSleep');
      const blocked = busy.reduce((sum, bar) => sum + bar.end! - bar.start, 0);
      assert.ok(blocked >= 2900, `syncSleep blocks for ${blocked} ms in all`);
      assert.equal(mostAtOnce(busy), 1, 'blocks never overlap');
      const waits = barsOf(bars, 'wait');
      assert.deepEqual(
        waits.map((bar) => bar.lane),
        ['asyncSleep', 'asyncSleep', 'asyncSleep'],
      );
      assert.equal(mostAtOnce(waits), 3, 'the three sleeps of Promise.all overlap');
      const lastBlockEnd = Math.max(...busy.map((bar) => bar.end!));
      assert.ok(
        waits.every((bar) => bar.start >= lastBlockEnd),
        'they begin once the blocking is over',
      );

      if (locale === DEFAULT_LOCALE) {
        const timeline = sample.block.locator('[data-testid="timeline"]');
        // A bar, focused, says what it is and lights its line in the editor.
        await timeline.locator('button[data-bar][data-kind="wait"]').first().focus();
        assert.match(
          (await timeline.locator('[data-testid="timeline-details"]').textContent()) ?? '',
          /sleep\(1000\)/,
        );
        assert.match(
          (await sample.editor.locator('.token-line[data-highlighted]').textContent()) ?? '',
          /return sleep\(1000\)/,
        );
        // A console line's stamp marks its moment.
        await sample.output.locator('[data-stamp]').last().click();
        assert.equal(
          Number(await timeline.locator('[data-testid="timeline-marker"]').getAttribute('data-t')),
          lines.at(-1)!.t,
        );
        // The same events as a table, a row per bar.
        await timeline.locator('summary').click();
        assert.equal(await timeline.locator('[data-testid="timeline-table"] tbody tr').count(), bars.length);
        // On a phone's width the chart keeps its size and scrolls.
        await page.setViewportSize({ width: 360, height: 800 });
        const scroll = timeline.locator('[data-testid="timeline-scroll"]');
        assert.ok(
          await scroll.evaluate((box) => box.scrollWidth > box.clientWidth + 50),
          'the chart scrolls sideways rather than shrink',
        );
      }
      await close();
    });
  }
});
