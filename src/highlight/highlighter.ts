/**
 * The listing highlighter (tokenHtml.ts) in a chunk of its own, outside what a
 * page loads to start. Listings in the server HTML are never highlighted again
 * in the browser (CodeBlock/Content), so a page needs it only for a page it
 * renders itself: a client-side navigation (preloadOnNavigation.ts starts the
 * load as the navigation starts), or a listing whose hydration failed. It was
 * 0.7 KiB gzip of the samples' 5.3 KiB before interaction (`npm run bench`).
 *
 * The bundler's own lazy-module mechanism keeps it synchronous where it is
 * already there, as Docusaurus's route registry does: the server bundle holds
 * every module (it is one chunk), and in the browser it is there once its chunk
 * has run. `require.resolveWeak` names the module without bundling it here.
 */
type Highlighter = typeof import('./tokenHtml');

declare const __webpack_modules__: Record<string | number, unknown>;
declare const __webpack_require__: (id: string | number) => unknown;
declare const require: { resolveWeak(path: string): string | number };

const id = require.resolveWeak('./tokenHtml');

/** The highlighter if its module is loaded, else null (then call loadHighlighter). */
export function loadedHighlighter(): Highlighter | null {
  return id in __webpack_modules__ ? (__webpack_require__(id) as Highlighter) : null;
}

let loading: Promise<Highlighter> | null = null;

/**
 * Loads the highlighter's chunk, once (again after a failure). Not prefetched:
 * prefetching grew the webpack runtime every page loads by 0.1 KiB gzip, and
 * preloadOnNavigation.ts asks for the chunk before a navigation needs it.
 */
export function loadHighlighter(): Promise<Highlighter> {
  loading ??= import('./tokenHtml').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
