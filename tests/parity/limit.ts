/**
 * At most `slots` of the functions given to the returned limiter run at once, and each starts at
 * least `spacingMs` after the one before; the rest wait in order.
 */
export function limiter(slots: number, spacingMs = 0): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  let nextStart = 0;
  return async (task) => {
    if (running >= slots) await new Promise<void>((resolve) => waiting.push(resolve));
    else running++;
    const now = performance.now();
    const at = Math.max(now, nextStart);
    nextStart = at + spacingMs;
    if (at > now) await new Promise((resolve) => setTimeout(resolve, at - now));
    try {
      return await task();
    } finally {
      // Hand the slot straight to the next in line, or free it.
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}
