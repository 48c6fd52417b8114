/**
 * Locale parity: every doc exists in every locale, with the same heading ids,
 * sample ids, editor's notes and figures in the same order. A missing or
 * out-of-step translation fails with the file and what differs.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_LOCALE, LOCALES } from '../../config/locales.mjs';
import { docFiles, headingsWithoutId, readDoc, rel } from '../../scripts/readDoc';

const source = docFiles(DEFAULT_LOCALE);

for (const [doc, sourcePath] of source) {
  describe(`docs/${doc}`, () => {
    const outline = readDoc(sourcePath);
    test('every heading has an explicit id', () => {
      assert.deepEqual(headingsWithoutId(sourcePath), [], `${rel(sourcePath)}: headings without {/* #id */}`);
    });
    for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
      test(`${locale} has the same structure`, () => {
        const path = docFiles(locale).get(doc);
        assert.ok(
          path,
          `docs/${doc} has no ${locale} translation (i18n/${locale}/docusaurus-plugin-content-docs/current/${doc})`,
        );
        const translated = readDoc(path);
        for (const key of ['headingIds', 'sampleIds', 'notes', 'figures'] as const) {
          assert.deepEqual(translated[key], outline[key], `${rel(path)}: ${key} differ from docs/${doc}`);
        }
      });
    }
  });
}

test('no translated doc is left without its source', () => {
  for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
    for (const doc of docFiles(locale).keys()) {
      assert.ok(source.has(doc), `i18n/${locale}/…/${doc} has no docs/${doc} source`);
    }
  }
});
