/**
 * Prism, evaluated the first time a listing is highlighted instead of at page
 * start. Building its grammars took a third of the main bundle's start-up task
 * (about 70 ms under Lighthouse's mobile CPU) on every page, though listings
 * that the server highlighted never need it in the browser (CodeBlock/Content).
 * This module stands in for theme-classic's prism-include-languages client
 * module (plugins/listingHighlight.ts), so Prism stays in the main bundle, and
 * that module's work happens here on first use: the site's additional languages
 * (python), registered by the theme's own prism-include-languages.
 */
export type PrismReactRenderer = typeof import('prism-react-renderer');

let loaded: PrismReactRenderer | null = null;

export function loadPrism(): PrismReactRenderer {
  if (!loaded) {
    /* eslint-disable @typescript-eslint/no-require-imports -- require, not import: webpack evaluates a
       required module when it is first required, an imported one with the page's main bundle */
    const prism = require('prism-react-renderer') as PrismReactRenderer;
    const include =
      require('@theme/prism-include-languages') as typeof import('@theme/prism-include-languages');
    /* eslint-enable @typescript-eslint/no-require-imports -- the rest of the module imports */
    include.default(prism.Prism);
    loaded = prism;
  }
  return loaded;
}
