/**
 * The sandbox's TypeScript worker: one run per worker, so every run starts with
 * fresh globals. It lives inside an opaque-origin iframe, so the sample cannot
 * reach the page's DOM, cookies or storage, and a busy loop blocks only this thread.
 */
import { sampleFrames } from '../engine/locateInStack';
import type { FromWorker, ToWorker } from '../engine/protocol';
import { MAX_LINES, runProgram } from '../engine/runProgram';
import { transpile } from '../engine/transpile';

/** samples/lib modules as JavaScript, by file name (scripts/buildRunner.mjs fills it in). */
declare const __LIBRARY_MODULES__: Record<string, string>;
const libraryUrls = new Map<string, string>();
function locateModule(file: string): string | undefined {
  const code = __LIBRARY_MODULES__[file];
  if (code === undefined) return undefined;
  if (!libraryUrls.has(file)) {
    libraryUrls.set(file, URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
  }
  return libraryUrls.get(file);
}

/** Each Worker the sample starts holds the clock until it is terminated or fails. */
function trackThreads(hold: () => () => void): void {
  const NativeWorker = scope.Worker;
  scope.Worker = class TrackedWorker extends NativeWorker {
    private release = hold();
    constructor(...args: ConstructorParameters<typeof Worker>) {
      super(...args);
      this.addEventListener('error', () => this.release());
    }
    terminate(): void {
      super.terminate();
      this.release();
    }
  };
}
const scope = self as unknown as typeof globalThis & { postMessage(message: unknown): void };
const realSetTimeout = scope.setTimeout.bind(scope);
const realClearTimeout = scope.clearTimeout.bind(scope);
const realNow = scope.performance.now.bind(scope.performance);
const post = scope.postMessage.bind(scope);

// A task queue without setTimeout's 4 ms clamp, so fast-forward stays fast.
const queue: (() => void)[] = [];
const channel = new MessageChannel();
channel.port1.onmessage = () => queue.shift()?.();

// This worker is booted before it is needed (the sandbox keeps one spare): warm the transpiler
// up now, so the reader's Run does not pay for its cold start. Measured in Node (same V8, sucrase
// 3.35.1, a fresh process each time): the first transform of a two-line sample 8-10 ms, after
// one warm-up transform 2 ms.
transpile('const warm: number = 1;\nexport { warm };');
// The same for the module loader that runs the sample (blob: module, dynamic import).
void import(
  /* webpackIgnore: true */ URL.createObjectURL(new Blob(['export {};'], { type: 'text/javascript' }))
);

scope.addEventListener('message', (message: MessageEvent<ToWorker>) => {
  if (message.data.type !== 'run') return;
  const { runId, request } = message.data;
  let moduleUrl = '';
  runProgram(
    scope,
    request.source,
    { fastForward: request.fastForward, maxLines: MAX_LINES },
    {
      now: realNow,
      setTimeout: (callback, ms) => realSetTimeout(callback, ms),
      clearTimeout: (handle) => realClearTimeout(handle as number),
      yieldTask(callback) {
        queue.push(callback);
        channel.port2.postMessage(null);
      },
      importModule(code) {
        moduleUrl = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
        return import(/* webpackIgnore: true */ moduleUrl);
      },
      frames: (error) => sampleFrames(error, moduleUrl),
      locateModule,
      trackThreads,
      onUncaught(listener) {
        scope.addEventListener('error', (event) => {
          event.preventDefault();
          listener('uncaught', event.error ?? event.message);
        });
        scope.addEventListener('unhandledrejection', (event) => {
          event.preventDefault();
          listener('unhandled-rejection', event.reason);
        });
      },
    },
    (event) => post({ type: 'event', runId, event } satisfies FromWorker),
  );
});
