/**
 * Every package the code imports is declared in package.json. An undeclared one
 * works only while some other package happens to pull it in, at whatever
 * version that package wants (react-live, theme-common and chrome-launcher did).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, sourceFiles } from '../sourceFiles';

/** Modules that Docusaurus provides by alias (`@docusaurus/Link`, `@theme/…`), not packages. */
const aliases = new Set(
  [
    ...readFileSync(
      join(ROOT, 'node_modules/@docusaurus/module-type-aliases/src/index.d.ts'),
      'utf8',
    ).matchAll(/declare module '([^'*]+)'/g),
  ].map((match) => match[1]),
);
/** What npm accepts as a package name (so not `${name}` in an error message), then a subpath. */
const PACKAGE_NAME = /^(@[a-z0-9-~][\w.~-]*\/)?[a-z0-9-~][\w.~-]*(\/|$)/;
const isPackage = (specifier: string) =>
  PACKAGE_NAME.test(specifier) &&
  !/^(\.|node:|@site\/|@theme(-original|-init)?\/|@generated\/)/.test(specifier) &&
  !aliases.has(specifier) &&
  !builtinModules.includes(specifier);
/** `@scope/name/sub/path` → `@scope/name`; `name/sub` → `name`. */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire(?:\.resolve)?\(\s*)['"]([^'"\s]+)['"]/g;

test('every imported package is declared in package.json', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<
    string,
    Record<string, string> | undefined
  >;
  const declared = new Set([
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.devDependencies ?? {}),
  ]);
  const undeclared: string[] = [];
  for (const [file, text] of sourceFiles()) {
    for (const [, specifier] of text.matchAll(IMPORT)) {
      if (isPackage(specifier) && !declared.has(packageOf(specifier)))
        undeclared.push(`${file}: ${specifier}`);
    }
  }
  assert.deepEqual(undeclared, []);
});
