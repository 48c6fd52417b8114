/**
 * Records that a translation is up to date with its source:
 * `npm run mark-translated -- <locale> <doc.mdx> [source locale]`.
 * Run it when you finish translating or reviewing a page.
 */
import { LOCALES, type Locale } from '../plugins/sampleFiles';
import { readSources, sourceHash, writeSources } from '../plugins/translationSources';

const [locale, doc, source] = process.argv.slice(2) as [Locale, string, Locale | undefined];
if (!LOCALES.includes(locale) || !doc) {
  console.error(
    'usage: npm run mark-translated -- <zh-TW|zh-CN|en> <doc.mdx> [source locale, default zh-TW]',
  );
  process.exit(2);
}
const records = readSources();
const record = (records[doc] ??= { source: source ?? 'zh-TW', translatedFrom: {} });
if (source) record.source = source;
record.translatedFrom[locale] = sourceHash(record.source, doc);
writeSources(records);
console.log(`${doc} (${locale}) marked as translated from ${record.source} ${record.translatedFrom[locale]}`);
