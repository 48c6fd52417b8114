/**
 * Points a sample's imports of the modules the runner provides (`import { toThread } from
 * './thread.ts'`, `import { setTimeout as sleep } from 'node:timers/promises'`) at wherever its
 * host keeps them: a blob: URL in the sandbox, a file in Node. A twin keeps the specifier that
 * works on a reader's machine (thread.ts copied beside it; Node's own timers/promises), and the
 * runner swaps in its copy, so the same code runs on the runner's clock in both hosts.
 */

/**
 * The modules a twin may import, by the specifier it uses, and the samples/lib file that
 * provides each. Node's `timers/promises` is replaced too: Node's own runs on Node's timers,
 * which fast-forward cannot drive, and the browser has none.
 */
export const LIBRARY_MODULES: Readonly<Record<string, string>> = {
  './thread.ts': 'thread.ts',
  'node:timers/promises': 'timers-promises.ts',
  'timers/promises': 'timers-promises.ts',
};

/**
 * The imports with a literal specifier: a static import (or export) from a module and a bare
 * side-effect import, each at the start of a statement (so a string that reads "a message from"
 * followed by a quoted word is left alone), and a dynamic import() anywhere.
 */
const STATIC_IMPORT = /((?:^|;)\s*(?:(?:import|export)\b[^'";]*?\bfrom\s*|import\s*))(['"])([^'"\n]+)\2/gm;
const DYNAMIC_IMPORT = /(\bimport\s*\(\s*)(['"])([^'"\n]+)\2/g;

export class UnknownImportError extends Error {
  constructor(specifier: string) {
    const known = Object.keys(LIBRARY_MODULES).map((m) => `'${m}'`);
    super(`Cannot import '${specifier}': the runner provides ${known.join(', ')} only`);
    this.name = 'ImportError';
  }
}

/**
 * Rewrites each import through `locate`, which gets the samples/lib file name of a module the
 * runner provides; any other import throws (the same error in every host, rather than a module
 * that happens to exist in Node and not in the browser).
 */
export function linkImports(code: string, locate: (file: string) => string | undefined): string {
  const link = (whole: string, keyword: string, quote: string, specifier: string) => {
    const file = Object.hasOwn(LIBRARY_MODULES, specifier) ? LIBRARY_MODULES[specifier] : undefined;
    const target = file === undefined ? undefined : locate(file);
    if (target === undefined) throw new UnknownImportError(specifier);
    return `${keyword}${quote}${target}${quote}`;
  };
  return code.replace(STATIC_IMPORT, link).replace(DYNAMIC_IMPORT, link);
}
