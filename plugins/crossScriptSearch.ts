/**
 * Cross-script search (issue 17): a zh-TW reader's Simplified query, or a zh-CN reader's
 * Traditional one, finds the same pages as their own script (src/search/crossScript.ts converts
 * the query in the search worker).
 *
 * The build swaps the search plugin's worker for src/search/worker.ts, which wraps it: the plugin
 * runs queries in a worker of its own (`new Worker(new URL('./worker.js', import.meta.url))` in its
 * searchByWorker.js), so the navbar's search and the search page both go through it, and what it
 * adds loads only when the reader opens search.
 *
 * The worker gets its locale's character table (`__CROSS_SCRIPT_TABLE__`), made here with opencc-js
 * from the characters of the locale's text (its docs, UI strings and samples: what its search
 * index holds) and of the term list: not OpenCC's whole dictionary.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import * as OpenCC from 'opencc-js';
import { isLocale, MAINLAND_LOCALE, TAIWAN_LOCALE, type Locale } from '../config/locales.mjs';
import { REGIONAL_TERMS } from '../config/regionalTerms';
import type { CrossScriptTable } from '../src/search/crossScript';
import { listSampleIds, variantFile } from './sampleFiles';
import { docsDir } from './translationSources';

const ROOT = join(__dirname, '..');
const PLUGIN_WORKER_CALLER = /docusaurus-search-local[/\\].*[/\\]searchByWorker\.js$/;
const WORKER = join(ROOT, 'src', 'search', 'worker.ts');

/** Every file under a folder, by absolute path. */
const filesUnder = (dir: string) =>
  (readdirSync(dir, { recursive: true, withFileTypes: true }) as { name: string; parentPath: string }[])
    .filter((entry) => /\.(mdx?|json)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));

/**
 * The locale's own text, as its search index holds it: docs, UI strings, the samples' variants.
 * Not the samples' published.py, which quote their articles in either script.
 */
function localeText(locale: Locale): string {
  const files = [
    ...filesUnder(docsDir(locale)),
    ...filesUnder(join(ROOT, 'i18n', locale)),
    ...listSampleIds().flatMap((id) => [variantFile(id, locale, 'py'), variantFile(id, locale, 'ts')]),
  ];
  return files.map((file) => readFileSync(file, 'utf8')).join('\n');
}

/** The table of src/search/crossScript.ts for one locale: each other-script character → the locale's. */
export function crossScriptTable(locale: Locale): CrossScriptTable {
  if (locale !== TAIWAN_LOCALE && locale !== MAINLAND_LOCALE) return { locale: null, chars: {} };
  // The other script's form of a character of this locale's text.
  const toOther =
    locale === TAIWAN_LOCALE
      ? OpenCC.Converter({ from: 'tw', to: 'cn' })
      : OpenCC.Converter({ from: 'cn', to: 'tw' });
  const toLocale =
    locale === TAIWAN_LOCALE
      ? OpenCC.Converter({ from: 'cn', to: 'tw' })
      : OpenCC.Converter({ from: 'tw', to: 'cn' });
  // The other region's words, as the reader types them and in this locale's script.
  const otherWords = REGIONAL_TERMS.map((term) => (locale === TAIWAN_LOCALE ? term.mainland : term.taiwan));
  const native = new Set(
    (localeText(locale) + otherWords.map(toLocale).join('')).match(/\p{Unified_Ideograph}/gu),
  );
  // Character pairs: each character of the locale's text and its other-script form, then the
  // term list's characters that OpenCC converts only within its words (迴圈 → 回圈, not 迴 → 回).
  const pairs = [...native].sort().map((char) => [toOther(char), char]);
  for (const word of otherWords) {
    const converted = [...toLocale(word)];
    if (converted.length === word.length) [...word].forEach((char, i) => pairs.push([char, converted[i]]));
  }
  const candidates = new Map<string, string>();
  for (const [other, char] of pairs) {
    if ([...other].length !== 1 || other === char || candidates.get(other)?.includes(char)) continue;
    candidates.set(other, (candidates.get(other) ?? (native.has(other) ? other : '')) + char);
  }
  return { locale, chars: Object.fromEntries(candidates) };
}

export default function crossScriptSearch(context: LoadContext): Plugin {
  const locale = context.i18n.currentLocale;
  const table = crossScriptTable(isLocale(locale) ? locale : 'en');
  return {
    name: 'cross-script-search',
    configureWebpack(_config, _isServer, { currentBundler }) {
      const { DefinePlugin, NormalModuleReplacementPlugin } = currentBundler.instance;
      return {
        plugins: [
          new DefinePlugin({ __CROSS_SCRIPT_TABLE__: JSON.stringify(table) }),
          new NormalModuleReplacementPlugin(
            /^\.\/worker\.js$/,
            (resource: { request: string; contextInfo?: { issuer?: string } }) => {
              if (PLUGIN_WORKER_CALLER.test(resource.contextInfo?.issuer ?? '')) resource.request = WORKER;
            },
          ),
        ],
      };
    },
  };
}
