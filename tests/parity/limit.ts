/**
 * At most `slots` of the functions given to the returned limiter run at once, and each starts at
 * least `spacingMs` after the one before; the rest wait in order.
 */
export function limiter(slots: number, spacingMs = 0): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  // The starts pass one by one through this chain, each `spacingMs` after the last one's real start.
  let lastStart = Promise.resolve(-Infinity);
  const startAfterLast = () =>
    (lastStart = lastStart.then(async (last) => {
      const wait = last + spacingMs - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      return performance.now();
    }));
  return async (task) => {
    if (running >= slots) await new Promise<void>((resolve) => waiting.push(resolve));
    else running++;
    try {
      await startAfterLast();
      return await task();
    } finally {
      // Hand the slot straight to the next in line, or free it.
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}

/**
 * The machine's cores, shared out in order: each task asks for some of them (at most all), waits
 * until the tasks before it have started and that many are free, and has them to itself while it
 * runs. A task waiting for more cores than are free holds back the ones behind it.
 */
export function coreShare(cores: number): <T>(wanted: number, task: () => Promise<T>) => Promise<T> {
  let free = cores;
  const waiting: { wanted: number; start: () => void }[] = [];
  const startWhatFits = () => {
    while (waiting.length > 0 && waiting[0].wanted <= free) {
      const next = waiting.shift()!;
      free -= next.wanted;
      next.start();
    }
  };
  return async (wanted, task) => {
    const share = Math.min(wanted, cores);
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
