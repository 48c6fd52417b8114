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
