/**
 * Parity: for every pair in every locale, the Python (on each CPython the site
 * supports) and the TypeScript twin (in Node, through the page's own engine,
 * on the fast-forward clock) both print the committed expected output, within
 * the variations the sample declares. Regenerate expected output with
 * `npm run regen:expected`.
 *
 * Most runs spend their time asleep, so they run together (a dozen at a time
 * per core, the longest first: runSeconds.ts); the runs a sample marks
 * `runAlone` (CPU-bound and timed) run after them, each with the cores it keeps
 * busy to itself (all of them, or one: `coresBusy`). PARITY_PHASE=together or
 * alone runs one phase only (scripts/test.sh builds the site beside the
 * first). Locale variants that are one program (tests/sameProgram.ts) run
 * once, and that run is compared with each locale's expected output.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { describe, test } from 'node:test';
import {
  expectedFile,
  listSampleIds,
  readMeta,
  variantFile,
  type Language,
  type SampleMeta,
} from '../../plugins/sampleFiles';
import type { Locale } from '../../config/locales.mjs';
import { compareOutput } from '../../scripts/compareOutput';
import { requirePythons, runPython } from '../../scripts/runPython';
import { printedText, runInNode } from '../../src/runner/node/runInNode';
import { sameProgramGroups, sharedRunNote } from '../sameProgram';
import { sharedSlots, limiter } from './limit';
import { longestFirst } from './runSeconds';

// Fails here, with how to install them, when a supported CPython is missing.
const pythons = requirePythons();

type Phase = 'together' | 'alone';
const PHASES: Phase[] = process.env.PARITY_PHASE
  ? [process.env.PARITY_PHASE as Phase]
  : ['together', 'alone'];
assert.ok(
  PHASES.every((phase) => phase === 'together' || phase === 'alone'),
  `PARITY_PHASE is "together", "alone" or unset, not "${process.env.PARITY_PHASE}"`,
);

// Together is not all at once: a sleeping run costs no CPU, but its start does (about 0.1 s for an
// interpreter, 0.3 s for a worker that loads the engine), and starts that saturate the cores wake
// the sleepers late, past their tolerances (seen at 16 runs started at once on 2 cores). So the
// interpreters start 100 ms apart, at most twelve per core at a time, the longest samples first
// (samples, below): the phase took 57–63 s at six per core and 35 s so, the build beside it; at
// twenty per core s4-01 printed `Sync Total: 3.18s` (BENCHMARKS.md, 2026-12-05, session 12). The
// twins run on the fast-forward clock, so they are mostly their start: one per core.
const cores = availableParallelism();
const together: Record<Language, ReturnType<typeof limiter>> = {
  py: limiter(12 * cores, 100),
  ts: limiter(cores),
};

/**
 * The runAlone runs, in order, each with the cores it keeps busy to itself: two single busy loops
 * (coresBusy 1) side by side took the phase from 51 to 36 s, every printed time on the mark
 * (BENCHMARKS.md, 2026-12-05, session 12).
 */
const alone = sharedSlots(cores);

/** One run of a program: a CPython version's (or the twin's) run of the group's first locale. */
interface Run {
  language: Language;
  label: string;
  start: (file: string) => Promise<string>;
}

function runsOf(): Run[] {
  const python = [...pythons].map(([version, interpreter]): Run => ({
    language: 'py',
    label: `CPython ${version}`,
    start: async (file) => {
      const run = await runPython(interpreter, file);
      assert.equal(run.timedOut, false, `${file} did not finish in time`);
      return run.output;
    },
  }));
  const twin: Run = {
    language: 'ts',
    label: 'the TypeScript twin',
    start: async (file) => {
      const run = await runInNode(readFileSync(file, 'utf8'));
      assert.equal(run.status, 'done', `${file} ended with ${run.status}: ${JSON.stringify(run.events)}`);
      return printedText(run.events);
    },
  };
  return [...python, twin];
}

function phaseOf(meta: SampleMeta, language: Language): Phase {
  return meta.runAlone?.[language] ? 'alone' : 'together';
}

/**
 * Per locale, a test comparing the group's one run with that locale's expected output. A run that
 * differs gets one more, which must pass, and the first run's difference is reported: these runs
 * share a 2-core virtual machine, and a stall of this machine can make a run late or reorder its
 * timers (seen once in seven phases: s3-12's twin printed `done: 0.3` first, its 0.3 s timer set
 * over 200 ms before its 0.1 s one, a gap that takes 0.1 ms on a quiet machine). A twin or program
 * that is wrong differs both times.
 */
function testGroup(id: string, meta: SampleMeta, run: Run, group: Locale[], phase: Phase): void {
  const start = () => run.start(variantFile(id, group[0], run.language));
  const queued = () =>
    phase === 'alone' ? alone(meta.coresBusy ?? cores, start) : together[run.language](start);
  let output: Promise<string> | undefined;
  let again: Promise<string> | undefined;
  for (const locale of group) {
    test(`${locale}: ${run.label} prints the expected output${sharedRunNote(group, locale)}`, async (t) => {
      const expected = readFileSync(expectedFile(id, locale), 'utf8');
      let difference = compareOutput(expected, await (output ??= queued()), meta);
      if (difference !== null) {
        t.diagnostic(
          `${id}.${run.language} (${run.label}): the first run differed (${difference}); a second must pass`,
        );
        difference = compareOutput(expected, await (again ??= queued()), meta);
      }
      assert.equal(difference, null, `${id}.${run.language} (${locale}, ${run.label}): ${difference}`);
    });
  }
}

const python = pythons.values().next().value!;
const samples = longestFirst(listSampleIds()).map((id) => ({
  id,
  meta: readMeta(id),
  groups: { py: sameProgramGroups(id, 'py', python), ts: sameProgramGroups(id, 'ts') },
}));

test('coresBusy is set only beside runAlone, and only to 1', () => {
  for (const { id, meta } of samples) {
    if (meta.coresBusy === undefined) continue;
    assert.ok(
      meta.runAlone,
      `samples/${id}/sample.json: coresBusy says how a runAlone run uses the cores, and it has no runAlone`,
    );
    assert.equal(meta.coresBusy, 1, `samples/${id}/sample.json: coresBusy is 1 or unset`);
  }
});

for (const phase of PHASES) {
  const why =
    phase === 'together'
      ? 'runs that mostly sleep, together'
      : 'CPU-bound timed runs (runAlone), each with the cores it keeps busy';
  // Every run waits its turn in its limiter or shared slots, in the order declared here.
  describe(`${phase}: ${why}`, { concurrency: true }, () => {
    for (const { id, meta, groups } of samples) {
      const runs = runsOf().filter((run) => phaseOf(meta, run.language) === phase);
      if (runs.length === 0) continue;
      describe(id, { concurrency: true }, () => {
        for (const run of runs) {
          for (const group of groups[run.language]) testGroup(id, meta, run, group, phase);
        }
      });
    }
  });
}
