/**
 * The run timeline (issue 15) as a reader meets it, on s4-01 (three blocking 1 s sleeps, then
 * three concurrent ones) in every locale: the blocking part is blocks one after another, the async
 * part three waits side by side. In one locale, what a reader does with it: a bar names itself and
 * lights its line in the editor, a console stamp marks its moment, the table lists every bar, and
 * on a phone's width the chart scrolls sideways. Other twins' timelines are checked where
 * samples.test.ts runs them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_LOCALE, LOCALE_PREFIX, LOCALES } from '../../config/locales.mjs';
import { mostAtOnce } from '../../src/components/LiveSample/timelineLayout';
import { openDoc, useBuiltSite } from './harness';
import { sampleDriver } from './sampleDriver';
import { barsOf, readBars } from './timelineBars';

const site = useBuiltSite();
const ID = 's4-01-sync-vs-async-timing';

// The three pages at once: the assertions are about shape, and each page's busy loop has a core
// of the two only part of the time, which changes the blocks' lengths, not their order.
describe('the timeline of s4-01', { concurrency: 3 }, () => {
  for (const locale of LOCALES) {
    test(`${locale}: blocking blocks one after another, then three waits side by side`, async () => {
      const { page, close } = await openDoc(site, `${LOCALE_PREFIX[locale]}/docs/asyncio-async-programming`);
      const sample = sampleDriver(page, ID);
      await sample.open();
      await sample.button('fast-forward').click();
      await sample.button('run').click();
      await sample.waitForStatus('done', 30_000);
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
        const lines = await sample.lines();
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
