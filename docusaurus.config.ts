import { themes as prismThemes } from 'prism-react-renderer';
import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type { PluginOptions as SearchOptions } from '@easyops-cn/docusaurus-search-local';
import { accessiblePrismTheme } from './config/accessiblePrismTheme';
import remarkSamplePairs from './plugins/remarkSamplePairs';
import remarkPhrasebook from './plugins/remarkPhrasebook';
import remarkTranslationNotice from './plugins/remarkTranslationNotice';
import productionSourceMaps from './plugins/productionSourceMaps';
import listingHighlight from './plugins/listingHighlight';
import pythonRuntime from './plugins/pythonRuntime';
import crossScriptSearch from './plugins/crossScriptSearch';
import { DEFAULT_LOCALE, isLocale, LOCALE_PREFIX, LOCALES, type Locale } from './config/locales.mjs';
import type { Options as PwaOptions, PluginOptions as PwaPluginOptions } from '@docusaurus/plugin-pwa';

// This runs in Node.js: no browser APIs here.

/** Where the site is served from; a static host sets these at build time (README: Deploy). */
const siteUrl = process.env.SITE_URL ?? 'https://asyncio-twins.example.org';
const baseUrl = process.env.BASE_URL ?? '/';

/**
 * Docusaurus builds one locale at a time and names it here, so remark plugins know it
 * (`docusaurus start` without --locale sets it to the string "undefined").
 */
const envLocale = process.env.DOCUSAURUS_CURRENT_LOCALE;
const currentLocale: Locale = isLocale(envLocale) ? envLocale : DEFAULT_LOCALE;

/** What each locale's service worker precaches: its locale's pages and assets (README: Reading offline). */
const precache: Partial<PwaPluginOptions['injectManifestConfig']> = {
  globIgnores: [
    // Source maps are for developers' tools, which fetch them when asked.
    '**/*.map',
    // Kept on first use instead (src/offline/swCustom.js): the Python runtime, only for readers who
    // run Python; the search index, only for readers who search (a third of the precache's bytes).
    'pyodide/**',
    'search-index*.json',
    // The other locales' folders, should they be in the root's build folder when its
    // precache list is made (the default locale is built first, into an emptied folder).
    ...LOCALES.filter((locale) => LOCALE_PREFIX[locale]).map((locale) => `${locale}/**`),
  ],
  // Files whose name carries a hash of their content (Docusaurus's JS and CSS) are fetched as any
  // request is, so the worker reuses what the page has just loaded when the HTTP cache allows;
  // the others get a revision in their cache key, and are fetched past the HTTP cache.
  dontCacheBustURLsMatching: /\.[0-9a-f]{8}\.(js|css)$/,
  // The site links pages without `.html` (trailingSlash: false), and the plugin's worker
  // looks a request up as it is and as `<path>/index.html`, never `<path>.html`: precache
  // `docs/x.html` as `docs/x`, which the host serves from docs/x.html (README: Deploy). The
  // not-found page keeps its name: a host need not serve it at /404.
  manifestTransforms: [
    (entries) => ({
      manifest: entries.map((entry) =>
        /(^|\/)(index|404)\.html$/.test(entry.url) || !entry.url.endsWith('.html')
          ? entry
          : { ...entry, url: entry.url.slice(0, -'.html'.length) },
      ),
    }),
  ],
};

