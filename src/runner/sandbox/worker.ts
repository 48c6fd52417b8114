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
/**
 * The sample's module is a data: URL, not a blob: URL: a blob costs a registration and a load
 * through the browser process, 5–14 ms of every Run in a sandboxed worker here, against 0.4–2.3 ms
 * for a data: URL (Chromium 150). Its `sourceURL` is the name V8 gives its frames in a stack,
 * by which sampleFrames finds them.
 */
const MODULE_NAME = 'sample.ts';
const moduleUrl = (code: string) =>
  `data:text/javascript;charset=utf-8,${encodeURIComponent(`${code}\n//# sourceURL=${MODULE_NAME}`)}`;

// The same for the module loader that runs the sample (data: module, dynamic import).
void import(/* webpackIgnore: true */ moduleUrl('export {};'));
// And the library's blob: URLs (every run looks up the sleep module's): each registration is a
// synchronous round trip to the browser process, 1.9–9.3 ms of a Run in a trace. Only registered:
// a module evaluated now would run before the run's clock is installed.
for (const file of Object.keys(__LIBRARY_MODULES__)) locateModule(file);

scope.addEventListener('message', (message: MessageEvent<ToWorker>) => {
  if (message.data.type !== 'run') return;
  const { runId, request } = message.data;
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
      importModule: (code) => import(/* webpackIgnore: true */ moduleUrl(code)),
      frames: (error) => sampleFrames(error, MODULE_NAME),
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
