/**
 * A twin run in the page as samples.test.ts and timed/threadsInPage.test.ts do it: on the
 * fast-forward clock, compared with the expected output of every locale whose variant is the same
 * program (tests/sameProgram.ts), its timeline read through its DOM contract.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Locale } from '../../config/locales.mjs';
import { expectedFile, readMeta } from '../../plugins/sampleFiles';
import { compareOutput } from '../../scripts/compareOutput';
import { mostAtOnce } from '../../src/components/LiveSample/timelineLayout';
import { sameProgramGroups } from '../sameProgram';
import { sampleDriver } from './sampleDriver';
import { barsOf, readBars } from './timelineBars';

export interface TwinRun {
  id: string;
  /** The locales whose expected output the run is compared with (one program: tests/sameProgram.ts). */
  serves: Locale[];
}

/** The run of a sample's twin in a locale's page: it serves that locale's group. */
export function twinRunIn(id: string, locale: Locale): TwinRun {
  const serves = sameProgramGroups(id, 'ts').find((group) => group.includes(locale));
  assert.ok(serves, `${id}: no group holds ${locale}`);
  return { id, serves };
}

/** Opens the sample's runner on the fast-forward clock and presses Run. */
export async function startTwin(page: Page, { id }: TwinRun): Promise<void> {
  const sample = sampleDriver(page, id);
  await sample.open();
  await sample.button('fast-forward').click();
  await sample.button('run').click();
}

/**
 * What the timeline must show for the twins whose point is a shape (issue 15): the most waits (or
 * threads) at one moment. Every other twin's bars are checked against the contract only.
 */
const TIMELINE_SHAPES: Record<string, { kind: 'wait' | 'thread'; count: number; atOnce: number }> = {
  's4-17-semaphore-limit': { kind: 'wait', count: 10, atOnce: 3 }, // Semaphore(3)
  's3-06-gather-in-order': { kind: 'wait', count: 3, atOnce: 3 },
  's1-09-to-thread-fix': { kind: 'thread', count: 3, atOnce: 3 },
};

/** Waits for the twin's run to end and compares what it printed with each locale it serves. */
export async function compareTwin(page: Page, path: string, { id, serves }: TwinRun): Promise<void> {
  const sample = sampleDriver(page, id);
  await sample.waitForStatus('done', 60_000);
  const bars = await readBars(sample.block);
  const shape = TIMELINE_SHAPES[id];
  if (shape) {
    const drawn = barsOf(bars, shape.kind);
    assert.equal(drawn.length, shape.count, `${id}: ${shape.kind} bars`);
    assert.equal(mostAtOnce(drawn), shape.atOnce, `${id}: ${shape.kind} bars at one moment`);
  }
  const printed = (await sample.lines()).map((line) => line.text).join('\n');
  for (const locale of serves) {
    const expected = readFileSync(expectedFile(id, locale), 'utf8');
    const difference = compareOutput(expected, printed, readMeta(id));
    assert.equal(
      difference,
      null,
      `${id} run in ${path}, against ${locale}'s expected output: ${difference}`,
    );
  }
}
