/**
 * The run timeline's costs (issue 15), in headless Debian Chromium against the production build
 * (`npm run build` first): `npx tsx bench/timeline.bench.ts`. Prints its figures and a verdict
 * per budget; not part of `npm test` (its frame figures need a quiet machine).
 *
 * 1. Bytes: the timeline's share (its component, layout and styles, and the engine's recorder)
 *    of the scripts a reader's first reach for a sample loads, gzip, read from the source maps.
 *    Budget: 12 KiB gzip. Deterministic for a given build.
 * 2. Frames: a twin that records 1,000 events (500 timers, each printing a line) runs on the
 *    fast-forward clock while the page counts its frames; the baseline is the same run in the
 *    same page with the timeline hidden (display: none), alternated with it. A dropped frame is
 *    one that took longer than two vsyncs (33 ms).
 */
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/browser/launchBrowser';
import { sampleDriver } from '../tests/browser/sampleDriver';
import { serveBuild } from '../tests/browser/serveBuild.mjs';
import { verdict } from './budgets';
import { builtScriptShare } from './sourceMapShare';

const PATH = '/en/docs/asyncio-async-programming';
const SAMPLE = 's4-01-sync-vs-async-timing';
const TIMELINE_SOURCES =
  /LiveSample\/(Timeline\.tsx|timelineLayout\.ts|timeline\.module\.css)|engine\/recordSpans\.ts/;
const THOUSAND_EVENTS = 'for (let i = 0; i < 500; i++) setTimeout(() => console.log(`tick ${i}`), i * 10);';
const DROPPED_MS = 33;

/** Starts counting frames in the page; the returned function stops and reports. */
async function countFrames(
  page: Page,
): Promise<() => Promise<{ frames: number; dropped: number; longest: number }>> {
  // A string, not a function: tsx names inner functions with a helper the page does not have.
  await page.evaluate(`{
    const state = { frames: 0, gaps: [], last: performance.now(), on: true };
    window.__frames = state;
    const tick = (now) => {
      state.gaps.push(now - state.last);
      state.last = now;
      state.frames++;
      if (state.on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }`);
  return () =>
    page.evaluate((dropped) => {
      const state = (window as unknown as { __frames: { frames: number; gaps: number[]; on: boolean } })
        .__frames;
      state.on = false;
      const gaps = state.gaps.slice(1);
      return {
        frames: state.frames,
        dropped: gaps.filter((gap) => gap > dropped).length,
        longest: Math.max(...gaps),
      };
    }, DROPPED_MS);
}

async function main(): Promise<number> {
  const server = await serveBuild();
  const browser = await launchBrowser();
  const page = await browser.newPage();
  const scripts: { url: string; body: Promise<Buffer> }[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script')
      scripts.push({ url: response.url(), body: response.body().catch(() => Buffer.alloc(0)) });
  });
  await page.goto(server.origin + PATH);
  await page.waitForSelector('html[data-has-hydrated="true"]');
  await page.waitForLoadState('networkidle');
  const before = scripts.length;
  const sample = sampleDriver(page, SAMPLE);
  await sample.open(); // the editor is there: the runner's chunks have loaded

  let raw = 0;
  let gzip = 0;
  for (const script of scripts.slice(before)) {
    const code = (await script.body).toString('utf8');
    const share = builtScriptShare(script.url, code, (source) => TIMELINE_SOURCES.test(source));
    raw += share.raw;
    gzip += share.gzip;
  }
  console.log(`runner chunks loaded on a first reach: ${scripts.length - before}`);
  console.log(`timeline's share: ${(raw / 1024).toFixed(1)} KiB raw, ${(gzip / 1024).toFixed(1)} KiB gzip`);
  // The recorder runs in the sandbox's worker, whose code is inlined in the iframe's srcdoc (a
  // string in a runner chunk): its share is in the figure above only as far as the map reaches.

  await sample.setCode(THOUSAND_EVENTS);
  await sample.button('fast-forward').click();
  /** One 1,000-event run, its frames counted; with the timeline hidden it is the baseline. */
  const measure = async (hidden: boolean) => {
    await page.evaluate((hide) => {
      document.getElementById('bench-hide')?.remove();
      if (!hide) return;
      const style = document.createElement('style');
      style.id = 'bench-hide';
      style.textContent = '[data-testid="timeline"] { display: none !important; }';
      document.head.append(style);
    }, hidden);
    await page.waitForTimeout(500);
    const stop = await countFrames(page);
    const started = Date.now();
    await sample.button('run').click();
    // The last round's 'done' may still show for a moment: wait for this run's console.
    await page
      .waitForFunction(
        (id) =>
          document
            .querySelector(`[data-sample-id="${id}"] [data-lang="typescript"] [data-testid="console-output"]`)
            ?.getAttribute('data-status') !== 'done',
        SAMPLE,
      )
      .catch(() => {});
    await sample.waitForStatus('done', 30_000);
    await sample.block.locator('[data-timeline-state="drawn"]').waitFor();
    await page.waitForTimeout(100);
    return { ...(await stop()), ms: Date.now() - started };
  };
  const rounds: {
    baseline: { dropped: number; longest: number };
    run: { dropped: number; longest: number };
  }[] = [];
  for (let round = 0; round < 5; round++) {
    const baseline = await measure(true);
    const run = await measure(false);
    rounds.push({ baseline, run });
    console.log(
      `round ${round + 1}: timeline hidden (${baseline.ms} ms): ${baseline.dropped} dropped, longest ${baseline.longest.toFixed(1)} ms; ` +
        `drawn (${run.ms} ms): ${run.dropped} dropped, longest ${run.longest.toFixed(1)} ms`,
    );
  }
  const bars = await sample.block.locator('[data-testid="timeline"] [data-bar]').count();
  const ticks = await sample.block.locator('[data-testid="timeline"] [data-tick]').count();
  console.log(`drawn: ${bars} bars and ${ticks} ticks`);
  const medianDropped = rounds.map((r) => r.run.dropped - r.baseline.dropped).sort((a, b) => a - b)[2];
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );

  const verdicts = [
    verdict({ name: "timeline's bytes", figure: gzip / 1024, limit: 12, margin: 0, unit: 'KiB gzip' }),
    verdict({
      name: 'dropped frames in a 1,000-event run, beyond the same run with the timeline hidden (median of 5)',
      figure: medianDropped,
      limit: 0,
      margin: 1,
      unit: 'frames',
    }),
  ];
  for (const { line } of verdicts) console.log(line);
  await browser.close();
  await server.close();
  return verdicts.some((v) => v.failed) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
