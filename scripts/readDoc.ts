/**
 * What the quality gates compare across the locales of a doc: its heading ids,
 * sample ids, editor's notes and figures in order, and its prose with code,
 * markup and links taken out (for the script-purity check).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Locale } from '../config/locales.mjs';
import { docsDir } from '../plugins/translationSources';

const ROOT = join(__dirname, '..');

export interface DocOutline {
  headingIds: string[];
  sampleIds: string[];
  /** Admonition kinds in order (`warning`, `note`, …). */
  notes: string[];
  /** Figures: diagram components (`<NameFigure />`), Mermaid diagrams and images. */
  figures: number;
  prose: string;
}

/** The docs of a locale, by path relative to the locale's docs folder. */
export function docFiles(locale: Locale): Map<string, string> {
  const dir = docsDir(locale);
  const files = new Map<string, string>();
  if (!existsSync(dir)) return files;
  for (const entry of readdirSync(dir, { recursive: true }) as string[]) {
    if (/\.mdx?$/.test(entry)) files.set(entry, join(dir, entry));
  }
  return files;
}

export const rel = (path: string) => relative(ROOT, path);

export function readDoc(path: string): DocOutline {
  const text = readFileSync(path, 'utf8');
  const fences = /^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\s*$/gm;
  const body = text.replace(fences, (fence) => (fence.startsWith('```mermaid') ? '\u0000FIGURE\u0000' : ''));
  const prose = body
    .replace(/^---\n[\s\S]*?\n---\n/, (front) => front.replace(/^\w+:\s*/gm, '')) // keep title/description text
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '') // heading ids and MDX comments
    .replace(/`[^`\n]+`/g, '') // inline code
    .replace(/<[^>\n]+>/g, '') // JSX and HTML tags
    .replace(/\]\([^)]*\)/g, ']') // link targets
    .replace(/https?:\/\/\S+/g, '')
    .replace(/^:::\w+/gm, '');
  return {
    headingIds: [...body.matchAll(/^#{1,6} .*\{\/\*\s*#([\w-]+)\s*\*\/\}\s*$/gm)].map((m) => m[1]),
    sampleIds: [...body.matchAll(/<SamplePair\s+id="([^"]+)"/g)].map((m) => m[1]),
    notes: [...body.matchAll(/^:::(\w+)/gm)].map((m) => m[1]),
    figures: (body.match(/\u0000FIGURE\u0000|!\[[^\]]*\]\(|<[A-Z]\w*Figure\b/g) ?? []).length,
    prose,
  };
}

/** Headings without an explicit id, which would break anchors across a language switch. */
export function headingsWithoutId(path: string): string[] {
  const body = readFileSync(path, 'utf8').replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1\s*$/gm, '');
  return body
    .split('\n')
    .filter((line) => /^#{2,6} /.test(line) && !/\{\/\*\s*#[\w-]+\s*\*\/\}\s*$/.test(line));
}
