/**
 * Node side of the runner: runs one sample in this worker thread with the same
 * engine the page's sandbox uses, and posts its events to the parent.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { locateInStack } from '../engine/locateInStack';
import type { RunEvent } from '../engine/protocol';
import { runProgram } from '../engine/runProgram';

const { source, fastForward, maxLines } = workerData as {
  source: string;
  fastForward: boolean;
  maxLines: number;
};
const dir = mkdtempSync(join(tmpdir(), 'sample-'));
const file = join(dir, 'sample.mjs');
const moduleUrl = pathToFileURL(file).href;
const realSetTimeout = setTimeout;
const realClearTimeout = clearTimeout;
const realSetImmediate = setImmediate;
const realNow = performance.now.bind(performance);

const post = (event: RunEvent) => {
  parentPort!.postMessage(event);
  if (event.type === 'end') {
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  }
};

runProgram(
  globalThis,
  source,
  { fastForward, maxLines },
  {
    now: realNow,
    setTimeout: (callback, ms) => realSetTimeout(callback, ms),
    clearTimeout: (handle) => realClearTimeout(handle as NodeJS.Timeout),
    yieldTask: (callback) => realSetImmediate(callback),
    importModule(code) {
      writeFileSync(file, code);
      return import(moduleUrl);
    },
    locate: (error) => locateInStack(error, moduleUrl),
    onUncaught(listener) {
      process.on('uncaughtException', (error) => listener('uncaught', error));
      process.on('unhandledRejection', (reason) => listener('unhandled-rejection', reason));
    },
  },
  post,
);
