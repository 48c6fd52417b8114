/**
 * The last finished output of each side of each pair on the page, so either
 * side can compare itself with the other (Compare). A module-level store in the
 * runner's lazy chunk: pages whose samples were never run ship none of it.
 */
import type { WorkerKind } from '@site/src/runner/engine/protocol';

type Outputs = Partial<Record<WorkerKind, string[]>>;

const outputs = new Map<string, Outputs>();
const listeners = new Map<string, Set<() => void>>();

export function publishOutput(sampleId: string, kind: WorkerKind, lines: string[]): void {
  outputs.set(sampleId, { ...outputs.get(sampleId), [kind]: lines });
  for (const listener of listeners.get(sampleId) ?? []) listener();
}

export function readOutputs(sampleId: string): Outputs {
  return outputs.get(sampleId) ?? {};
}

export function subscribeOutputs(sampleId: string, listener: () => void): () => void {
  const set = listeners.get(sampleId) ?? new Set();
  set.add(listener);
  listeners.set(sampleId, set);
  return () => set.delete(listener);
}

export type DiffRow = { side: 'both' | WorkerKind; text: string };

/** Numbers (timings, ids) aside: the twin prints what the Python prints, not when. */
const shape = (line: string) => line.replace(/\d+(\.\d+)?/g, '#');

/** A line diff (longest common subsequence), Python's lines first where the two differ. */
export function diffLines(python: string[], typescript: string[]): DiffRow[] {
  const n = python.length;
  const m = typescript.length;
  const common: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      common[i][j] =
        shape(python[i]) === shape(typescript[j])
          ? common[i + 1][j + 1] + 1
          : Math.max(common[i + 1][j], common[i][j + 1]);
    }
  }
  const rows: DiffRow[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && shape(python[i]) === shape(typescript[j])) {
      rows.push({ side: 'both', text: python[i] });
      i++;
      j++;
    } else if (i < n && (j >= m || common[i + 1][j] >= common[i][j + 1])) {
      rows.push({ side: 'python', text: python[i++] });
    } else {
      rows.push({ side: 'typescript', text: typescript[j++] });
    }
  }
  return rows;
}
