/**
 * Regenerates samples/<id>/expected/<locale>.txt from CPython 3.11 (the
 * census's interpreter): `npm run regen:expected [id ...]`. Review the diff.
 * It also records how long each sample ran (tests/parity/runSeconds.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { LOCALES } from '../config/locales.mjs';
import { expectedFile, listSampleIds, variantFile } from '../plugins/sampleFiles';
import { findPythons, runPython } from './runPython';
import { recordRunSeconds } from '../tests/parity/runSeconds';

async function main(): Promise<void> {
  const python = findPythons().get('3.11') ?? 'python3';
  const ids = process.argv.slice(2).length > 0 ? process.argv.slice(2) : listSampleIds();
  const seconds: Record<string, number> = {};
  for (const id of ids) {
    const started = performance.now();
    await Promise.all(
      LOCALES.map(async (locale) => {
        const run = await runPython(python, variantFile(id, locale, 'py'));
        if (run.exitCode !== 0 || run.timedOut) {
          throw new Error(
            `${id} (${locale}) exited with ${run.timedOut ? 'a timeout' : run.exitCode}:\n${run.output}`,
          );
        }
        const file = expectedFile(id, locale);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, run.output);
        console.log(`wrote ${relative(process.cwd(), file)}`);
      }),
    );
    seconds[id] = (performance.now() - started) / 1000;
  }
  recordRunSeconds(seconds);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
