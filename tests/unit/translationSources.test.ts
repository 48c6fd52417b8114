/**
 * Every translated page records which version of its source it was translated
 * from, and a page whose source changed since then gets a notice for readers.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_LOCALE, LOCALES } from '../../config/locales.mjs';
import remarkTranslationNotice from '../../plugins/remarkTranslationNotice';
import { isStale, readSources, sourceHash } from '../../plugins/translationSources';
import { docFiles } from '../../scripts/readDoc';

const records = readSources();

test('every translated doc records the source version it was translated from', () => {
  for (const doc of docFiles(DEFAULT_LOCALE).keys()) {
    const record = records[doc];
    assert.ok(record, `i18n/translation-sources.json has no entry for ${doc}: run npm run mark-translated`);
    for (const locale of LOCALES.filter((l) => l !== record.source)) {
      assert.ok(
        record.translatedFrom[locale],
        `${doc}: no record of the ${locale} translation's source version`,
      );
    }
  }
});

test('stale translations are listed (they show readers a notice; this only reports them)', (t) => {
  for (const [doc, record] of Object.entries(records)) {
    for (const locale of LOCALES.filter((l) => l !== record.source)) {
      if (isStale(doc, locale, records))
        t.diagnostic(`${doc} (${locale}) predates its ${record.source} source`);
    }
  }
});

test('a page whose source changed gets the notice; an up-to-date one does not', () => {
  const doc = 'how-samples-run.mdx';
  const file = {
    path: join(__dirname, '..', '..', 'i18n', 'en', 'docusaurus-plugin-content-docs', 'current', doc),
  };
  const run = (hash: string) => {
    const tree = { children: [{ type: 'paragraph' }] as { type: string; name?: string }[] };
    const current = { [doc]: { source: 'zh-TW' as const, translatedFrom: { en: hash } } };
    remarkTranslationNotice({ locale: 'en', records: current })(tree, file);
    return tree.children.map((node) => node.name ?? node.type);
  };
  assert.deepEqual(run(sourceHash('zh-TW', doc)), ['paragraph']);
  assert.deepEqual(run('0123456789ab'), ['TranslationNotice', 'paragraph']);
});
