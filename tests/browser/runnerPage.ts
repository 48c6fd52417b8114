/**
 * The page that runner.test.ts and timed/responsiveness.test.ts drive: an article with s4-01's
 * twin open in its editor, and the check that the page still paints.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { NO_SERVICE_WORKER, type Harness } from './harness';
import { sampleDriver } from './sampleDriver';

export type Sample = ReturnType<typeof sampleDriver>;

export const SAMPLE = 's4-01-sync-vs-async-timing';
export const PATH = '/en/docs/asyncio-async-programming';

/** A page of its own (the file's browser context), SAMPLE's twin open; the page's uncaught errors. */
export async function openSample(site: Harness, path = PATH) {
  const page = await site.browser.newPage(NO_SERVICE_WORKER);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(site.origin + path);
  await page.waitForSelector('html[data-has-hydrated="true"]');
  const sample = sampleDriver(page, SAMPLE);
  await sample.open();
  return { page, sample, pageErrors };
}

/** Runs the code in SAMPLE's twin on a page of its own and waits for the run's final status. */
export async function runCode(site: Harness, code: string, final: 'done' | 'error' | 'running') {
  const opened = await openSample(site);
  await opened.sample.setCode(code);
  await opened.sample.button('run').click();
  await opened.sample.waitForStatus(final);
  return opened;
}

/** The page still answers and paints: a frame is drawn within 200 ms. */
export async function assertResponsive(page: Page): Promise<void> {
  const ms = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        requestAnimationFrame(() => resolve(performance.now() - start));
      }),
  );
  assert.ok(ms < 200, `a frame took ${ms} ms`);
}
