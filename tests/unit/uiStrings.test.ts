/**
 * Every UI string in every locale: every id the site's code asks for is in the
 * three code.json files (a missing one would show its English default), they
 * hold the same ids, our own strings are really translated in the Chinese
 * locales (not left in English), and every translation keeps the placeholders
 * of the original.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LOCALES } from '../../config/locales.mjs';
import { readCodeMessages } from '../codeMessages';
import { sourceFiles } from '../sourceFiles';

const messages = Object.fromEntries(LOCALES.map((locale) => [locale, readCodeMessages(locale)]));
const OWN = /^(home|liveSample|samplePair|phrasebook|offline)\./;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('every string id the site asks for is in every locale', () => {
  const asked = new Set<string>();
  for (const [file, text] of sourceFiles()) {
    if (!file.startsWith('src/')) continue;
    // translate({ id: '…' }) and <Translate id="…">: the two ways Docusaurus's code strings are named.
    for (const match of text.matchAll(
      /\bid[:=]\s*(?:'|")((?:home|liveSample|samplePair|phrasebook|offline)\.[\w.]+)/g,
    )) {
      asked.add(match[1]);
    }
  }
  assert.ok(asked.size > 20, `found only ${asked.size} string ids: the pattern no longer matches the code`);
  for (const locale of LOCALES) {
    const missing = [...asked].filter((id) => !(id in messages[locale]));
    assert.deepEqual(missing, [], `${locale}/code.json lacks ${missing.join(', ')}`);
  }
});

test('all locales have the same string ids', () => {
  const ids = Object.keys(messages.en).sort();
  for (const locale of LOCALES) assert.deepEqual(Object.keys(messages[locale]).sort(), ids, locale);
});

test('our strings are translated into Chinese in zh-TW and zh-CN', () => {
  for (const locale of ['zh-TW', 'zh-CN']) {
    const untranslated = Object.entries(messages[locale])
      .filter(([id, { message }]) => OWN.test(id) && !/[\u4e00-\u9fff]/.test(message))
      .map(([id]) => id);
    // Proper names need no translation.
    assert.deepEqual(untranslated, ['home.article.001.title'], `${locale}: ${untranslated.join(', ')}`);
  }
});

test('translations keep the placeholders of the English original', () => {
  for (const locale of ['zh-TW', 'zh-CN']) {
    for (const [id, { message }] of Object.entries(messages.en)) {
      assert.deepEqual(placeholders(messages[locale][id].message), placeholders(message), `${locale} ${id}`);
    }
  }
});
