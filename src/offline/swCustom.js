// The site's additions to @docusaurus/plugin-pwa's service worker (its `swCustom` option: bundled
// into each locale's sw.js, and run before the plugin adds its own listeners, so this fetch
// listener sees each request first). Plain JavaScript: the plugin compiles this file with its own
// Babel rule, which takes .js only.
//
// - Files a reader fetches only when they ask for them are kept once fetched, not precached: the
//   Python runtime (`/pyodide/<version>/…`, about 13 MB: a reader who never runs Python must not
//   download it) and the search index (a locale's `search-index.json?_=<hash>`, about 250-290 KiB
//   Brotli: a third of what the precache would be). Cache first by their versioned URL, in caches
//   that the three locales' service workers share (caches belong to the origin), so Python runs
//   offline after one use in any language, and search works offline in a language once used
//   there. A new version's first file drops the old version's files.
// - A newly installed worker takes control of the open pages of its scope at once (clients.claim):
//   otherwise the page of the first visit would stay uncontrolled until the next navigation, and
//   its lazy chunks (the runner) and the Python runtime would not be served by the worker; and a
//   reader of /en/ who first came through the root's worker (scope `/` covers /en/ too) moves to
//   the /en/ worker, whose cache has the English pages and chunks.

/**
 * The files kept on first use, by family: a family's cache, and each request's place in it (a file,
 * and its version), or undefined for a request of another family.
 * @type {{ cache: string, place(url: URL): { file: string, version: string } | undefined }[]}
 */
const KEPT_ON_FIRST_USE = [
  {
    cache: 'asyncio-twins-python-runtime',
    // `/pyodide/<version>/<file>`, under whatever base URL: every file of one version at once.
    place: (url) => {
      const version = /\/pyodide\/([^/]+)\/[^/]+$/.exec(url.pathname)?.[1];
      return version === undefined ? undefined : { file: 'runtime', version };
    },
  },
  {
    cache: 'asyncio-twins-search-index',
    // `<locale's base URL>search-index.json?_=<hash>` (@easyops-cn/docusaurus-search-local, `hashed`).
    place: (url) =>
      /\/search-index[^/]*\.json$/.test(url.pathname)
        ? { file: url.pathname, version: url.search }
        : undefined,
  },
];

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
 * A file kept on first use: from its cache, or from the network, then kept for next time when whole.
 * @param {FetchEvent} event @param {(typeof KEPT_ON_FIRST_USE)[number]} family
 * @param {{ file: string, version: string }} place
 */
async function keptOnFirstUse(event, family, place) {
  const cache = await caches.open(family.cache);
  const kept = await cache.match(event.request);
  if (kept) return kept;
  const response = await fetch(event.request);
  if (response.ok) {
    // Not awaited before answering: the page reads the body as it arrives (the runtime's progress).
    event.waitUntil(
      (async () => {
        await cache.put(event.request, response.clone());
        for (const request of await cache.keys()) {
          const other = family.place(new URL(request.url));
          if (other?.file === place.file && other.version !== place.version) await cache.delete(request);
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
    for (const family of KEPT_ON_FIRST_USE) {
      const place = family.place(url);
      if (place) {
        event.respondWith(keptOnFirstUse(event, family, place));
        return;
      }
    }
  });
}
