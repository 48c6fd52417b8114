// Types for the modules of @easyops-cn/docusaurus-search-local 0.55 that the cross-script search
// worker (src/search/worker.ts) imports: the package ships its client as JavaScript without types.

interface SearchPluginResult {
  document: { i: number };
  score: number;
  isInterOfTree?: boolean;
  isLastOfTree?: boolean;
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/theme/worker.js' {
  export class SearchWorker {
    // A property, not a method: src/search/worker.ts replaces it on the prototype and calls the
    // original with the instance as `this`.
    search: (
      this: SearchWorker,
      baseUrl: string,
      searchContext: string,
      input: string,
      limit: number,
    ) => Promise<SearchPluginResult[]>;
  }
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/sortSearchResults.js' {
  export function sortSearchResults(results: SearchPluginResult[]): void;
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/processTreeStatusOfSearchResults.js' {
  export function processTreeStatusOfSearchResults(results: SearchPluginResult[]): void;
}
