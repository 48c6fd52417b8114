/**
 * Whether this locale's pages are saved for reading offline: set by the service worker's
 * registration (registerSw.ts), read by the footer's indicator (src/theme/Footer/Copyright).
 */
import { useSyncExternalStore } from 'react';

let available = false;
const listeners = new Set<() => void>();

/** Called once this locale's service worker is active: it activates only once its precache is full. */
export function markAvailableOffline(): void {
  available = true;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** False on the server and until the worker is active, so the server's HTML never claims it. */
export function useAvailableOffline(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => available,
    () => false,
  );
}