const config: Config = {
  title: 'Asyncio Twins',
  tagline: 'Python asyncio, with a runnable TypeScript twin for every sample',
  favicon: 'img/favicon.svg',
  future: {
    v4: true,
    // Docusaurus Faster, without rspack's persistent cache: the remark plugin reads each pair's
    // code, expected output and sample.json from samples/, which the cache does not know about,
    // so a rebuild after editing a sample served the old page (seen: a sample.json change missing).
    faster: {
      swcJsLoader: true,
      swcJsMinimizer: true,
      swcHtmlMinimizer: true,
      lightningCssMinimizer: true,
      mdxCrossCompilerCache: true,
      rspackBundler: true,
      rspackPersistentCache: false,
      ssgWorkerThreads: true,
      gitEagerVcs: true,
    },
  },
  url: siteUrl,
  baseUrl,
  trailingSlash: false,
  clientModules: [require.resolve('./src/clientModules/holdHashTarget.ts')],
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {
    hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' },
  },
  i18n: {
    defaultLocale: DEFAULT_LOCALE,
    locales: [...LOCALES],
    // Every locale of the list, and no other (a new locale fails typecheck until it has a label).
    localeConfigs: {
      'zh-TW': { label: '繁體中文', htmlLang: 'zh-TW' },
      'zh-CN': { label: '简体中文', htmlLang: 'zh-CN' },
      en: { label: 'English', htmlLang: 'en' },
    } satisfies Record<Locale, { label: string; htmlLang: string }>,
  },
  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          beforeDefaultRemarkPlugins: [
            [remarkSamplePairs, { locale: currentLocale, defaultLocale: DEFAULT_LOCALE }],
            [remarkPhrasebook, { locale: currentLocale, defaultLocale: DEFAULT_LOCALE }],
            [remarkTranslationNotice, { locale: currentLocale }],
          ],
        },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
      } satisfies Preset.Options,
    ],
  ],
  plugins: [
    productionSourceMaps,
    listingHighlight,
    pythonRuntime,
    crossScriptSearch,
    [
      // Reading offline (README: Reading offline): each locale's build gets its own sw.js, whose
      // scope is that locale's base URL and whose precache holds that locale's files only.
      '@docusaurus/plugin-pwa',
      {
        // Offline mode in every browser tab: the plugin's default turns it on only in an installed app.
        offlineModeActivationStrategies: ['always'],
        swRegister: require.resolve('./src/offline/registerSw.ts'),
        swCustom: require.resolve('./src/offline/swCustom.js'),
        // plugin-pwa sets swSrc, swDest and globDirectory itself, though its type asks for them.
        injectManifestConfig: precache as PwaPluginOptions['injectManifestConfig'],
      } satisfies PwaOptions,
    ],
  ],
  themes: [
    '@docusaurus/theme-live-codeblock',
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        language: ['zh', 'en'],
        indexBlog: false,
        docsRouteBasePath: '/docs',
        highlightSearchTermsOnTargetPage: false,
      } satisfies SearchOptions,
    ],
  ],
  themeConfig: {
    colorMode: { respectPrefersColorScheme: true },
    navbar: {
      title: 'Asyncio Twins',
      logo: { alt: 'Asyncio Twins logo', src: 'img/logo.svg' },
      items: [
        { type: 'docSidebar', sidebarId: 'articles', position: 'left', label: 'Articles' },
        { type: 'doc', docId: 'phrasebook', position: 'left', label: 'Phrasebook' },
        { type: 'localeDropdown', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Articles',
          // The four articles, in the sidebar's reading order.
          items: [
            { label: 'Python AsyncIO', to: '/docs/python-asyncio' },
            { label: 'Asynchronous Programming with Python AsyncIO', to: '/docs/asyncio-async-programming' },
            { label: 'asyncio notes', to: '/docs/asyncio-notes' },
            { label: 'asyncio across threads: three scenarios', to: '/docs/asyncio-across-threads' },
          ],
        },
        {
          title: 'References',
          items: [
            { label: 'asyncio ↔ TypeScript phrasebook', to: '/docs/phrasebook' },
            { label: 'Python asyncio documentation', href: 'https://docs.python.org/3/library/asyncio.html' },
            {
              label: 'MDN: Using promises',
              href: 'https://developer.mozilla.org/docs/Web/JavaScript/Guide/Using_promises',
            },
          ],
        },
      ],
      copyright: 'Asyncio Twins. Built with Docusaurus.',
    },
    prism: {
      // The highlighted-line backgrounds are those of src/css/custom.css, composed over each theme's background.
      theme: accessiblePrismTheme(prismThemes.github, [222, 237, 228]),
      darkTheme: accessiblePrismTheme(prismThemes.dracula, [41, 66, 57]),
      additionalLanguages: ['python'],
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
