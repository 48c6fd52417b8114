/**
 * The locales are one fact with one home, config/locales.mjs: the site config
 * builds what it lists, and no other file spells the list, a locale's URL
 * prefix, or which locale is the default.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_LOCALE, LOCALE_PREFIX, LOCALES } from '../../config/locales.mjs';
import config from '../../docusaurus.config';
import { sourceFiles } from '../sourceFiles';

const HOME = 'config/locales.mjs';
const quoted = (text: string) => `['"\`]${text}['"\`]`;
/** How another file would say again what config/locales.mjs says. */
const RESTATEMENTS = [
  { what: 'the locale list', pattern: new RegExp(LOCALES.map(quoted).join('\\s*,\\s*')) },
  ...LOCALES.filter((l) => LOCALE_PREFIX[l]).map((l) => ({
    what: `${l}'s URL prefix`,
    pattern: new RegExp(quoted(LOCALE_PREFIX[l])),
  })),
  {
    what: 'the default locale',
    pattern: new RegExp(`(?:[!=]==|\\?\\?|:\\s*Locale\\s*=)\\s*${quoted(DEFAULT_LOCALE)}`),
  },
];

test('the site builds the locales of config/locales.mjs, the default first', () => {
  const { i18n } = config;
  assert.ok(i18n, 'docusaurus.config.ts has no i18n');
  assert.deepEqual(i18n.locales, [...LOCALES]);
  assert.equal(i18n.defaultLocale, DEFAULT_LOCALE);
  assert.deepEqual(Object.keys(i18n.localeConfigs ?? {}).sort(), [...LOCALES].sort());
});

test('no other file restates the locale list, a prefix or the default locale', () => {
  const found: string[] = [];
  for (const [file, text] of sourceFiles()) {
    if (file === HOME || file === 'tests/unit/locales.test.ts') continue;
    for (const { what, pattern } of RESTATEMENTS) {
      if (pattern.test(text)) found.push(`${file}: ${what}`);
    }
  }
  assert.deepEqual(found, []);
});
