/**
 * The page's side of the Python runtime: whether this browser can run it, and
 * fetching its files from the site when a reader first runs Python (never
 * before). The page fetches them, not the sandbox: a worker in the sandbox's
 * opaque origin cannot read the site's files (no CORS headers on a static
 * host), while the page's same-origin requests are kept by the HTTP cache, so
 * the download happens once, for every page and locale of the site; and by the
 * service worker (src/offline/swCustom.js), so Python runs offline after one use.
 */
import type { PythonRuntimeFiles } from '../engine/protocol';
import type { PythonRuntimeInfo } from '../../../plugins/pythonRuntime';

/** Set at build time by plugins/pythonRuntime.ts. */
declare const __PYTHON_RUNTIME__: PythonRuntimeInfo;

export const pythonRuntime: PythonRuntimeInfo = __PYTHON_RUNTIME__;

/** Bytes of the whole runtime, uncompressed. */
export const runtimeBytes = Object.values(pythonRuntime.sizes).reduce((sum, size) => sum + size, 0);

async function readCounting(url: string, onBytes: (count: number) => void): Promise<Blob> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url}: HTTP ${response.status}`);
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    onBytes(value.length);
  }
  return new Blob(chunks);
}

/** Fetches every file of the runtime at once, reporting the bytes received (decompressed) so far. */
export async function fetchPythonRuntime(
  onProgress: (loaded: number, total: number) => void,
): Promise<PythonRuntimeFiles> {
  let loaded = 0;
  const names = Object.keys(pythonRuntime.sizes) as (keyof PythonRuntimeFiles)[];
  const blobs = await Promise.all(
    names.map((name) =>
      readCounting(`${pythonRuntime.url}${name}`, (count) => {
        loaded += count;
        onProgress(Math.min(loaded, runtimeBytes), runtimeBytes);
      }),
    ),
  );
  return Object.fromEntries(names.map((name, i) => [name, blobs[i]])) as unknown as PythonRuntimeFiles;
}
