/**
 * Fills the phrasebook's table (docs/phrasebook.mdx and its translations) at
 * build time. The page writes, in its locale, one row per API of
 * phrasebookApis.ts: the Python names, the TypeScript idiom the twins use and
 * how the two differ, and an empty last cell. This plugin fills that cell with
 * links to the pairs whose Python uses the API (`./<article>.mdx#sample-<id>`),
 * the ones that teach it best first, the rest folded under "and N more"; and
 * it marks the table `data-testid="phrasebook"` and each row `data-api`.
 *
 * The build fails, naming the row, when a row names an API the table does not
 * know or that no sample uses, when the Python cell does not list the row's
 * names, when a row of the table is missing from the page, when a pair that
 * uses an API is on no article of the locale, or when the TypeScript cell
 * names (in inline code) an identifier that none of the row's twins contains.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { isLocale, type Locale } from '../config/locales.mjs';
import { typescriptShape } from '../scripts/codeShape';
import { docFiles } from '../scripts/readDoc';
import sidebars from '../sidebars';
import { PHRASEBOOK_APIS, type PhrasebookApi } from './phrasebookApis';
import { PythonCode } from './pythonCode';
import { attribute, findElements, type MdxNode } from './remarkSamplePairs';
import { listSampleIds, variantFile } from './sampleFiles';

interface Options {
  /** The locale being built. */
  locale: string;
  defaultLocale: string;
  /** The rows to expect instead of PHRASEBOOK_APIS (tests). */
  apis?: PhrasebookApi[];
}

interface Node extends MdxNode {
  children?: Node[];
  url?: string;
  title?: string;
  ordered?: boolean;
  data?: { hProperties?: Record<string, string | string[]> };
}

/** How many links a row shows before "and N more". */
export const SHOWN = 3;

/** Where a pair is shown: its article, the heading above it, and its place in reading order. */
export interface PairPlace {
  id: string;
  /** The article's file, relative to the locale's docs folder (`asyncio-notes.mdx`). */
  doc: string;
  /** The article's title and the heading the pair sits under, for the link's tooltip. */
  where: string;
  order: number;
}

const heading = (text: string) =>
  text
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*|__/g, '')
    .trim();

/** Every pair shown on an article of the locale, by id. */
export function pairPlaces(locale: Locale): Map<string, PairPlace> {
  const reading = (sidebars.articles as string[]).map((id) => `${id}.mdx`);
  const docs = [...docFiles(locale)].sort(
    ([a], [b]) => (reading.indexOf(a) + 1 || 1e3) - (reading.indexOf(b) + 1 || 1e3),
  );
  const places = new Map<string, PairPlace>();
  for (const [doc, path] of docs) {
    const text = readFileSync(path, 'utf8').replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\s*$/gm, '');
    const title = /^title:\s*(.+)$/m.exec(text)?.[1]?.trim() ?? doc;
    let section = '';
    for (const line of text.split('\n')) {
      const headingMatch = /^#{2,6}\s+(.*)$/.exec(line);
      if (headingMatch) section = heading(headingMatch[1]);
      for (const [, id] of line.matchAll(/<SamplePair\s+id="([^"]+)"/g)) {
        places.set(id, { id, doc, where: section ? `${title} › ${section}` : title, order: places.size });
      }
    }
  }
  return places;
}

/** What the phrasebook reads of each sample: its Python's tokens and its twin's code. */
export interface SampleCode {
  id: string;
  python: PythonCode;
  /** The twin with comments dropped and strings blanked. */
  typescript: string;
}

export function readSamples(locale: Locale): SampleCode[] {
  return listSampleIds().map((id) => ({
    id,
    python: new PythonCode(readFileSync(variantFile(id, locale, 'py'), 'utf8')),
    typescript: typescriptShape(readFileSync(variantFile(id, locale, 'ts'), 'utf8')),
  }));
}

/** The pairs that use an API, best first: those about it, then those that use it most, then reading order. */
export function pairsUsing(
  api: PhrasebookApi,
  samples: SampleCode[],
  places: Map<string, PairPlace>,
): { sample: SampleCode; place: PairPlace }[] {
  const using = samples.filter((sample) => api.uses(sample.python) > 0);
  const missing = using.filter((sample) => !places.has(sample.id)).map((sample) => sample.id);
  if (missing.length > 0) {
    throw new Error(`row "${api.api}" would link to pairs that no article shows: ${missing.join(', ')}`);
  }
  const rank = (sample: SampleCode) => [
    api.teaches?.test(sample.id) ? 0 : 1,
    -api.uses(sample.python),
    places.get(sample.id)!.order,
  ];
  return using
    .map((sample) => ({ sample, place: places.get(sample.id)!, key: rank(sample) }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2])
    .map(({ sample, place }) => ({ sample, place }));
}

