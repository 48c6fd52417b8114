/**
 * The one runAlone twin that runs in the page: s1-09-to-thread-fix, whose three threads are Web
 * Workers in the page's sandbox (worker_threads in Node), busy at once and timed (`used:` within
 * 0.3 s), so it runs with the machine to itself. The other runAlone twins (busy loops, and threads
 * that repeat this one's path) run in the parity suite's alone phase on the same bundled engine.
 */
import { test } from 'node:test';
import { DEFAULT_LOCALE } from '../../../config/locales.mjs';
import { openDoc, useBuiltSite } from '../harness';
import { compareTwin, startTwin, twinRunIn } from '../twinRuns';

const site = useBuiltSite();
const ID = 's1-09-to-thread-fix';
const PATH = '/docs/python-asyncio';

test(`${PATH}: ${ID}'s three threads run at once and print the expected output`, async () => {
  const { page, close } = await openDoc(site, PATH);
  try {
    const run = twinRunIn(ID, DEFAULT_LOCALE);
    await startTwin(page, run);
    await compareTwin(page, PATH, run);
  } finally {
    await close();
  }
});
