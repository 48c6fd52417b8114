/**
 * Points a sample's imports of the site's helper modules (`import { toThread }
 * from './thread.ts'`) at wherever its host keeps them: a blob: URL in the
 * sandbox, a file in Node. A reader who copies a twin copies the helper beside
 * it, so the specifier stays the one that works on their machine.
 */

/** The helper modules a twin may import, by the specifier it uses: samples/lib/<name>.ts. */
export const LIBRARY_MODULES = ['./thread.ts'] as const;

const IMPORT_FROM = /(\bfrom\s*|\bimport\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+)\2/g;

export class UnknownImportError extends Error {
  constructor(specifier: string) {
    super(
      `Cannot import '${specifier}': the runner provides ${LIBRARY_MODULES.map((m) => `'${m}'`).join(', ')} only`,
    );
    this.name = 'ImportError';
  }
}

/** Rewrites relative imports through `locate`; an import the runner cannot provide throws. */
export function linkImports(code: string, locate: (specifier: string) => string | undefined): string {
  return code.replace(IMPORT_FROM, (whole, keyword: string, quote: string, specifier: string) => {
    const target = locate(specifier);
    if (target === undefined) throw new UnknownImportError(specifier);
    return `${keyword}${quote}${target}${quote}`;
  });
}
