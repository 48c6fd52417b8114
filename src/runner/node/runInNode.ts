/**
 * Runs a TypeScript sample in a Node worker thread through the page's engine and
 * collects its events: what the parity tests compare with CPython's output.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RunEvent } from '../engine/protocol';

// Worker threads do not inherit tsx's loader: register it, then load the worker.
const WORKER_BOOT = `require('tsx/cjs/api').register();
require(${JSON.stringify(join(__dirname, 'nodeWorker.ts'))});`;

export interface NodeRunOptions {
  fastForward?: boolean;
  maxLines?: number;
  /** Real milliseconds after which the run is stopped, as the Stop button would. */
  stopAfterMs?: number;
}

export interface NodeRun {
  events: RunEvent[];
  status: 'done' | 'error' | 'stopped';
}

export function runInNode(source: string, options: NodeRunOptions = {}): Promise<NodeRun> {
  const { fastForward = true, maxLines = 2000, stopAfterMs = 60_000 } = options;
  const worker = new Worker(WORKER_BOOT, {
    eval: true,
    workerData: { source, fastForward, maxLines },
  });
  const events: RunEvent[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve({ events, status: 'stopped' });
    }, stopAfterMs);
    worker.on('message', (event: RunEvent) => {
      events.push(event);
      if (event.type === 'end') {
        clearTimeout(timer);
        resolve({ events, status: event.status });
      }
    });
    worker.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** The printed text of a run, one console line per line, as a terminal shows it. */
export function printedText(events: readonly RunEvent[]): string {
  return events
    .filter((event) => event.type === 'line')
    .map((event) => `${event.text}\n`)
    .join('');
}
