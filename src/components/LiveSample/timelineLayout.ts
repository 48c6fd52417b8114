/**
 * Where the timeline puts things (pure, so it is unit-tested without a browser): lanes in the
 * order they first appear, each span in the first row of its lane that is free at its start (so
 * overlapping waits stack and one-after-another waits share a row), and an axis of round steps.
 * A Python Task's own span is its lane's background, not a row: its waits and blocks run inside it.
 */
import type { Span } from '@site/src/runner/engine/protocol';

export interface PlacedSpan {
  span: Span;
  /** 0 for the lane's first row. */
  row: number;
}

export interface Lane {
  /** The span's lane key (see protocol.ts): a function, a Task, `thread:<n>`, or null. */
  key: string | null;
  rows: number;
  bars: PlacedSpan[];
  /** The lane's Task (Python), drawn behind its bars. */
  task: Span | null;
  /** Moments the lane printed a console line. */
  ticks: number[];
}

/** A console line: its moment, and its lane when the runner knows it. */
export interface Tick {
  t: number;
  lane?: string | null;
}

export function layoutLanes(spans: readonly Span[], lines: readonly Tick[]): Lane[] {
  const lanes = new Map<string | null, Lane & { rowEnds: number[] }>();
  const laneOf = (key: string | null) => {
    let lane = lanes.get(key);
    if (!lane) {
      lane = { key, rows: 0, bars: [], task: null, ticks: [], rowEnds: [] };
      lanes.set(key, lane);
    }
    return lane;
  };
  for (const span of [...spans].sort((a, b) => a.start - b.start || a.id - b.id)) {
    const lane = laneOf(span.lane);
    if (span.kind === 'task') {
      lane.task = span;
      continue;
    }
    const end = span.end ?? Infinity;
    let row = lane.rowEnds.findIndex((rowEnd) => rowEnd <= span.start);
    if (row === -1) row = lane.rowEnds.push(end) - 1;
    else lane.rowEnds[row] = end;
    lane.bars.push({ span, row });
  }
  for (const line of lines) if (line.lane !== undefined) laneOf(line.lane).ticks.push(line.t);
  return [...lanes.values()].map(({ rowEnds, ...lane }) => ({ ...lane, rows: Math.max(1, rowEnds.length) }));
}

/** Round steps (1, 2 or 5 × 10ⁿ ms) that put at most `most` ticks on an axis of `extent` ms. */
export function axisTicks(extent: number, most = 6): number[] {
  const rough = Math.max(extent, 1) / most;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let t = 0; t <= extent + 1e-9; t += step) ticks.push(t);
  return ticks;
}

/** How long the axis is: the run's end once known, else the latest moment anything reported. */
export function timelineExtent(spans: readonly Span[], lines: readonly Tick[], total: number | null): number {
  let extent = total ?? 0;
  for (const span of spans) extent = Math.max(extent, span.start, span.end ?? 0);
  for (const line of lines) extent = Math.max(extent, line.t);
  return Math.max(extent, 1);
}

/** The most spans open at once, ends before starts at the same moment. */
export function mostAtOnce(spans: readonly Pick<Span, 'start' | 'end'>[]): number {
  const edges = spans.flatMap((span) => [
    { t: span.start, step: 1 },
    { t: span.end ?? Infinity, step: -1 },
  ]);
  edges.sort((a, b) => a.t - b.t || a.step - b.step);
  let open = 0;
  let most = 0;
  for (const edge of edges) most = Math.max(most, (open += edge.step));
  return most;
}
