/**
 * Parity: for every pair in every locale, the Python (on each CPython the site
 * supports) and the TypeScript twin (in Node, through the page's own engine,
 * on the fast-forward clock) both print the committed expected output, within
 * the variations the sample declares. Regenerate expected output with
 * `npm run regen:expected`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { LOCALES } from '../../config/locales.mjs';
import { expectedFile, listSampleIds, readMeta, variantFile } from '../../plugins/sampleFiles';
import { compareOutput } from '../../scripts/compareOutput';
import { findPythons, PYTHON_VERSIONS, runPython } from '../../scripts/runPython';
import { printedText, runInNode } from '../../src/runner/node/runInNode';

const pythons = findPythons();
const missing = PYTHON_VERSIONS.filter((version) => !pythons.has(version));
if (missing.length > 0)
  console.warn(`parity: no CPython ${missing.join(', ')} here; those versions are skipped`);

for (const id of listSampleIds()) {
  const meta = readMeta(id);
  describe(id, { concurrency: true }, () => {
    for (const locale of LOCALES) {
      const expected = readFileSync(expectedFile(id, locale), 'utf8');
      for (const [version, python] of pythons) {
        test(`${locale}: CPython ${version} prints the expected output`, async () => {
          const run = await runPython(python, variantFile(id, locale, 'py'));
          assert.equal(run.timedOut, false, `${id} (${locale}) did not finish in time`);
          const difference = compareOutput(expected, run.output, meta);
          assert.equal(difference, null, `${id}.py (${locale}, CPython ${version}): ${difference}`);
        });
      }
      test(`${locale}: the TypeScript twin prints the expected output`, async () => {
        const run = await runInNode(readFileSync(variantFile(id, locale, 'ts'), 'utf8'));
        assert.equal(
          run.status,
          'done',
          `${id}.ts (${locale}) ended with ${run.status}: ${JSON.stringify(run.events)}`,
        );
        const difference = compareOutput(expected, printedText(run.events), meta);
        assert.equal(difference, null, `${id}.ts (${locale}): ${difference}`);
      });
    }
  });
}
