/**
 * The Python runner's figures (issue 14): bytes the first Python Run fetches,
 * and Run → first output line, cold (nothing cached: download, compile, start
 * an interpreter and snapshot it) and warm (the next worker started from the
 * snapshot while the reader read the last output).
 */
import type { Browser } from 'playwright-core';
import { sampleDriver } from '../tests/browser/sampleDriver';
import { median, timeRun } from './runTiming';

const SAMPLE = 's4-01-sync-vs-async-timing';
const WARM_RUNS = 9;
/** A reader's pause before a warm Run: long enough for the next worker to start from the snapshot. */
export const PYTHON_READER_PAUSE_MS = 2000;

export interface PythonFigures {
  /** Bytes on the wire (as the server sent them, compressed) for the runtime's files. */
  runtimeBytes: number;
  runtimeFiles: number;
  coldMs: number;
  warmMs: number[];
}

export async function pythonRun(browser: Browser, origin: string, path: string): Promise<PythonFigures> {
  // A fresh context: an empty HTTP cache, as for a reader's first Python Run on the site.
  const context = await browser.newContext();
  const page = await context.newPage();
  const runtime: Promise<number>[] = [];
  page.on('requestfinished', (request) => {
    if (request.url().includes('/pyodide/'))
      runtime.push(request.sizes().then((sizes) => sizes.responseBodySize));
  });
  await page.goto(origin + path);
  await page.waitForSelector('html[data-has-hydrated="true"]');
  const sample = sampleDriver(page, SAMPLE, 'python');
  await sample.open();
  await sample.setCode("print('first line')");
  const coldMs = await timeRun(page, SAMPLE, 'line', 'python');
  const runtimeBytes = (await Promise.all(runtime)).reduce((sum, size) => sum + size, 0);
  const warmMs: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) {
    await page.waitForTimeout(PYTHON_READER_PAUSE_MS);
    warmMs.push(await timeRun(page, SAMPLE, 'line', 'python'));
  }
  await context.close();
  return { runtimeBytes, runtimeFiles: runtime.length, coldMs, warmMs };
}

export { median };
