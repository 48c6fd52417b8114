/**
 * Records that a translation is up to date with its source:
 * `npm run mark-translated -- <locale> <doc.mdx> [source locale]`.
 * Run it when you finish translating or reviewing a page.
 */
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '../config/locales.mjs';
import { readSources, sourceHash, writeSources } from '../plugins/translationSources';

const [locale, doc, source] = process.argv.slice(2) as [string, string, Locale | undefined];
if (!isLocale(locale) || !doc) {
  console.error(
    `usage: npm run mark-translated -- <${LOCALES.join('|')}> <doc.mdx> [source locale, default ${DEFAULT_LOCALE}]`,
  );
  process.exit(2);
}
const records = readSources();
const record = (records[doc] ??= { source: source ?? DEFAULT_LOCALE, translatedFrom: {} });
if (source) record.source = source;
record.translatedFrom[locale] = sourceHash(record.source, doc);
writeSources(records);
console.log(`${doc} (${locale}) marked as translated from ${record.source} ${record.translatedFrom[locale]}`);