/** The identifiers named in a cell's inline code (`Promise.all`, `AbortController`, `toThread()`). */
export function namedIdentifiers(cell: Node): string[] {
  return findAll(cell, 'inlineCode').flatMap((code) =>
    [...(code.value ?? '').matchAll(/[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*/g)].map((m) => m[0]),
  );
}

function findAll(node: Node, type: string, found: Node[] = []): Node[] {
  if (node.type === type) found.push(node);
  node.children?.forEach((child) => findAll(child, type, found));
  return found;
}

/** Whether the twin's code contains the dotted identifier as whole words. */
const twinUses = (typescript: string, identifier: string) =>
  new RegExp(`(?<![\\w$])${identifier.split('.').join('\\s*\\.\\s*')}(?![\\w$])`).test(typescript);

const text = (value: string): Node => ({ type: 'text', value });

/** The text of a node: its text and inline code, as a reader sees it. */
const plainText = (node: Node): string => node.value ?? (node.children ?? []).map(plainText).join('');

function linkTo({ place }: { place: PairPlace }): Node {
  return {
    type: 'listItem',
    children: [
      {
        type: 'paragraph',
        children: [
          {
            type: 'link',
            url: `./${place.doc.replace(/\\/g, '/')}#sample-${place.id}`,
            title: place.where,
            children: [{ type: 'inlineCode', value: place.id }],
          },
        ],
      },
    ],
  };
}

const list = (items: Node[]): Node => ({ type: 'list', ordered: false, children: items });

export default function remarkPhrasebook(options: Options) {
  const locale = isLocale(options.locale) ? options.locale : (options.defaultLocale as Locale);
  const apis = options.apis ?? PHRASEBOOK_APIS;
  return (tree: Node, file: { path?: string }) => {
    const books = findElements('Phrasebook', tree) as Node[];
    if (books.length === 0) return;
    const where = relative(process.cwd(), file.path ?? '<unknown file>');
    const fail = (message: string) => {
      throw new Error(`${where}: <Phrasebook>: ${message}`);
    };
    // Problems with rows are collected, so that one build names them all.
    const problems: string[] = [];
    const samples = readSamples(locale);
    const places = pairPlaces(locale);
    for (const book of books) {
      const more = attribute(book, 'more');
      if (typeof more !== 'string' || !more.includes('{count}')) {
        fail('give it more="…{count}…", the words for "and N more" in this locale');
      }
      const table = book.children?.find((child) => child.type === 'table');
      if (!table || book.children!.some((child) => child !== table)) {
        fail('it must hold one Markdown table and nothing else');
      }
      const [header, ...rows] = table!.children!;
      if (header.children!.length !== 4)
        fail('the table has four columns: Python, TypeScript, how they differ, pairs');
      // Each cell carries its column's name, which a narrow screen shows above it (src/css/custom.css).
      const labels = header.children!.map((cell) => plainText(cell));
      const seen = new Set<string>();
      for (const row of rows) {
        row.children!.forEach(
          (cell, column) => (cell.data = { hProperties: { 'data-label': labels[column] } }),
        );
        const [python, typescript, , pairs] = row.children!;
        const names = findAll(python, 'inlineCode').map((code) => code.value);
        const key = names[0] ?? '';
        const api = apis.find((candidate) => candidate.api === key);
        if (!api || seen.has(key)) {
          problems.push(
            api
              ? `two rows name "${key}"`
              : `a row names "${key}", which is not in plugins/phrasebookApis.ts`,
          );
          continue;
        }
        if (apis[seen.size] !== api) {
          problems.push(`row "${key}" is out of order: the rows follow plugins/phrasebookApis.ts`);
        }
        seen.add(key);
        const expected = [api.api, ...(api.also ?? [])];
        if (names.join('\n') !== expected.join('\n')) {
          problems.push(
            `row "${key}": its Python cell must name ${expected.map((n) => `\`${n}\``).join(' ')}`,
          );
        }
        const using = pairsUsing(api, samples, places);
        if (using.length === 0) problems.push(`row "${key}" names an API that no sample uses`);
        for (const identifier of namedIdentifiers(typescript)) {
          if (!using.some(({ sample }) => twinUses(sample.typescript, identifier))) {
            problems.push(
              `row "${key}": the TypeScript cell names \`${identifier}\`, which none of the row's twins uses`,
            );
          }
        }
        if ((pairs.children ?? []).length > 0)
          problems.push(`row "${key}": leave the last cell empty (the build fills it)`);
        const shown = using.length > SHOWN + 1 ? using.slice(0, SHOWN) : using;
        const rest = using.slice(shown.length);
        pairs.children = [list(shown.map(linkTo))];
        if (rest.length > 0) {
          pairs.children.push({
            type: 'mdxJsxFlowElement',
            name: 'details',
            attributes: [],
            children: [
              {
                type: 'mdxJsxFlowElement',
                name: 'summary',
                attributes: [],
                children: [text(String(more).replace('{count}', String(rest.length)))],
              },
              list(rest.map(linkTo)),
            ],
          });
        }
        row.data = { hProperties: { 'data-api': key } };
      }
      const missing = apis.filter((api) => !seen.has(api.api)).map((api) => api.api);
      if (missing.length > 0) problems.push(`rows missing for ${missing.join(', ')}`);
      if (problems.length > 0) fail(`\n  ${problems.join('\n  ')}`);
      table!.data = { hProperties: { className: ['phrasebook'], 'data-testid': 'phrasebook' } };
      for (const key of Object.keys(book)) delete (book as unknown as Record<string, unknown>)[key];
      Object.assign(book, table);
    }
  };
}
