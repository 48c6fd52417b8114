/**
 * A search query in the forms the locale's index is written in: a zh-TW reader who types 线程 or
 * 异步 (Simplified, or mainland words) searches 執行緒 and 非同步, a zh-CN reader who types 執行緒
 * or 非同步 searches 线程 and 异步. The query is converted, not the index: character by character
 * with the build's table (plugins/crossScriptSearch.ts: the other script's form of each character
 * of the locale's text), then the other region's words (config/regionalTerms.ts) become the
 * locale's. Runs in the search worker only (src/search/worker.ts).
 */
import { TAIWAN_LOCALE } from '../../config/locales.mjs';
import { REGIONAL_TERMS } from '../../config/regionalTerms';

/** What the build gives the search worker of one locale. */
export interface CrossScriptTable {
  /** The locale's Chinese script; null (en) searches every query as typed. */
  locale: 'zh-TW' | 'zh-CN' | null;
  /**
   * Each character that has a counterpart in the locale's text → the counterparts (itself first
   * when it occurs in the locale's text too: 台 → 台臺).
   */
  chars: Record<string, string>;
}

/** At most this many spellings of a query with ambiguous characters (发 → 發 or 髮). */
const MAX_SPELLINGS = 4;

/** The query in the locale's script: every spelling of its ambiguous characters, the first most likely. */
function spellings(query: string, chars: Record<string, string>): string[] {
  let results = [''];
  for (const char of query) {
    const options = [...(chars[char] ?? char)];
    results = results.flatMap((prefix) => options.map((option) => prefix + option)).slice(0, MAX_SPELLINGS);
  }
  return results;
}

/**
 * The forms to search, the query as typed first, each once. The query as typed is left out when
 * it has characters of the other script only (线 on the zh-TW site): it would match by its shared
 * characters alone (线程 found every page with 程).
 */
export function queryForms(query: string, table: CrossScriptTable): string[] {
  if (!table.locale) return [query];
  const { locale, chars } = table;
  const foreign = [...query].some((char) => char in chars && !chars[char].startsWith(char));
  const toLocale = (word: string) => spellings(word, chars)[0];
  const words = new Map(
    REGIONAL_TERMS.map((term) =>
      locale === TAIWAN_LOCALE
        ? [toLocale(term.mainland), term.taiwan]
        : [toLocale(term.taiwan), term.mainland],
    ),
  );
  const pattern = new RegExp(
    [...words.keys()]
      .sort((a, b) => b.length - a.length)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|'),
    'g',
  );
  const forms = new Set(foreign ? [] : [query]);
  for (const spelling of spellings(query, chars)) {
    forms.add(spelling);
    forms.add(spelling.replace(pattern, (word) => words.get(word) ?? word));
  }
  return [...forms];
}
