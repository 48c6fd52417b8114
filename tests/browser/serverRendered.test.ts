/**
 * Readable without JavaScript: the server-rendered HTML of every doc, in every
 * locale, holds its headings and the code of each of its samples, highlighted,
 * in both languages.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { LOCALES, variantFile } from '../../plugins/sampleFiles';
import { docFiles, readDoc } from '../../scripts/readDoc';
import { BUILD_DIR } from './serveBuild.mjs';
import { LOCALE_PREFIX } from './sitemap';

/** The text of an HTML fragment, as a reader without JavaScript sees it. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');

for (const locale of LOCALES) {
  describe(`${locale} server-rendered docs`, () => {
    for (const [doc, source] of docFiles(locale)) {
      test(doc, () => {
        const slug = doc.replace(/\.mdx?$/, '');
        const html = readFileSync(
          join(BUILD_DIR, LOCALE_PREFIX[locale].slice(1), 'docs', `${slug}.html`),
          'utf8',
        );
        const outline = readDoc(source);
        for (const id of outline.headingIds) assert.match(html, new RegExp(`id="?${id}"?`), `heading #${id}`);
        const text = textOf(html);
        for (const id of outline.sampleIds) {
          // The minified HTML drops attribute quotes where it can.
          const start = html.search(new RegExp(`data-sample-id="?${id}[" >]`));
          assert.ok(start > 0, `sample ${id} is not in the HTML`);
          assert.match(
            html.slice(start, start + 200_000),
            /class="?token[ "]/,
            `sample ${id} is not highlighted`,
          );
          for (const language of ['py', 'ts'] as const) {
            // The longest line of the listing is distinctive enough to find.
            const line = readFileSync(variantFile(id, locale, language), 'utf8')
              .split('\n')
              .map((l) => l.trim())
              .sort((a, b) => b.length - a.length)[0];
            assert.ok(text.includes(line), `${id}.${language}: "${line}" is not in the server-rendered text`);
          }
        }
      });
    }
  });
}
