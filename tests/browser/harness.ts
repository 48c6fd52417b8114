/**
 * What every browser test file needs: the production build served on
 * 127.0.0.1 and Debian Chromium, started once per file and stopped after it.
 */
import { after, before } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './launchBrowser';
import { serveBuild } from './serveBuild.mjs';

/**
 * The options of every browser context of the browser tests but tests/browser/offline.test.ts:
 * no service worker. The site's worker (README: Reading offline) would install in each fresh
 * context and download its locale's precache (46 files, about 4.8 MB before compression, each
 * compressed by the test server the first time it is asked for), beside what each test measures
 * and times; offline.test.ts tests the worker, the pages it serves and a twin run under it.
 * Playwright blocks the registration by replacing it with one that logs a warning (site.test.ts
 * allows that one).
 */
export const NO_SERVICE_WORKER = { serviceWorkers: 'block' } as const;

export interface Harness {
  readonly browser: Browser;
  readonly origin: string;
}

/**
 * The test server's options for every browser test: Brotli at quality 4, as hosts compress on the
 * fly. No browser test counts bytes (the benches do, at the default quality). At quality 11 the
 * build's text files (the Python runtime's aside) cost 16.0 s of the server's one thread on a fresh
 * clone, whose compression cache is empty; at 4, 0.14 s (a brotliCompressSync loop, 2026-12-05).
 */
export const TEST_SERVER = { fastCompression: true } as const;

export function useBuiltSite(): Harness {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveBuild>> | undefined;
  before(async () => {
    server = await serveBuild(TEST_SERVER);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get origin() {
      return server!.origin;
    },
  };
}

/**
 * Opens a doc page in a browser context of its own and waits for hydration; `beforeLoad` may
 * listen to the page before it loads. `close` closes the context.
 */
export async function openDoc(
  site: Harness,
  path: string,
  beforeLoad: (page: Page) => void = () => {},
): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await site.browser.newContext(NO_SERVICE_WORKER);
  const page = await context.newPage();
  beforeLoad(page);
  await page.goto(site.origin + path);
  await page.waitForSelector('html[data-has-hydrated="true"]');
  return { page, close: () => context.close() };
}
