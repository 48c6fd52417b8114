/**
 * The search worker, with cross-script queries (issue 17). The build runs this module instead of
 * the search plugin's worker.js (plugins/crossScriptSearch.ts replaces the `new Worker()` that
 * the plugin's searchByWorker.js makes), so the navbar's search and the search page both reach it,
 * and it loads only when the reader opens search, with the character table and the term list.
 *
 * It imports the plugin's worker, which exposes its SearchWorker class to the page (Comlink) as
 * it loads, and wraps SearchWorker's `search` before the page can send a message: each form of
 * the query (src/search/crossScript.ts) is searched by the plugin's own search, and the results
 * are merged.
 */
import { SearchWorker } from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/worker.js';
import { sortSearchResults } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/sortSearchResults.js';
import { processTreeStatusOfSearchResults } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/processTreeStatusOfSearchResults.js';
import { queryForms, type CrossScriptTable } from './crossScript';

declare const __CROSS_SCRIPT_TABLE__: CrossScriptTable;

/**
 * The results of several forms as one list, as the plugin's search orders one form's: each
 * document once at its best score, the best `limit`, grouped under their pages.
 */
export function mergeResults(lists: SearchPluginResult[][], limit: number): SearchPluginResult[] {
  const best = new Map<number, SearchPluginResult>();
  for (const result of lists.flat()) {
    const seen = best.get(result.document.i);
    if (!seen || result.score > seen.score) best.set(result.document.i, result);
  }
  const merged = [...best.values()].sort((a, b) => b.score - a.score).slice(0, limit);
  for (const result of merged) {
    delete result.isInterOfTree;
    delete result.isLastOfTree;
  }
  sortSearchResults(merged);
  processTreeStatusOfSearchResults(merged);
  return merged;
}

const searchOneForm = SearchWorker.prototype.search;

SearchWorker.prototype.search = async function (baseUrl, searchContext, input, limit) {
  const forms = queryForms(input, __CROSS_SCRIPT_TABLE__);
  if (forms.length === 1) return searchOneForm.call(this, baseUrl, searchContext, forms[0], limit);
  const lists = await Promise.all(
    forms.map((form) => searchOneForm.call(this, baseUrl, searchContext, form, limit)),
  );
  return mergeResults(lists, limit);
};
