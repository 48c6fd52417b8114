/**
 * Every UI string in every locale: the three code.json files hold the same ids,
 * our own strings are really translated in the Chinese locales (not left in
 * English), and every translation keeps the placeholders of the original.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LOCALES } from '../../config/locales.mjs';
import { readCodeMessages } from '../codeMessages';

const messages = Object.fromEntries(LOCALES.map((locale) => [locale, readCodeMessages(locale)]));
const OWN = /^(home|liveSample|samplePair|phrasebook)\./;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

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
