/**
 * Which version of its source each translated page was translated from
 * (Docusaurus has no such tracking: facebook/docusaurus #8703). A page's source
 * is its zh-TW version, or, for an article first written in zh-CN, its zh-CN
 * version. `npm run mark-translated <locale> <doc>` records a translation as
 * up to date with its source; when the source changes later, the translated
 * page shows readers a notice.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_LOCALE, type Locale } from '../config/locales.mjs';

const ROOT = resolve(__dirname, '..');
export const SOURCES_FILE = join(ROOT, 'i18n', 'translation-sources.json');

export interface TranslationRecord {
  /** The locale the page is translated from. */
  source: Locale;
  /** Per translated locale, the hash of the source file it was translated from. */
  translatedFrom: Partial<Record<Locale, string>>;
}

/** Where a locale's docs live: docs/ for the default locale, the i18n folder for the others. */
export function docsDir(locale: Locale): string {
  return locale === DEFAULT_LOCALE
    ? join(ROOT, 'docs')
    : join(ROOT, 'i18n', locale, 'docusaurus-plugin-content-docs', 'current');
}

export function docPath(locale: Locale, doc: string): string {
  return join(docsDir(locale), doc);
}

export function readSources(): Record<string, TranslationRecord> {
  return existsSync(SOURCES_FILE)
    ? (JSON.parse(readFileSync(SOURCES_FILE, 'utf8')) as Record<string, TranslationRecord>)
    : {};
}

export function writeSources(records: Record<string, TranslationRecord>): void {
  writeFileSync(SOURCES_FILE, `${JSON.stringify(records, null, 2)}\n`);
}

/** A short content hash of a doc's source file. */
export function sourceHash(locale: Locale, doc: string): string {
  return createHash('sha256')
    .update(readFileSync(docPath(locale, doc)))
    .digest('hex')
    .slice(0, 12);
}

/** Whether the translation of `doc` into `locale` predates its source's current version. */
export function isStale(doc: string, locale: Locale, records = readSources()): boolean {
  const record = records[doc];
  if (!record || record.source === locale) return false;
  return record.translatedFrom[locale] !== sourceHash(record.source, doc);
}
