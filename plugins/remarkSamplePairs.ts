/**
 * Fills each `<SamplePair id="…" />` of a doc with the pair's code at build
 * time: a Python block and a live TypeScript block, read from samples/<id>/ in
 * the locale being built. The MDX holds no copy of the code. An unknown id, a
 * missing locale variant, or a page shown in a locale it has no translation
 * for fails the build with the file and the id. `<CodeFile path="…" />` shows
 * any other file of samples/ the same way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isLocale, type Locale } from '../config/locales.mjs';
import { expectedFile, publishedFile, readMeta, SAMPLES_DIR, samplePath, variantFile } from './sampleFiles';

interface Options {
  /** The locale being built. */
  locale: string;
  defaultLocale: string;
}

export interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name: string; value: unknown }[];
  children?: MdxNode[];
  lang?: string;
  meta?: string;
  value?: string;
}

export function findElements(name: string, node: MdxNode, found: MdxNode[] = []): MdxNode[] {
  if (node.type.startsWith('mdxJsx') && node.name === name) found.push(node);
  node.children?.forEach((child) => findElements(name, child, found));
  return found;
}

export const attribute = (node: MdxNode, name: string) =>
  node.attributes?.find((a) => a.name === name)?.value;

/** The fence language of a file shown with <CodeFile>: its extension, past a trailing .txt. */
const LANGUAGE: Record<string, string> = { py: 'python', ts: 'ts', txt: 'text' };

/**
 * `<CodeFile path="lib/thread.ts" />` shows a file of samples/ as a code block: a helper module
 * twins import, or a companion of a pair that the site shows but does not run (`*.ts.txt`: the
 * Node.js version of a browser simulation, the real code of a stand-in, raw output).
 */
function fillCodeFiles(tree: MdxNode, where: string): void {
  for (const node of findElements('CodeFile', tree)) {
    const path = attribute(node, 'path');
    const file = join(SAMPLES_DIR, String(path));
    if (typeof path !== 'string' || path.includes('..') || !existsSync(file)) {
      throw new Error(`${where}: <CodeFile path="${String(path)}"> names no file in samples/`);
    }
    const extension = /\.(\w+)(?:\.txt)?$/.exec(path)?.[1] ?? 'txt';
    const title = attribute(node, 'title');
    delete node.name;
    delete node.attributes;
    delete node.children;
    Object.assign(node, {
      type: 'code',
      lang: LANGUAGE[extension] ?? extension,
      meta: typeof title === 'string' ? `title="${title}"` : undefined,
      value: readFileSync(file, 'utf8').replace(/\n$/, ''),
    });
  }
}

/** The locale a doc file is written in, from where it sits. */
function fileLocale(path: string, defaultLocale: string): string {
  return /[\\/]i18n[\\/]([^\\/]+)[\\/]/.exec(path)?.[1] ?? defaultLocale;
}

export default function remarkSamplePairs(options: Options) {
  const locale = isLocale(options.locale) ? options.locale : (options.defaultLocale as Locale);
  return (tree: MdxNode, file: { path?: string }) => {
    const where = relative(process.cwd(), file.path ?? '<unknown file>');
    fillCodeFiles(tree, where);
    const pairs = findElements('SamplePair', tree);
    if (pairs.length > 0 && fileLocale(file.path ?? '', options.defaultLocale) !== locale) {
      throw new Error(
        `${where}: this page has samples but no ${locale} translation; add i18n/${locale}/docusaurus-plugin-content-docs/current/${where.replace(/^docs[\\/]/, '')}`,
      );
    }
    for (const pair of pairs) {
      const id = attribute(pair, 'id');
      if (typeof id !== 'string' || !existsSync(samplePath(id, 'sample.json'))) {
        throw new Error(
          `${where}: <SamplePair id="${String(id)}"> names no sample (samples/${String(id)}/sample.json does not exist)`,
        );
      }
      const read = (language: 'py' | 'ts') => {
        const path = variantFile(id, locale, language);
        if (!existsSync(path)) {
          throw new Error(
            `${where}: sample "${id}" has no ${locale} variant (${relative(process.cwd(), path)} is missing)`,
          );
        }
        return readFileSync(path, 'utf8').replace(/\n$/, '');
      };
      const { added = {}, pythonInPage = 'runs' } = readMeta(id);
      const lines = (ranges?: string) => (ranges ? ` {${ranges}}` : '');
      pair.children = [
        { type: 'code', lang: 'python', meta: `live${lines(added.py)}`, value: read('py') },
        { type: 'code', lang: 'ts', meta: `live${lines(added.ts)}`, value: read('ts') },
      ];
      pair.attributes!.push({
        type: 'mdxJsxAttribute',
        name: 'pythonNeeds',
        value: pythonInPage === 'runs' ? '' : pythonInPage.needs,
      });
      if (pythonInPage !== 'runs') {
        // What CPython printed, shown where the browser's Python cannot print it.
        pair.children.push({
          type: 'code',
          lang: 'text',
          value: readFileSync(expectedFile(id, locale), 'utf8').replace(/\n$/, ''),
        });
      }
      const flags: Record<string, boolean> = { added: Boolean(added.py || added.ts), published: false };
      if (existsSync(publishedFile(id))) {
        pair.children.push({
          type: 'code',
          lang: 'python',
          value: readFileSync(publishedFile(id), 'utf8').replace(/\n$/, ''),
        });
        flags.published = true;
      }
      for (const [name, on] of Object.entries(flags)) {
        if (on) pair.attributes!.push({ type: 'mdxJsxAttribute', name, value: null });
      }
    }
  };
}
