/**
 * Runner benchmarks in headless Debian Chromium against the production build
 * (run `npm run build` first): `npm run bench`. Prints its figures; record them
 * in BENCHMARKS.md with the date. Every figure has a baseline measured in the
 * same run, because these machines are noisy.
 *
 * 1. Run → first output line (sandbox prepared), median of N runs; baseline:
 *    the same program evaluated on the main thread with `new Function` and
 *    appended to the DOM, which is what react-live does.
 * 2. JavaScript a page loads (gzip) before the reader touches a sample: a page
 *    with samples against this site's doc page without samples.
 * 3. Fast-forward: wall time of a sample that sleeps 3,600 s.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/browser/launchBrowser';
import { sampleDriver } from '../tests/browser/sampleDriver';
import { serveBuild } from '../tests/browser/serveBuild.mjs';

const SAMPLE = 's4-01-sync-vs-async-timing';
const WITH_SAMPLES = '/en/docs/asyncio-async-programming';
const WITHOUT_SAMPLES = '/en/docs/how-samples-run';
const RUNS = 25;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

async function scriptWeight(page: Page, url: string): Promise<{ raw: number; gzip: number }> {
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.body());
  });
  await page.goto(url);
  await page.waitForSelector('html[data-has-hydrated="true"]');
  await page.waitForLoadState('networkidle');
  const loaded = await Promise.all(bodies);
  return {
    raw: loaded.reduce((sum, body) => sum + body.length, 0),
    gzip: loaded.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0),
  };
}

/** Milliseconds from a click on Run to the first console line in the DOM. */
function timeToFirstLine(page: Page): Promise<number> {
  return page.evaluate(async (id) => {
    const root = document.querySelector(`[data-sample-id="${id}"]`)!;
    const output = root.querySelector('[data-testid="console-output"]')!;
    const start = performance.now();
    const firstLine = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if (output.querySelector('[data-line]')) {
          observer.disconnect();
          resolve(performance.now() - start);
        }
      });
      observer.observe(output, { childList: true, subtree: true });
    });
    root.querySelector<HTMLButtonElement>('button[data-action="run"]')!.click();
    const ms = await firstLine;
    // (No named helpers in page functions: tsx would wrap them in its __name helper.)
    while (output.getAttribute('data-status') === 'running')
      await new Promise((resolve) => setTimeout(resolve, 5));
    return ms;
  }, SAMPLE);
}

/** The baseline: eval on the main thread and append a line, as react-live would. */
function mainThreadBaseline(page: Page): Promise<number> {
  // A string, not a function: tsx would wrap the inner arrow functions in its __name helper.
  return page.evaluate(`(() => {
    const start = performance.now();
    const lines = [];
    new Function('console', "console.log('first line');")({ log: (text) => lines.push(text) });
    const div = document.createElement('div');
    div.textContent = lines[0];
    document.body.appendChild(div);
    return new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now() - start)));
  })()`);
}

async function main(): Promise<void> {
  const server = await serveBuild();
  const browser = await launchBrowser();
  try {
    const plain = await scriptWeight(await browser.newPage(), server.origin + WITHOUT_SAMPLES);
    const withSamples = await scriptWeight(await browser.newPage(), server.origin + WITH_SAMPLES);
    console.log('JavaScript loaded before a sample is touched (raw / gzip):');
    console.log(`  doc page without samples ${WITHOUT_SAMPLES}: ${kib(plain.raw)} / ${kib(plain.gzip)}`);
    console.log(
      `  doc page with samples    ${WITH_SAMPLES}: ${kib(withSamples.raw)} / ${kib(withSamples.gzip)}`,
    );
    console.log(
      `  difference: ${kib(withSamples.raw - plain.raw)} / ${kib(withSamples.gzip - plain.gzip)} (budget 15 KiB gzip)`,
    );

    const page = await browser.newPage();
    await page.goto(server.origin + WITH_SAMPLES);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    const sample = sampleDriver(page, SAMPLE);
    await sample.open();
    await sample.setCode("console.log('first line');");
    await page.waitForTimeout(500); // the sandbox boots on intent; Run is measured once it is ready
    const sandboxed: number[] = [];
    const baseline: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      sandboxed.push(await timeToFirstLine(page));
      baseline.push(await mainThreadBaseline(page));
    }
    console.log(`Run → first output line, median of ${RUNS} (budget 50 ms):`);
    console.log(
      `  sandboxed worker runner: ${median(sandboxed).toFixed(1)} ms (min ${Math.min(...sandboxed).toFixed(1)}, max ${Math.max(...sandboxed).toFixed(1)})`,
    );
    console.log(
      `  baseline, new Function on the main thread + next frame: ${median(baseline).toFixed(1)} ms`,
    );

    await sample.setCode(
      "await new Promise((r) => setTimeout(r, 3_600_000));\nconsole.log('an hour later');",
    );
    await sample.button('fast-forward').click();
    const wall: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await sample.button('run').click();
      await sample.waitForStatus('done');
      wall.push(performance.now() - started);
    }
    const [line] = await sample.lines();
    console.log(
      `Fast-forward, a 3,600 s sleep: median wall ${median(wall).toFixed(0)} ms over 5 runs (budget 200 ms), stamp ${(line.t / 1000).toFixed(3)} s`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
