/**
 * Collects items and hands them over in batches, so a flood of console lines
 * costs one render a frame. The first item after a quiet spell goes at once
 * (on the next microtask), not on the next frame: a reader's Run shows its
 * first line without waiting up to 16 ms for a frame.
 */
export interface Batcher<T> {
  push(item: T): void;
  /** Hands over what is waiting now. */
  flush(): void;
  /** Drops what is waiting. */
  cancel(): void;
}

export function createBatcher<T>(deliver: (batch: T[]) => void): Batcher<T> {
  let pending: T[] = [];
  let frame = 0;
  let scheduled = false;
  /** When the last batch went: items within a frame of it wait for the next frame. */
  let lastDelivery = -Infinity;
  const flush = () => {
    cancelAnimationFrame(frame);
    frame = 0;
    scheduled = false;
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    deliver(batch);
    // Measured from the end: a batch whose render took longer than a frame must not make the
    // next item look like the first after a quiet spell (a flood would render once per item).
    lastDelivery = performance.now();
  };
  return {
    push(item) {
      pending.push(item);
      if (scheduled) return;
      scheduled = true;
      if (performance.now() - lastDelivery > 16) queueMicrotask(() => scheduled && flush());
      else frame = requestAnimationFrame(flush);
    },
    flush,
    cancel() {
      pending = [];
      flush(); // with nothing pending, only unschedules
    },
  };
}

/**
 * Collects items and hands them over at most once every `ms` milliseconds: for what a reader
 * watches grow but need not see each frame (the timeline: redrawing a thousand bars every frame
 * of a run starved the page). `onWaiting` is told when items start to wait for a delivery.
 */
export function createTrickle<T>(
  deliver: (batch: T[]) => void,
  ms: number,
  onWaiting: () => void,
): Batcher<T> {
  let pending: T[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    deliver(batch);
  };
  return {
    push(item) {
      pending.push(item);
      if (timer !== null) return;
      timer = setTimeout(flush, ms);
      onWaiting();
    },
    flush,
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      pending = [];
    },
  };
}
