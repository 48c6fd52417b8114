/**
 * Node side of the runner: runs one sample in this worker thread with the same
 * engine the page's sandbox uses, and posts its events to the parent. Bundled
 * by scripts/buildRunner.mjs with esbuild, as the browser's worker is.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { syncBuiltinESMExports } from 'node:module';
import threads, { parentPort } from 'node:worker_threads';
import { sampleFrames } from '../engine/locateInStack';
import type { FromWorker, RunMessage } from '../engine/protocol';
import { MAX_LINES, runProgram } from '../engine/runProgram';

/** samples/lib modules as JavaScript, by file name (scripts/buildRunner.mjs fills it in). */
declare const __LIBRARY_MODULES__: Record<string, string>;

const dir = mkdtempSync(join(tmpdir(), 'sample-'));
const file = join(dir, 'sample.mjs');
const moduleUrl = pathToFileURL(file).href;
const realSetTimeout = setTimeout;
const realClearTimeout = clearTimeout;
const realSetImmediate = setImmediate;
const realNow = performance.now.bind(performance);

// The modules the runner provides, beside the sample (thread.ts → thread.mjs), where the sample's
// imports are linked to them (see linkImports), by the URL their stack frames show.
const library = new Map<string, string>();
for (const [file, code] of Object.entries(__LIBRARY_MODULES__)) {
  const path = join(dir, file.replace(/\.ts$/, '.mjs'));
  writeFileSync(path, code);
  library.set(file, pathToFileURL(path).href);
}

/** Each worker thread the sample starts holds the clock until it exits. */
function trackThreads(hold: () => () => void): void {
  const NativeWorker = threads.Worker;
  threads.Worker = class TrackedWorker extends NativeWorker {
    constructor(...args: ConstructorParameters<typeof NativeWorker>) {
      super(...args);
      this.once('exit', hold());
    }
  };
  syncBuiltinESMExports(); // so `import('node:worker_threads')` sees the tracked class too
}

parentPort!.once('message', ({ runId, request }: RunMessage) => {
  runProgram(
    globalThis,
    request.source,
    { fastForward: request.fastForward, maxLines: MAX_LINES },
    {
      now: realNow,
      setTimeout: (callback, ms) => realSetTimeout(callback, ms),
      clearTimeout: (handle) => realClearTimeout(handle as NodeJS.Timeout),
      yieldTask: (callback) => realSetImmediate(callback),
      importModule(code) {
        writeFileSync(file, code);
        return import(moduleUrl);
      },
      frames: (error) => sampleFrames(error, moduleUrl),
      locateModule: (file) => library.get(file),
      trackThreads,
      onUncaught(listener) {
        process.on('uncaughtException', (error) => listener('uncaught', error));
        process.on('unhandledRejection', (reason) => listener('unhandled-rejection', reason));
      },
    },
    (event) => {
      parentPort!.postMessage({ type: 'event', runId, event } satisfies FromWorker);
      if (event.type === 'end') {
        rmSync(dir, { recursive: true, force: true });
        process.exit(0);
      }
    },
  );
});
