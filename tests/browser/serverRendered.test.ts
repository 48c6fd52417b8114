/**
 * Readable without JavaScript: the server-rendered HTML of every doc, in every
 * locale, holds its headings and each of its samples' listings, Python and
 * TypeScript, each one highlighted in its own element.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { LOCALE_PREFIX, LOCALES } from '../../config/locales.mjs';
import { variantFile, type Language } from '../../plugins/sampleFiles';
import { docFiles, readDoc } from '../../scripts/readDoc';
import { BUILD_DIR } from './serveBuild.mjs';
import { elementAt, listingsIn, textOf } from './staticHtml';

/** The Prism language class each listing of a pair carries. */
const PRISM_LANGUAGE: Record<Language, string> = { py: 'python', ts: 'ts' };
/** A highlighted token; the minified HTML drops attribute quotes where it can. */
const TOKEN = /<span class="?token[ "]/;

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
        for (const id of outline.sampleIds) {
          const start = html.search(new RegExp(`<div[^>]* data-sample-id="?${id}[" >]`));
          assert.ok(start > 0, `sample ${id} is not in the HTML`);
          const listings = listingsIn(elementAt(html, start));
          for (const language of ['py', 'ts'] as const) {
            const code = readFileSync(variantFile(id, locale, language), 'utf8').trimEnd();
            // The pair's own listing of this file (a pair may also show the Python as published).
            const listing = listings.find(
              (l) => l.language === PRISM_LANGUAGE[language] && textOf(l.html).trimEnd() === code,
            );
            assert.ok(listing, `${id}.${language}: the pair has no listing of ${locale}.${language}`);
            assert.match(listing.html, TOKEN, `${id}.${language}: the listing is not highlighted`);
          }
        }
      });
    }
  });
}
