/**
 * The site side of listings highlighted into HTML (src/highlight/): puts the CSS
 * that colours them in every page's head, made from the site's Prism themes for
 * light and dark mode (the server-rendered listings carry classes, not colours,
 * so a page is coloured for the reader's mode before any JavaScript runs), and
 * keeps Prism out of every page's start-up (src/highlight/prism.ts).
 */
import { dirname, join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { ThemeConfig } from '@docusaurus/theme-common';
import { tokenCss } from '../src/highlight/tokenHtml';

export default function listingHighlight(context: LoadContext): Plugin {
  const { prism } = context.siteConfig.themeConfig as ThemeConfig;
  const css = tokenCss({ light: prism.theme, dark: prism.darkTheme ?? prism.theme });
  return {
    name: 'listing-highlight',
    injectHtmlTags: () => ({ headTags: [{ tagName: 'style', innerHTML: css }] }),
    configureWebpack(_config, isServer) {
      // theme-classic's client module that evaluated Prism at start-up gives way to ours, which
      // only holds it (in the main bundle, as before) for its first use.
      const theme = dirname(require.resolve('@docusaurus/theme-classic/package.json'));
      const startup = join(theme, 'lib', 'prism-include-languages');
      const highlight = join(context.siteDir, 'src/highlight');
      const alias: Record<string, string> = { [`${startup}$`]: join(highlight, 'prism.ts') };
      // The server renders every listing: it holds the highlighter, which the browser loads lazily.
      if (isServer) alias[`${join(highlight, 'highlighter')}$`] = join(highlight, 'highlighter.server.ts');
      return { resolve: { alias } };
    },
    getClientModules: () => [join(context.siteDir, 'src/highlight/preloadOnNavigation.ts')],
  };
}
