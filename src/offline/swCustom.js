// The site's additions to @docusaurus/plugin-pwa's service worker (its `swCustom` option: bundled
// into each locale's sw.js, and run before the plugin adds its own listeners, so this fetch
// listener sees each request first). Plain JavaScript: the plugin compiles this file with its own
// Babel rule, which takes .js only.
//
// - The Python runtime (`/pyodide/<version>/…`, about 13 MB) is never precached: a reader who never
//   runs Python must not download it. Once the page has fetched it (on a Python Run), it is kept,
//   cache first by its versioned URL, in one cache that the three locales' service workers share
//   (caches belong to the origin), so Python runs offline after one use in any language. A new
//   version's first file drops the old version's files.
// - A newly installed worker takes control of the open pages of its scope at once (clients.claim):
//   otherwise the page of the first visit would stay uncontrolled until the next navigation, and
//   its lazy chunks (the runner) and the Python runtime would not be served by the worker; and a
//   reader of /en/ who first came through the root's worker (scope `/` covers /en/ too) moves to
//   the /en/ worker, whose cache has the English pages and chunks.

const PYTHON_RUNTIME_CACHE = 'asyncio-twins-python-runtime';
/** `/pyodide/<version>/<file>`, under whatever base URL. */
const PYTHON_RUNTIME_PATH = /\/pyodide\/([^/]+)\/[^/]+$/;

/**
 * What this file uses of the worker's global scope (the site's tsconfig has the DOM's types only).
 * @typedef {{ waitUntil(promise: Promise<unknown>): void }} ExtendableEvent
 * @typedef {ExtendableEvent & { request: Request, respondWith(response: Promise<Response>): void }} FetchEvent
 * @typedef {{
 *   location: Location,
 *   clients: { claim(): Promise<void> },
 *   addEventListener(type: 'activate', listener: (event: ExtendableEvent) => void): void,
 *   addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void,
 * }} WorkerScope
 */
const worker = /** @type {WorkerScope} */ (/** @type {unknown} */ (self));

/**
 * The Python runtime's file from the cache, or from the network, kept for next time when whole.
 * @param {FetchEvent} event @param {string} version
 */
async function pythonRuntimeFile(event, version) {
  const cache = await caches.open(PYTHON_RUNTIME_CACHE);
  const kept = await cache.match(event.request);
  if (kept) return kept;
  const response = await fetch(event.request);
  if (response.ok) {
    // Not awaited before answering: the page reads the body as it arrives (its download progress).
    event.waitUntil(
      (async () => {
        await cache.put(event.request, response.clone());
        for (const request of await cache.keys()) {
          if (PYTHON_RUNTIME_PATH.exec(new URL(request.url).pathname)?.[1] !== version)
            await cache.delete(request);
        }
      })(),
    );
  }
  return response;
}

export default function swCustom() {
  worker.addEventListener('activate', (event) => event.waitUntil(worker.clients.claim()));
  worker.addEventListener('fetch', (event) => {
    const url = new URL(event.request.url);
    if (event.request.method !== 'GET' || url.origin !== worker.location.origin) return;
    const version = PYTHON_RUNTIME_PATH.exec(url.pathname)?.[1];
    if (version) event.respondWith(pythonRuntimeFile(event, version));
  });
}
