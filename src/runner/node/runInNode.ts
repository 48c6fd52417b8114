/**
 * Runs a TypeScript sample in a Node worker thread through the page's engine
 * (bundled by scripts/buildRunner.mjs, as the browser's is) and collects its
 * events: what the parity tests compare with CPython's output.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RunEventMessage, RunEvent, RunMessage } from '../engine/protocol';

const WORKER = join(__dirname, 'generated', 'nodeWorker.cjs');

/**
 * The heap a run may use. Browsers offer no such limit for a sandboxed worker (the sandbox's
 * process dies instead, and the page starts a new one); in Node the worker alone ends.
 */
const HEAP_LIMIT_MB = 256;

let bundleChecked = false;

export interface NodeRunOptions {
  fastForward?: boolean;
  /** Real milliseconds after which the run is stopped, as the Stop button would. */
  stopAfterMs?: number;
}

export interface NodeRun {
  events: RunEvent[];
  /** `crashed`: the worker died before the program ended (it ran out of memory, say). */
  status: 'done' | 'error' | 'stopped' | 'crashed';
  /** Why the worker died, for `crashed`. */
  crash?: string;
}

export function runInNode(source: string, options: NodeRunOptions = {}): Promise<NodeRun> {
  const { fastForward = true, stopAfterMs = 60_000 } = options;
  if (!bundleChecked && !existsSync(WORKER)) {
    throw new Error(`${WORKER} is missing: run \`npm run build:runner\` first`);
  }
  bundleChecked = true;
  const worker = new Worker(WORKER, {
    // Not the test runner's flags: tsx's loader hooks would start with every worker and
    // transpile the sample's import() again (about 0.5 s a run, measured).
    execArgv: [],
    resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB },
  });
  const events: RunEvent[] = [];
  return new Promise((resolve) => {
    const finish = (run: NodeRun) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(run);
    };
    const timer = setTimeout(() => finish({ events, status: 'stopped' }), stopAfterMs);
    worker.on('message', ({ event }: RunEventMessage) => {
      events.push(event);
      if (event.type === 'end') finish({ events, status: event.status });
    });
    worker.on('error', (error) => finish({ events, status: 'crashed', crash: String(error) }));
    worker.postMessage({ type: 'run', runId: 1, request: { source, fastForward } } satisfies RunMessage);
  });
}

/** The printed text of a run, one console line per line, as a terminal shows it. */
export function printedText(events: readonly RunEvent[]): string {
  return events
    .filter((event) => event.type === 'line')
    .map((event) => `${event.text}\n`)
    .join('');
}
