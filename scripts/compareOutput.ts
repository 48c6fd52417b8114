/**
 * Compares a run's printed text with the expected output, forgiving only the
 * variations a sample declares (a timing within a tolerance, say). Returns null
 * when they agree, or a readable account of the first difference.
 */
import type { Race, SampleMeta, Tolerance } from '../plugins/sampleFiles';

function linesOf(text: string): string[] {
  return text.replace(/\n$/, '').split('\n');
}

function lineAgrees(expected: string, actual: string, tolerances: readonly Tolerance[]): boolean {
  if (expected === actual) return true;
  return tolerances.some(({ pattern, within }) => {
    const regex = new RegExp(pattern);
    const e = regex.exec(expected);
    const a = regex.exec(actual);
    if (!e || !a || e[1] === undefined || a[1] === undefined) return false;
    const sameShape = expected.replace(e[1], '#') === actual.replace(a[1], '#');
    return sameShape && Math.abs(Number(e[1]) - Number(a[1])) <= within;
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
  // When the lines' order varies between runs, they are compared in sorted order: sorted by their
  // shape, the tolerated numbers masked, so a line whose tolerated number differs keeps its place.
  const shape = (line: string) =>
    tolerances.reduce((masked, { pattern }) => {
      const match = new RegExp(pattern).exec(masked);
      return match?.[1] === undefined ? masked : masked.replace(match[1], '#');
    }, line);
  const byShape = (a: string, b: string) => (shape(a) < shape(b) ? -1 : shape(a) > shape(b) ? 1 : 0);
  const sort = (lines: string[]) => (unordered ? [...lines].sort(byShape) : settleRaces(lines, races));
  const want = sort(linesOf(expected));
  const got = sort(linesOf(actual));
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    if (want[i] === undefined || got[i] === undefined || !lineAgrees(want[i], got[i], tolerances)) {
      const allowed = tolerances.map((t) => `  /${t.pattern}/ ±${t.within} (${t.why})`).join('\n');
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
