/**
 * `setTimeout` of Node's `node:timers/promises`, as the runner provides it. Every twin sleeps with
 *
 *     import { setTimeout as sleep } from 'node:timers/promises';
 *     await sleep(1000); // asyncio.sleep(1)
 *     await sleep(3_600_000, undefined, { signal }); // a sleep that task.cancel() can end
 *
 * which runs unchanged in Node.js. In the page's sandbox (which has no Node modules) and in the
 * site's own tests, the runner links that import to this module instead, so the sleep runs on the
 * runner's clock and fast-forward can skip it. It behaves as Node 20's does:
 *
 * - it resolves with `value` after `delay` ms (a timer of the global `setTimeout`);
 * - an abort of `signal` clears the timer and rejects with an `AbortError` (`name` 'AbortError',
 *   `code` 'ABORT_ERR', the signal's reason as its `cause`): the abort is what `task.cancel()`
 *   is in Python, and the AbortError plays the part of `CancelledError`;
 * - a signal that is already aborted rejects at once, without starting a timer: a task
 *   cancelled before it sleeps does not sleep.
 *
 * `ref: false` (a timer that does not keep the program alive) is not supported: it rejects, rather
 * than keep a run going that Node would end.
 */

export interface TimerOptions {
  signal?: AbortSignal;
  ref?: boolean;
}

/** Node's `AbortError` (not exported by Node: tell it by its `name`, as Node's own docs do). */
class AbortError extends Error {
  code = 'ABORT_ERR';
  constructor(reason: unknown) {
    super('The operation was aborted', { cause: reason });
    this.name = 'AbortError';
  }
}

export function setTimeout<T = void>(
  delay?: number,
  value?: T,
  options: TimerOptions = {},
): Promise<T> {
  if (delay !== undefined && typeof delay !== 'number') {
    return Promise.reject(new TypeError(`The "delay" argument must be of type number`));
  }
  const { signal, ref = true } = options;
  if (!ref) return Promise.reject(new Error("setTimeout's { ref: false } is not supported here"));
  if (signal?.aborted) return Promise.reject(new AbortError(signal.reason));
  let onAbort: (() => void) | undefined;
  const sleeping = new Promise<T>((resolve, reject) => {
    const timer = globalThis.setTimeout(resolve, delay, value);
    if (signal) {
      onAbort = () => {
        globalThis.clearTimeout(timer);
        reject(new AbortError(signal.reason));
      };
      signal.addEventListener('abort', onAbort);
    }
  });
  if (onAbort === undefined) return sleeping;
  // Node removes its listener in a finally() wrapped in two promises (its SafePromisePrototypeFinally):
  // the same here, so a sleep settles on the same microtask turn as in Node.
  const removeListener = () => signal!.removeEventListener('abort', onAbort!);
  return new Promise<T>((resolve, reject) =>
    new Promise<T>((inner, fail) => sleeping.then(inner, fail))
      .finally(removeListener)
      .then(resolve, reject),
  );
}
