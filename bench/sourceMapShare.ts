/**
 * What part of a built script comes from which source files, read from its
 * source map (the production build ships them: plugins/productionSourceMaps.ts).
 * The bench uses it to find a page's own content chunk (the one that holds the
 * doc's compiled MDX) and to weigh the samples' modules inside chunks that every
 * doc page loads, where comparing two pages cannot see them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUILD_DIR } from '../tests/browser/serveBuild.mjs';

export interface SourceMap {
  sources: string[];
  mappings: string;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Each generated line's segments as [generated column, source index | -1], from the VLQ `mappings`. */
function decodeSegments(mappings: string): [number, number][][] {
  const lines: [number, number][][] = [];
  let source = 0; // source indexes are relative to the previous segment's, across lines
  for (const line of mappings.split(';')) {
    const segments: [number, number][] = [];
    let column = 0; // generated columns restart at each line
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0];
      if (fields.length > 1) source += fields[1];
      segments.push([column, fields.length > 1 ? source : -1]);
    }
    lines.push(segments);
  }
  return lines;
}

export interface Slice {
  start: number;
  end: number;
  source: string;
}

/**
 * The script cut into slices by source file. Segments mapped to no source
 * (webpack's module wrappers) go to the next mapped slice's source, since a
 * module's wrapper opens just before its first mapped code; what comes before a
 * line's first segment (the chunk's header) goes to none.
 */
export function sourceSlices(code: string, map: SourceMap): Slice[] {
  const slices: Slice[] = [];
  let offset = 0;
  const lines = code.split('\n');
  decodeSegments(map.mappings).forEach((segments, index) => {
    const line = lines[index] ?? '';
    segments.forEach(([column, source], i) => {
      const end = i + 1 < segments.length ? segments[i + 1][0] : line.length;
      slices.push({ start: offset + column, end: offset + end, source: map.sources[source] ?? '' });
    });
    offset += line.length + 1;
  });
  let next = '';
  for (let i = slices.length - 1; i >= 0; i--) {
    if (slices[i].source) next = slices[i].source;
    else slices[i].source = next;
  }
  return slices;
}

export const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/**
 * The bytes of a script that come from the sources `belongs` picks: raw, and
 * gzip as the script's gzip size minus that of the script without them (what
 * a reader would not download if those modules were not there; gzip sizes do
 * not add up module by module).
 */
export function shareOf(
  code: string,
  slices: Slice[],
  belongs: (source: string) => boolean,
): { raw: number; gzip: number } {
  let raw = 0;
  let kept = '';
  let position = 0;
  for (const slice of slices) {
    if (!belongs(slice.source)) continue;
    kept += code.slice(position, slice.start);
    raw += slice.end - slice.start;
    position = slice.end;
  }
  if (raw === 0) return { raw: 0, gzip: 0 };
  kept += code.slice(position);
  return { raw, gzip: gzipSize(code) - gzipSize(kept) };
}

/**
 * The share of a script served from the build (by its URL) that comes from the sources `belongs`
 * picks, read from its source map in build/. A chunk without a map (plugins/productionSourceMaps.ts
 * keeps some) holds none of the site's own modules.
 */
export function builtScriptShare(
  url: string,
  body: string,
  belongs: (source: string) => boolean,
): { raw: number; gzip: number } {
  const file = join(BUILD_DIR, `${new URL(url).pathname}.map`);
  if (!existsSync(file)) return { raw: 0, gzip: 0 };
  const map = JSON.parse(readFileSync(file, 'utf8')) as SourceMap;
  return shareOf(body, sourceSlices(body, map), belongs);
}
