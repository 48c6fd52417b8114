/**
 * Compares a run's printed text with the expected output, forgiving only the
 * variations a sample declares (a timing within a tolerance, say). Returns null
 * when they agree, or a readable account of the first difference.
 */
import type { SampleMeta, Tolerance } from '../plugins/sampleFiles';

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

export function compareOutput(
  expected: string,
  actual: string,
  { tolerances, unordered }: Pick<SampleMeta, 'tolerances' | 'unordered'>,
): string | null {
  // When the lines' order varies between runs, they are compared in sorted order.
  const sort = (lines: string[]) => (unordered ? [...lines].sort() : lines);
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
      ].join('\n');
    }
  }
  return null;
}
