/**
 * Puts `<TranslationNotice source="…" />` at the top of a translated page whose
 * source changed after it was translated (see translationSources.ts).
 */
import { relative } from 'node:path';
import type { Locale } from '../config/locales.mjs';
import { isStale, readSources, type TranslationRecord } from './translationSources';

interface Options {
  /** The locale being built. */
  locale: Locale;
  /** The records to use instead of i18n/translation-sources.json (tests). */
  records?: Record<string, TranslationRecord>;
}

interface Tree {
  children: unknown[];
}

/** The doc's path relative to its locale's docs folder. */
function docOf(path: string): string {
  return relative(process.cwd(), path)
    .replace(/^docs[\\/]/, '')
    .replace(/^i18n[\\/][^\\/]+[\\/]docusaurus-plugin-content-docs[\\/]current[\\/]/, '');
}

export default function remarkTranslationNotice({ locale, records }: Options) {
  return (tree: Tree, file: { path?: string }) => {
    if (!file.path) return;
    const doc = docOf(file.path);
    const all = records ?? readSources();
    const record = all[doc];
    if (!record || !isStale(doc, locale, all)) return;
    tree.children.unshift({
      type: 'mdxJsxFlowElement',
      name: 'TranslationNotice',
      attributes: [{ type: 'mdxJsxAttribute', name: 'source', value: record.source }],
      children: [],
    });
  };
}
