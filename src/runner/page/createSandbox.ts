/**
 * The page's handle on one sandbox iframe: boots it, starts and stops runs, and
 * passes the run's events on. Framework-free; the React runner only renders.
 */
import type { RunEvent } from '../engine/protocol';
import { SANDBOX_DOCUMENT } from '../sandbox/sandboxDocument';

/** What the sandbox says besides a run's own events. */
type SandboxMessage =
  | RunEvent
  | { type: 'loaded' }
  | { type: 'ready' }
  | { type: 'stopped' }
  | { type: 'pong' }
  | { type: 'crash'; message: string };

/** How often a running sandbox is asked if it is alive, and how many missed answers mean it is not. */
const PING_MS = 1000;
const MISSED_PINGS = 2;

export interface Sandbox {
  /** Resolves once a worker is booted and waiting for code. */
  ready: Promise<void>;
  run(source: string, fastForward: boolean, onEvent: (event: RunEvent | CrashEvent) => void): void;
  /** Ends the current run at once (the worker is terminated). */
  stop(): Promise<void>;
  dispose(): void;
}

/** The worker died without reporting (out of memory, for instance). */
export interface CrashEvent {
  type: 'crash';
  message: string;
}

export function createSandbox(host: HTMLElement, workerSource: string, title: string): Sandbox {
  const iframe = document.createElement('iframe');
  iframe.setAttribute('sandbox', 'allow-scripts');
  iframe.setAttribute('aria-hidden', 'true');
  iframe.tabIndex = -1;
  iframe.title = title;
  iframe.style.cssText = 'position:absolute;width:0;height:0;border:0;visibility:hidden';
  iframe.srcdoc = SANDBOX_DOCUMENT;

  let onEvent: ((event: RunEvent | CrashEvent) => void) | null = null;
  let unanswered = 0;
  let watchdog: ReturnType<typeof setInterval> | undefined;
  const stopWatchdog = () => clearInterval(watchdog);
  const startWatchdog = () => {
    stopWatchdog();
    unanswered = 0;
    watchdog = setInterval(() => {
      if (unanswered >= MISSED_PINGS) {
        stopWatchdog();
        onEvent?.({ type: 'crash', message: 'no answer from the sandbox' });
        return;
      }
      unanswered++;
      iframe.contentWindow?.postMessage({ type: 'ping' }, '*');
    }, PING_MS);
  };
  let markReady: () => void = () => {};
  let markStopped: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const listener = (message: MessageEvent<SandboxMessage>) => {
    // The iframe's origin is opaque ("null"): trust it by identity, not origin.
    if (message.source !== iframe.contentWindow) return;
    const data = message.data;
    if (data.type === 'loaded') {
      iframe.contentWindow?.postMessage({ type: 'boot', workerSource }, '*');
    } else if (data.type === 'ready') {
      markReady();
    } else if (data.type === 'stopped') {
      markStopped();
    } else if (data.type === 'pong') {
      unanswered = 0;
    } else {
      if (data.type === 'end' || data.type === 'crash') stopWatchdog();
      onEvent?.(data);
    }
  };
  window.addEventListener('message', listener);
  host.appendChild(iframe);

  return {
    ready,
    run(source, fastForward, handler) {
      onEvent = handler;
      void ready.then(() => {
        startWatchdog();
        iframe.contentWindow?.postMessage({ type: 'run', source, fastForward }, '*');
      });
    },
    stop() {
      onEvent = null;
      stopWatchdog();
      const stopped = new Promise<void>((resolve) => (markStopped = resolve));
      iframe.contentWindow?.postMessage({ type: 'stop' }, '*');
      return stopped;
    },
    dispose() {
      stopWatchdog();
      window.removeEventListener('message', listener);
      iframe.remove();
    },
  };
}
