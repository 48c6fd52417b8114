/**
 * What every browser test file needs: the production build served on
 * 127.0.0.1 and Debian Chromium, started once per file and stopped after it.
 */
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './launchBrowser';
import { serveBuild } from './serveBuild.mjs';

export interface Harness {
  readonly browser: Browser;
  readonly origin: string;
}

export function useBuiltSite(): Harness {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveBuild>> | undefined;
  before(async () => {
    server = await serveBuild();
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
