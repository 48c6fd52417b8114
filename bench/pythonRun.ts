/**
 * The Python runner's figures (issue 14): bytes the first Python Run fetches,
 * and Run → first output line, cold (nothing cached: download, compile, start
 * an interpreter and snapshot it) and warm (the next worker started from the
 * snapshot while the reader read the last output).
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { pythonRuntimeInfo } from '../plugins/pythonRuntime';
import { sampleDriver } from '../tests/browser/sampleDriver';
import { median, timeRun } from './runTiming';

const SAMPLE = 's4-01-sync-vs-async-timing';
const WARM_RUNS = 9;
/** Cold runs of the site and of the baseline, taken in turns (each a fresh context: an empty cache). */
const COLD_RUNS = 3;
/** A reader's pause before a warm Run: long enough for the next worker to start from the snapshot. */
export const PYTHON_READER_PAUSE_MS = 2000;

export interface PythonFigures {
  /** Bytes on the wire (as the server sent them, compressed) for the runtime's files. */
  runtimeBytes: number;
  runtimeFiles: number;
  coldMs: number[];
  /** The floor for coldMs: Pyodide alone, from the same server, to its first print (barePyodide). */
  bareColdMs: number[];
  warmMs: number[];
}

/** Where the baseline's two files are served from (a route of the bench's context, not the build). */
const BARE = '/__bench-bare-pyodide/';

/**
 * The cold figure's baseline, measured in the same run: what Pyodide alone costs on this machine.
 * A plain module worker on the site's origin (no sandbox, no snapshot, no site code) imports the
 * package's loader, loads the build's runtime files from the same server (empty cache) and prints
 * one line; milliseconds from `new Worker` to that line reaching the page.
 */
async function barePyodide(browser: Browser, origin: string): Promise<number> {
  const context = await browser.newContext();
  const loader = readFileSync(require.resolve('pyodide/pyodide.mjs'), 'utf8');
  const runtimeUrl = pythonRuntimeInfo('/').url;
  const worker = `import { loadPyodide } from './pyodide.mjs';
    const py = await loadPyodide({ indexURL: '${runtimeUrl}' });
    py.setStdout({ batched: (line) => postMessage(line) });
    py.runPython("print('first line')");`;
  await context.route(`${origin}${BARE}*`, (route) => {
    const file = new URL(route.request().url()).pathname.slice(BARE.length);
    const body = {
      'index.html': '<!doctype html><title>bare</title>',
      'pyodide.mjs': loader,
      'worker.mjs': worker,
    }[file];
    return body === undefined
      ? route.fulfill({ status: 404 })
      : route.fulfill({ body, contentType: file.endsWith('.html') ? 'text/html' : 'text/javascript' });
  });
  const page = await context.newPage();
  await page.goto(`${origin}${BARE}index.html`);
  const ms = await page.evaluate(`new Promise((resolve, reject) => {
    const start = performance.now();
    const worker = new Worker('worker.mjs', { type: 'module' });
    worker.onmessage = () => resolve(performance.now() - start);
    worker.onerror = (event) => reject(new Error(event.message));
  })`);
  await context.close();
  return ms as number;
}

/**
 * A fresh context (an empty HTTP cache, as for a reader's first Python Run on the site) with the
 * sample's page open, its Python set to print one line; `beforeLoad` may listen to the page first.
 */
async function openCold(browser: Browser, url: string, beforeLoad: (page: Page) => void = () => {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  beforeLoad(page);
  await page.goto(url);
  await page.waitForSelector('html[data-has-hydrated="true"]');
  const sample = sampleDriver(page, SAMPLE, 'python');
  await sample.open();
  await sample.setCode("print('first line')");
  return { context, page };
}

/** Run → first line of a first Python Run in a fresh context: a cold start. */
async function coldRun(browser: Browser, url: string): Promise<number> {
  const { context, page } = await openCold(browser, url);
  const ms = await timeRun(page, SAMPLE, 'line', 'python');
  await context.close();
  return ms;
}

export async function pythonRun(browser: Browser, origin: string, path: string): Promise<PythonFigures> {
  const runtime: Promise<number>[] = [];
  const { context, page } = await openCold(browser, origin + path, (page) =>
    page.on('requestfinished', (request) => {
      if (request.url().includes('/pyodide/'))
        runtime.push(request.sizes().then((sizes) => sizes.responseBodySize));
    }),
  );
  const coldMs = [await timeRun(page, SAMPLE, 'line', 'python')];
  const runtimeBytes = (await Promise.all(runtime)).reduce((sum, size) => sum + size, 0);
  const warmMs: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) {
    await page.waitForTimeout(PYTHON_READER_PAUSE_MS);
    warmMs.push(await timeRun(page, SAMPLE, 'line', 'python'));
  }
  await context.close();
  const bareColdMs = [await barePyodide(browser, origin)];
  while (coldMs.length < COLD_RUNS) {
    coldMs.push(await coldRun(browser, origin + path));
    bareColdMs.push(await barePyodide(browser, origin));
  }
  return { runtimeBytes, runtimeFiles: runtime.length, coldMs, bareColdMs, warmMs };
}

export { median };
