/**
 * The zh-TW, zh-CN and en variants of a pair are one program: with comments
 * removed and string text blanked, every locale's code is identical.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { LOCALES } from '../../config/locales.mjs';
import { listSampleIds, variantFile } from '../../plugins/sampleFiles';
import { findPythons } from '../../scripts/runPython';
import { variantShapes } from '../sameProgram';

// 3.12+ tokenizes f-strings into literal parts and expressions.
const pythons = findPythons();
const python = pythons.get('3.12') ?? pythons.get('3.13') ?? 'python3';

for (const id of listSampleIds()) {
  describe(id, () => {
    for (const language of ['py', 'ts'] as const) {
      test(`${language}: every locale has a variant, and all have the same code`, () => {
        const files = LOCALES.map((locale) => variantFile(id, locale, language));
        files.forEach((file, i) =>
          assert.ok(existsSync(file), `${id} has no ${LOCALES[i]} variant: ${file} is missing`),
        );
        const shapes = variantShapes(id, language, python);
        // Same line numbers in every locale, so added-line ranges and error lines apply to all.
        const lineCounts = files.map((file) => readFileSync(file, 'utf8').split('\n').length);
        assert.deepEqual(
          new Set(lineCounts).size,
          1,
          `${id}.${language}: line counts differ by locale: ${lineCounts.join(', ')}`,
        );
        for (let i = 1; i < LOCALES.length; i++) {
          assert.equal(
            shapes[i],
            shapes[0],
            `${id}.${language}: ${LOCALES[i]} differs from ${LOCALES[0]} beyond comments and strings`,
          );
        }
      });
    }
  });
}
