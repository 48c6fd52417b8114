/**
 * Records what the timeline draws for a TypeScript run (the Span events of protocol.ts), in both
 * hosts: the engine calls it from the sample's timers, console, clock reads and threads.
 *
 * JavaScript has no task identity, so the lane rule is the call stack's: a span belongs to the
 * innermost named function of the sample's own code on the stack where it began (the runner's
 * modules, `node:timers/promises` included, are not the sample's code and never name a lane).
 * `await sleep(1000)` in `asyncSleep` is a wait in the lane `asyncSleep`; code at the module's
 * top level is in the lane `null`.
 *
 * Workers have no long-task observer. The clock fires each timer in a task of its own and checks
 * again in the next one, so the time from a firing (or the module's start) to the next check is
 * the work that followed it: from BUSY_MS on, it is drawn as a blocking block. Its lane is where
 * the code was seen running: a busy loop reads the clock (that is how it knows when to stop), and
 * the recorder looks at the stack every millisecond of those reads. A stretch in which the code
 * was seen in several functions is drawn as one block per function it stayed in for BUSY_MS or
 * more, one after another; a stretch that never read the clock belongs to the lane of the timer
 * that started it. Consecutive calls of one function from one place (s4-01's three `syncSleep()`
 * in a loop) read as one block: looking at the stack cannot tell one call from the next, and
 * telling them apart would mean rewriting the reader's code.
 */
import type { SampleFrame } from './locateInStack';
import { SPAN_LIMIT, type RunEvent, type Span, type SpanKind } from './protocol';

/** Where the sample's code was running: its lane and its innermost line. */
export interface Site {
  lane: string | null;
  line: number | null;
}

/** A site, with the stack it was read from (to tell which module called). */
export interface Capture extends Site {
  stack: string;
}

/** Work that held the thread this long (ms) or longer is drawn as blocking (a page's start-up alone can take 20-30 ms). */
export const BUSY_MS = 50;
/**
 * How often at most (ms of the stretch) a clock read looks at the stack: a look costs about 20 µs,
 * so a busy loop loses at most 2% of its speed, and a block's edges are right to 1 ms.
 */
const SAMPLE_EVERY_MS = 1;

export interface SpanRecorder {
  /** Where the sample's code is running now. */
  site(): Capture;
  /** Starts a span; its id, or 0 past SPAN_LIMIT (end(0) does nothing). */
  begin(kind: SpanKind, site: Site, label: string): number;
  end(id: number, outcome?: Span['outcome']): void;
  /** The clock is about to run the sample's code (a timer fires, the module starts) for `site`. */
  workStarts(site: Site): void;
  /** The clock runs its next check: the work since workStarts is over. */
  workEnds(): void;
  /** The sample read the clock (Date.now, performance.now): a busy loop's heartbeat. */
  clockRead(): void;
}

export function createSpanRecorder(
  now: () => number,
  /** The sample's frames in an error's stack, innermost first (the host knows its module's URL). */
  frames: (error: Error) => SampleFrame[],
  emit: (event: RunEvent) => void,
): SpanRecorder {
  const open = new Map<number, Span>();
  let nextId = 1;
  let capped = false;
  let work: { start: number; site: Site; seen: { t: number; site: Site }[] } | null = null;
  let lastLook = -Infinity;

  // The sample may replace Error or lower its stack limit; the recorder looks with its own.
  const RealError = Error;
  const site = (): Capture => {
    const limit = RealError.stackTraceLimit;
    RealError.stackTraceLimit = 30;
    const capture = new RealError();
    RealError.stackTraceLimit = limit;
    const sample = frames(capture);
    const found = {
      lane: sample.find((frame) => frame.name !== null)?.name ?? null,
      line: sample[0]?.line ?? null,
      stack: String(capture.stack),
    };
    // Every look during a stretch of work (a timer set, a line printed, a clock read) tells where it ran.
    work?.seen.push({ t: now(), site: found });
    return found;
  };

  const begin = (kind: SpanKind, where: Site, label: string, start = now()): number => {
    if (nextId > SPAN_LIMIT) {
      if (!capped) emit({ type: 'spans-capped', limit: SPAN_LIMIT, t: start });
      capped = true;
      return 0;
    }
    const span: Span = { id: nextId++, kind, lane: where.lane, label, start, end: null, line: where.line };
    open.set(span.id, span);
    emit({ type: 'span', span, t: start });
    return span.id;
  };

  const end = (id: number, outcome?: Span['outcome'], at = now()): void => {
    const span = open.get(id);
    if (!span) return;
    open.delete(id);
    emit({ type: 'span', span: { ...span, end: at, ...(outcome ? { outcome } : {}) }, t: at });
  };

  /**
   * One blocking block per function the stretch was seen in for BUSY_MS or longer, back to back;
   * a shorter visit (the moment between two calls) is not a block of its own.
   */
  const blocks = (stretch: NonNullable<typeof work>, until: number) => {
    const visits: { from: number; to: number; where: Site }[] = [];
    let where = stretch.seen[0]?.site ?? stretch.site;
    let from = stretch.start;
    for (const look of stretch.seen) {
      if (look.site.lane === where.lane) continue;
      visits.push({ from, to: look.t, where });
      from = look.t;
      where = look.site;
    }
    visits.push({ from, to: until, where });
    for (const visit of visits) {
      if (visit.to - visit.from >= BUSY_MS) {
        end(begin('busy', visit.where, visit.where.lane ?? '', visit.from), undefined, visit.to);
      }
    }
  };

  return {
    site,
    begin: (kind, where, label) => begin(kind, where, label),
    end: (id, outcome) => end(id, outcome),
    workStarts(where) {
      work = { start: now(), site: where, seen: [] };
      lastLook = -Infinity;
    },
    workEnds() {
      if (!work) return;
      const stretch = work;
      work = null;
      const until = now();
      if (until - stretch.start >= BUSY_MS && !capped) blocks(stretch, until);
    },
    clockRead() {
      if (!work || capped) return;
      const t = now();
      if (t - lastLook < SAMPLE_EVERY_MS) return;
      lastLook = t;
      site();
    },
  };
}
