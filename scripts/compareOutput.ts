/**
 * Compares a run's printed text with the expected output, forgiving only the
 * variations a sample declares (a timing within a tolerance, say). Returns null
 * when they agree, or a readable account of the first difference.
 */
import type { Race, SampleMeta, Tolerance } from '../plugins/sampleFiles';

function linesOf(text: string): string[] {
  return text.replace(/\n$/, '').split('\n');
}

/** A tolerance with its pattern compiled once per comparison (with indices, to mask each group). */
type Compiled = Tolerance & { regex: RegExp };

/** The bound of a capture group (0 is the first): one number serves them all. */
const boundOf = (within: Tolerance['within'], group: number) =>
  typeof within === 'number' ? within : within[group];

/** The line with the tolerance's varying numbers masked, and those numbers; null if it does not apply. */
function mask(line: string, regex: RegExp): { shape: string; values: number[] } | null {
  const match = regex.exec(line);
  if (match?.indices === undefined || match.length < 2 || match[1] === undefined) return null;
  let shape = '';
  let from = 0;
  const values: number[] = [];
  for (let group = 1; group < match.length; group++) {
    const span = match.indices[group];
    if (span === undefined) continue;
    shape += line.slice(from, span[0]) + '#';
    from = span[1];
    values.push(Number(match[group]));
  }
  return { shape: shape + line.slice(from), values };
}

function lineAgrees(expected: string, actual: string, tolerances: readonly Compiled[]): boolean {
  if (expected === actual) return true;
  return tolerances.some(({ regex, within }) => {
    const e = mask(expected, regex);
    const a = mask(actual, regex);
    return (
      e !== null &&
      a !== null &&
      e.shape === a.shape &&
      e.values.every((value, group) => Math.abs(value - a.values[group]) <= boundOf(within, group))
    );
  });
}

/** Sorts each run of consecutive lines that take part in the same race, so either order agrees. */
function settleRaces(lines: string[], races: readonly Race[]): string[] {
  const settled = [...lines];
  for (const race of races) {
    const patterns = race.lines.map((line) => new RegExp(line));
    const racing = (line: string) => patterns.some((pattern) => pattern.test(line));
    for (let start = 0; start < settled.length; start++) {
      let end = start;
      while (end < settled.length && racing(settled[end])) end++;
      if (end - start > 1) settled.splice(start, end - start, ...settled.slice(start, end).sort());
      start = end;
    }
  }
  return settled;
}

export function compareOutput(
  expected: string,
  actual: string,
  { tolerances, unordered, races = [] }: Pick<SampleMeta, 'tolerances' | 'unordered' | 'races'>,
): string | null {
  const compiled = tolerances.map((t) => ({ ...t, regex: new RegExp(t.pattern, 'd') }));
  // When the lines' order varies between runs, they are compared in sorted order: sorted by their
  // shape, the tolerated numbers masked, so a line whose tolerated number differs keeps its place.
  const shape = (line: string) => compiled.reduce((s, { regex }) => mask(s, regex)?.shape ?? s, line);
  const byShape = (lines: string[]) =>
    lines
      .map((line) => ({ line, key: shape(line) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map(({ line }) => line);
  const sort = (lines: string[]) => (unordered ? byShape(lines) : settleRaces(lines, races));
  const want = sort(linesOf(expected));
  const got = sort(linesOf(actual));
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    if (want[i] === undefined || got[i] === undefined || !lineAgrees(want[i], got[i], compiled)) {
      const allowed = tolerances
        .map((t) => `  /${t.pattern}/ ±${[t.within].flat().join(', ±')} (${t.why})`)
        .join('\n');
      return [
        `line ${i + 1} differs`,
        `  expected: ${JSON.stringify(want[i] ?? '<no line>')}`,
        `  actual:   ${JSON.stringify(got[i] ?? '<no line>')}`,
        allowed ? `tolerated variations:\n${allowed}` : 'no variation is tolerated for this sample',
        unordered ? `lines compared in sorted order (${unordered})` : '',
        ...races.map((race) => `lines that may swap places: ${race.lines.join(' | ')} (${race.why})`),
      ].join('\n');
    }
  }
  return null;
}
