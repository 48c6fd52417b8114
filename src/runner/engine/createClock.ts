/**
 * The clock a sample's timers run on. One timer queue serves both modes:
 * - real time: the earliest timer is armed on the host's own setTimeout;
 * - fast-forward: when the program is idle (no microtask left, no worker job in
 *   flight) the clock jumps to the earliest timer instead of waiting for it.
 *   Busy work is never skipped: `now()` keeps counting real time, so a busy loop
 *   standing in for Python's blocking `time.sleep` still takes its time.
 * Timers fire one per host task so microtasks settle between them, as in Node.
 */

/** What the clock needs from its host (a browser worker or Node). */
export interface ClockHost {
  /** Real monotonic milliseconds (the host's own `performance.now`). */
  now(): number;
  /** The host's own setTimeout, untouched by the sample. */
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Runs the callback in a new task, after all microtasks (no 4 ms clamping). */
  yieldTask(callback: () => void): void;
}

interface Timer {
  id: number;
  due: number;
  seq: number;
  interval: number | null;
  callback: () => void;
}

export interface Clock {
  /** Milliseconds since the clock started: virtual under fast-forward. */
  now(): number;
  setTimer(callback: () => void, delay: number, repeat: boolean): number;
  clearTimer(id: number): void;
  /** Timers still waiting to fire. */
  pending(): number;
  /** True while a timer or a hold is pending. */
  isBusy(): boolean;
  /** Marks outside work (a worker job) in flight; the returned function ends it. */
  hold(): () => void;
  /** Called each time the clock has nothing left to run (no timer, no hold). */
  onIdle(listener: () => void): void;
  dispose(): void;
}

/**
 * `onCheck` is told each time the clock checks its timers, in a task of its own: whatever the
 * sample's code did since the last firing has run to its end by then (see recordSpans).
 */
export function createClock(host: ClockHost, fastForward: boolean, onCheck: () => void = () => {}): Clock {
  const origin = host.now();
  let skipped = 0;
  let timers: Timer[] = [];
  let nextId = 1;
  let seq = 0;
  let holds = 0;
  let armed: unknown = null;
  let checkQueued = false;
  let disposed = false;
  let idleListener: () => void = () => {};

  const now = () => host.now() - origin + skipped;

  function earliest(): Timer | undefined {
    let best: Timer | undefined;
    for (const timer of timers) {
      if (!best || timer.due < best.due || (timer.due === best.due && timer.seq < best.seq)) {
        best = timer;
      }
    }
    return best;
  }

  function fire(timer: Timer): void {
    if (timer.interval === null) timers = timers.filter((t) => t !== timer);
    else Object.assign(timer, { due: timer.due + timer.interval, seq: seq++ });
    timer.callback();
  }

  /** Runs in its own task: microtasks are drained, so the program is idle now. */
  function check(): void {
    checkQueued = false;
    if (disposed) return;
    onCheck();
    const next = earliest();
    if (!next) {
      if (holds === 0) idleListener();
      return;
    }
    const wait = next.due - now();
    if (wait <= 0) {
      fire(next);
      schedule();
    } else if (fastForward && holds === 0) {
      skipped += wait;
      fire(next);
      schedule();
    } else {
      armed = host.setTimeout(() => {
        armed = null;
        schedule();
      }, wait);
    }
  }

  function schedule(): void {
    if (disposed || checkQueued) return;
    if (armed !== null) host.clearTimeout(armed);
    armed = null;
    checkQueued = true;
    host.yieldTask(check);
  }

  return {
    now,
    setTimer(callback, delay, repeat) {
      const ms = Math.max(0, Number(delay) || 0);
      const timer = {
        id: nextId++,
        due: now() + ms,
        seq: seq++,
        callback,
        interval: repeat ? Math.max(1, ms) : null,
      };
      timers.push(timer);
      schedule();
      return timer.id;
    },
    clearTimer(id) {
      timers = timers.filter((t) => t.id !== id);
      schedule();
    },
    pending: () => timers.length,
    isBusy: () => timers.length > 0 || holds > 0,
    hold() {
      holds++;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        holds--;
        schedule();
      };
    },
    onIdle(listener) {
      idleListener = listener;
      schedule();
    },
    dispose() {
      disposed = true;
      if (armed !== null) host.clearTimeout(armed);
      timers = [];
    },
  };
}

/**
 * A `Date` that reads `now` (epoch milliseconds: the virtual wall clock under fast-forward) and is
 * otherwise the host's: `Date()` without `new` is the current time as a string whatever its
 * arguments (ECMA-262 §21.4.2.1), `new Date(x)` is untouched, and the statics, the prototype (so
 * `instanceof Date`) and subclassing are the real one's. A Proxy rather than a subclass, because a
 * class constructor throws when called without `new`.
 */
export function createVirtualDate(RealDate: DateConstructor, now: () => number): DateConstructor {
  return new Proxy(RealDate, {
    apply: () => new RealDate(now()).toString(),
    construct: (target, args, newTarget) =>
      Reflect.construct(target, args.length > 0 ? args : [now()], newTarget) as object,
    get: (target, key, receiver) => (key === 'now' ? now : (Reflect.get(target, key, receiver) as unknown)),
  });
}
