/**
 * Locale variants that are one program: the same code once comments are
 * dropped, strings kept as written, so they print the same. The parity and
 * browser tests run such a group once and compare that run with each locale's
 * own expected output; variants whose strings differ form groups of their own.
 */
import { readFileSync } from 'node:fs';
import { LOCALES, type Locale } from '../config/locales.mjs';
import { variantFile, type Language } from '../plugins/sampleFiles';
import { pythonShapes, typescriptShape, type ShapeOptions } from '../scripts/codeShape';

/** The locales of a sample, grouped by program, in LOCALES order (the first of a group is the one run). */
export function sameProgramGroups(id: string, language: Language, python = 'python3'): Locale[][] {
  return groupBy(LOCALES, variantShapes(id, language, python, { keepStrings: true }));
}

/** The shape (scripts/codeShape) of each locale's variant, in LOCALES order. */
export function variantShapes(
  id: string,
  language: Language,
  python: string,
  options: ShapeOptions = {},
): string[] {
  const files = LOCALES.map((locale) => variantFile(id, locale, language));
  return language === 'py'
    ? pythonShapes(python, files, options)
    : files.map((file) => typescriptShape(readFileSync(file, 'utf8'), options));
}

/** Groups the items whose keys are equal, in order of first appearance. */
export function groupBy<T>(items: readonly T[], keys: readonly string[]): T[][] {
  const groups = new Map<string, T[]>();
  items.forEach((item, i) => groups.set(keys[i], [...(groups.get(keys[i]) ?? []), item]));
  return [...groups.values()];
}

/** How a test title says which run it checks. */
export function sharedRunNote(group: readonly Locale[], locale: Locale): string {
  if (group.length === 1) return '';
  const which = locale === group[0] ? 'this run serves' : `the ${group[0]} run serves`;
  return ` (${which} ${group.join(', ')}: the same code once comments are dropped)`;
}
