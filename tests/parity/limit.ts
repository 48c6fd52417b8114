/**
 * Slots shared out in order: each task asks for some of them (at most all), waits until the tasks
 * before it have started and that many are free, and holds them while it runs. A task waiting for
 * more than are free holds back the ones behind it. Parity's runAlone runs share the cores so.
 */
export function sharedSlots(slots: number): <T>(wanted: number, task: () => Promise<T>) => Promise<T> {
  let free = slots;
  const waiting: { wanted: number; start: () => void }[] = [];
  const startWhatFits = () => {
    while (waiting.length > 0 && waiting[0].wanted <= free) {
      const next = waiting.shift()!;
      free -= next.wanted;
      next.start();
    }
  };
  return async (wanted, task) => {
    const share = Math.min(wanted, slots);
    await new Promise<void>((start) => {
      waiting.push({ wanted: share, start });
      startWhatFits();
    });
    try {
      return await task();
    } finally {
      free += share;
      startWhatFits();
    }
  };
}

/**
 * At most `slots` of the functions given to the returned limiter run at once, and each starts at
 * least `spacingMs` after the one before; the rest wait in order.
 */
export function limiter(slots: number, spacingMs = 0): <T>(task: () => Promise<T>) => Promise<T> {
  const share = sharedSlots(slots);
  // The starts pass one by one through this chain, each `spacingMs` after the last one's real start.
  let lastStart = Promise.resolve(-Infinity);
  const startAfterLast = () =>
    (lastStart = lastStart.then(async (last) => {
      const wait = last + spacingMs - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      return performance.now();
    }));
  return (task) =>
    share(1, async () => {
      await startAfterLast();
      return task();
    });
}
