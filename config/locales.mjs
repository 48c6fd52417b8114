// The site's locales, in one place: docusaurus.config.ts, the sample and translation files, the
// tests and the test server all read them here. Plain JavaScript, so that the Lighthouse bench,
// which node runs without tsx, can share it (through tests/browser/serveBuild.mjs); TypeScript
// reads its types from the JSDoc (allowJs, from @docusaurus/tsconfig).

/** Every locale, the default first. */
export const LOCALES = /** @type {const} */ (['zh-TW', 'zh-CN', 'en']);

/** @typedef {(typeof LOCALES)[number]} Locale */

/** The locale at the site's root, whose docs are docs/ (the others': i18n/<locale>/). */
export const DEFAULT_LOCALE = LOCALES[0];

/**
 * Where each locale lives under the base URL, and in build/: Docusaurus puts the default locale at
 * the root and every other one under its name (https://docusaurus.io/docs/i18n/tutorial#deploy).
 * @type {Record<Locale, string>}
 */
export const LOCALE_PREFIX = Object.fromEntries(
  LOCALES.map((locale) => [locale, locale === DEFAULT_LOCALE ? '' : `/${locale}`]),
);

/**
 * Whether a string names one of the site's locales.
 * @param {string | undefined} name
 * @returns {name is Locale}
 */
export const isLocale = (name) => /** @type {readonly string[]} */ (LOCALES).includes(name ?? '');

/**
 * The Chinese locales by region (cross-script search converts between them): Taiwan's, in
 * Traditional script with Taiwan's terms, and the mainland's, in Simplified with its terms.
 */
export const TAIWAN_LOCALE = /** @type {const} */ ('zh-TW');
export const MAINLAND_LOCALE = /** @type {const} */ ('zh-CN');
