/**
 * Script purity: zh-TW text has no Simplified-only characters and zh-CN text no
 * Traditional-only ones (checked character by character with opencc-js), and
 * neither uses the other region's terms. Covers the docs' prose, the UI strings
 * and the comments and strings of the sample variants.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import * as OpenCC from 'opencc-js';
import { REGIONAL_TERMS } from '../../config/regionalTerms';
import { listSampleIds, variantFile } from '../../plugins/sampleFiles';
import { docFiles, readDoc, rel } from '../../scripts/readDoc';

const ROOT = join(__dirname, '..', '..');
type Chinese = 'zh-TW' | 'zh-CN';

/** A character that opencc turns into another is the other script's form. */
const toOtherScript: Record<Chinese, (text: string) => string> = {
  'zh-TW': OpenCC.Converter({ from: 'cn', to: 'tw' }), // simplified → Taiwan: what changes was simplified
  'zh-CN': OpenCC.Converter({ from: 'tw', to: 'cn' }), // Taiwan → simplified: what changes was traditional
};

/** Characters valid in both scripts that opencc still maps, each with its reason. */
const ALLOWED: Record<Chinese, Record<string, string>> = {
  'zh-TW': { 台: 'the everyday Taiwan form (台灣, 平台); OpenCC maps it to the formal 臺' },
  'zh-CN': { 么: 'standard simplified (什么, 怎么); OpenCC maps it to the variant 幺' },
};

/** Phrases that contain a foreign term but are right in this locale, each with its reason. */
const ALLOWED_PHRASES: Record<Chinese, Record<string, string>> = {
  'zh-TW': {},
  'zh-CN': { 参考资料: '"references" is 参考资料 on the mainland too; the 資料/数据 pair is about "data"' },
};

/** The other region's word for each pair (執行緒/线程, 程式/程序, …), written in this locale's script. */
const FOREIGN_TERMS: Record<Chinese, string[]> = {
  'zh-TW': REGIONAL_TERMS.filter((term) => !term.alsoTaiwan).map((term) =>
    toOtherScript['zh-TW'](term.mainland),
  ),
  'zh-CN': REGIONAL_TERMS.map((term) => toOtherScript['zh-CN'](term.taiwan)),
};

function problems(locale: Chinese, text: string): string[] {
  const found: string[] = [];
  for (const char of new Set(text.match(/[\u4e00-\u9fff]/g) ?? [])) {
    if (toOtherScript[locale](char) !== char && !(char in ALLOWED[locale])) found.push(`character ${char}`);
  }
  const withoutAllowed = Object.keys(ALLOWED_PHRASES[locale]).reduce(
    (rest, phrase) => rest.split(phrase).join(''),
    text,
  );
  for (const term of FOREIGN_TERMS[locale]) {
    if (withoutAllowed.includes(term)) found.push(`term ${term}`);
  }
  return found;
}

/** Comments and string literals of a sample file: the parts that are prose. */
function sampleProse(path: string): string {
  const code = readFileSync(path, 'utf8');
  return (code.match(/(#|\/\/).*$|(["'`])(?:\\.|(?!\2).)*\2/gm) ?? []).join('\n');
}

function uiStrings(locale: Chinese): string {
  const files = ['code.json', 'docusaurus-theme-classic/navbar.json', 'docusaurus-theme-classic/footer.json'];
  return files
    .flatMap((file) =>
      Object.values(
        JSON.parse(readFileSync(join(ROOT, 'i18n', locale, file), 'utf8')) as Record<
          string,
          { message: string }
        >,
      ),
    )
    .map((entry) => entry.message)
    .join('\n');
}

for (const locale of ['zh-TW', 'zh-CN'] as const) {
  describe(`${locale} script purity`, () => {
    for (const [doc, path] of docFiles(locale)) {
      test(`docs ${doc}`, () => {
        assert.deepEqual(problems(locale, readDoc(path).prose), [], rel(path));
      });
    }
    test('UI strings', () => {
      assert.deepEqual(problems(locale, uiStrings(locale)), [], `i18n/${locale}`);
    });
    test('sample comments and strings', () => {
      const found = listSampleIds().flatMap((id) =>
        (['py', 'ts'] as const).flatMap((language) => {
          const path = variantFile(id, locale, language);
          return problems(locale, sampleProse(path)).map((problem) => `${rel(path)}: ${problem}`);
        }),
      );
      assert.deepEqual(found, []);
    });
  });
}
