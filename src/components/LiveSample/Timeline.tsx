/**
 * The run drawn on a time axis shared with the console's stamps: a lane per function (TypeScript)
 * or Task (Python), a bar per wait, blocking stretch and thread, a tick per console line. Bars are
 * buttons: hovering or focusing one tells its times and lights its line in the editor. The same
 * events are a table for anyone who would rather read them. Plain elements positioned in percent
 * of the run's length: a thousand bars cost no library and no canvas, and the box scrolls sideways
 * on a narrow screen rather than shrink the bars to nothing.
 */
import React, { memo, useCallback, useMemo, useState, type CSSProperties, type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import type { Span, SpanKind, WorkerKind } from '@site/src/runner/engine/protocol';
import { formatStamp } from './Console';
import { axisTicks, layoutLanes, mostAtOnce, timelineExtent, type Tick } from './timelineLayout';
import type { Timeline as Recorded } from './useSandboxRun';
import styles from './timeline.module.css';

interface Props {
  kind: WorkerKind;
  timeline: Recorded;
  lines: readonly Tick[];
  /** The run's length once it has ended. */
  total: number | null;
  /** A moment the reader chose in the console, marked across the lanes. */
  marker: number | null;
  /** Lights a line of the editor (null: none). */
  onShowLine: (line: number | null) => void;
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

function kindName(kind: SpanKind): string {
  switch (kind) {
    case 'wait':
      return translate({
        id: 'liveSample.timeline.kind.wait',
        message: 'Waiting',
        description: 'Timeline: a timer or sleep',
      });
    case 'busy':
      return translate({
        id: 'liveSample.timeline.kind.busy',
        message: 'Blocking',
        description: 'Timeline: code that held the thread (or the event loop)',
      });
    case 'task':
      return translate({
        id: 'liveSample.timeline.kind.task',
        message: 'Task',
        description: 'Timeline: a Python asyncio Task',
      });
    case 'thread':
      return translate({
        id: 'liveSample.timeline.kind.thread',
        message: 'Thread',
        description: 'Timeline: a worker thread',
      });
  }
}

function laneName(key: string | null, kind: WorkerKind, task: Span | null): string {
  if (key === null) {
    return kind === 'python'
      ? translate({
          id: 'liveSample.timeline.lane.loop',
          message: 'the loop (outside any task)',
          description: 'Timeline lane of Python code that runs outside any asyncio Task',
        })
      : translate({
          id: 'liveSample.timeline.lane.top',
          message: 'top level',
          description: "Timeline lane of code at the module's top level, outside any function",
        });
  }
  const thread = /^thread:(\d+)$/.exec(key);
  if (thread) {
    return translate(
      {
        id: 'liveSample.timeline.lane.thread',
        message: 'thread {n}',
        description: 'Timeline lane of the n-th thread',
      },
      { n: thread[1] },
    );
  }
  return task ? `${key} · ${task.label}` : key;
}

/** A bar's accessible name and tooltip: what, where, when and how long (or that it still runs). */
function describeSpan(span: Span, lane: string): string {
  const outcome =
    span.outcome === 'cancelled'
      ? translate({
          id: 'liveSample.timeline.cancelled',
          message: ' (cancelled)',
          description: 'After a cancelled span',
        })
      : span.outcome === 'failed'
        ? translate({
            id: 'liveSample.timeline.failed',
            message: ' (raised)',
            description: 'After a Task that raised',
          })
        : '';
  const inline = span.inline
    ? translate({
        id: 'liveSample.timeline.inline',
        message: ' — ran inline: the browser gives Python no threads',
        description: 'After a to_thread / run_in_executor call that ran in the same thread in the browser',
      })
    : '';
  const values = {
    kind: kindName(span.kind),
    label: span.label || lane,
    lane,
    start: formatStamp(span.start),
  };
  const what =
    span.end === null
      ? translate(
          {
            id: 'liveSample.timeline.barOpen',
            message: '{kind}: {label} in {lane}, from {start} (still running)',
            description: 'Accessible name of a timeline bar that has not ended yet',
          },
          values,
        )
      : translate(
          {
            id: 'liveSample.timeline.bar',
            message: '{kind}: {label} in {lane}, {start} to {end} ({duration} s)',
            description: 'Accessible name of a timeline bar',
          },
          { ...values, end: formatStamp(span.end), duration: seconds(span.end - span.start) },
        );
  return what + outcome + inline;
}

/** Lanes drawn at most: a thousand Tasks' lanes are no picture, and each lane costs the page. */
const MAX_LANES = 40;

/** A row's height (px); a lane of many overlapping bars squeezes its rows to stay under LANE_PX. */
const ROW_PX = 14;
const LANE_PX = 240;

/**
 * Left and width in milliseconds, scaled by the chart's `--per-ms` (a percentage per ms); an open
 * span reaches the chart's `--now`. As the run grows, two custom properties change, not a thousand
 * bars' styles, and the bars (memo) do not render again.
 */
function place(start: number, end: number | null): CSSProperties {
  const length = end === null ? `(var(--now) - ${start.toFixed(2)})` : (end - start).toFixed(2);
  return {
    left: `calc(var(--per-ms) * ${start.toFixed(2)})`,
    width: `calc(var(--per-ms) * ${length})`,
  };
}

interface BarProps {
  span: Span;
  row: number;
  name: string;
}

/** A bar's test contract (README: The run timeline): the same for a Task's background and a bar. */
function contract(span: Span) {
  return {
    'data-bar': '',
    'data-kind': span.kind,
    'data-start': Math.round(span.start),
    'data-end': span.end === null ? '' : Math.round(span.end),
    'data-lane': span.lane ?? '',
    'data-outcome': span.outcome,
    'data-inline': span.inline ? '' : undefined,
  };
}

/** A bar: hover and focus are handled once for the whole chart, so a bar is only its element. */
const Bar = memo(function Bar({ span, row, name }: BarProps) {
  return (
    <button
      type="button"
      className={styles.bar}
      {...contract(span)}
      data-id={span.id}
      aria-label={name}
      title={name}
      style={{ ...place(span.start, span.end), top: `calc(var(--row) * ${row} + 2px)` }}
    />
  );
});

/** A lane's console lines; they only grow during a run, so the same count is the same ticks. */
const Ticks = memo(
  function Ticks({ ticks }: { ticks: number[] }) {
    return ticks.map((t, index) => (
      <span key={index} className={styles.tick} data-tick="" style={{ left: place(t, t).left }} />
    ));
  },
  (before, after) => before.ticks.length === after.ticks.length,
);

export default function Timeline({ kind, timeline, lines, total, marker, onShowLine }: Props): ReactNode {
  const spans = useMemo(() => timeline.spans.filter(Boolean), [timeline.spans]);
  const extent = timelineExtent(spans, lines, total);
  const lanes = useMemo(() => layoutLanes(spans, lines), [spans, lines]);
  const [shown, setShown] = useState<Span | null>(null);
  const names = new Map(lanes.map((lane) => [lane.key, laneName(lane.key, kind, lane.task)]));
  // A span's version is one object: its name is worded once, not on every batch of a run.
  const [nameCache] = useState(() => new WeakMap<Span, string>());
  const nameOf = (span: Span, lane: string) => {
    let name = nameCache.get(span);
    if (name === undefined) nameCache.set(span, (name = describeSpan(span, lane)));
    return name;
  };
  const byId = useMemo(() => new Map(spans.map((span) => [span.id, span])), [spans]);
  /** Hover and focus, for every bar of the chart at once: the bar's id is on its element. */
  const show = useCallback(
    (target: EventTarget | null) => {
      const id =
        target instanceof HTMLElement ? target.closest<HTMLElement>('[data-id]')?.dataset.id : undefined;
      const span = id === undefined ? null : (byId.get(Number(id)) ?? null);
      setShown(span);
      onShowLine(span?.line ?? null);
    },
    [byId, onShowLine],
  );
  if (lanes.length === 0) return null;
  const waits = spans.filter((span) => span.kind === 'wait');
  const blocked = spans
    .filter((span) => span.kind === 'busy')
    .reduce((sum, s) => sum + ((s.end ?? extent) - s.start), 0);
  const title = translate({
    id: 'liveSample.timeline',
    message: 'Timeline',
    description: 'Heading of the run timeline',
  });
  return (
    <section className={styles.timeline} data-testid="timeline" aria-label={title}>
      <div className={styles.head}>
        <strong>{title}</strong>
        <span data-testid="timeline-summary">
          {translate(
            {
              id: 'liveSample.timeline.summary',
              message: '{waits} waits, at most {most} at once; blocked for {blocked} s',
              description:
                'Timeline summary: how many waits, how many overlapped at most, how long code blocked',
            },
            { waits: waits.length, most: mostAtOnce(waits), blocked: seconds(blocked) },
          )}
        </span>
        <span className={styles.legend} aria-hidden="true">
          {(['wait', 'busy', 'thread', ...(kind === 'python' ? (['task'] as const) : [])] as SpanKind[]).map(
            (k) => (
              <span key={k} data-legend={k}>
                {kindName(k)}
              </span>
            ),
          )}
        </span>
      </div>
      <div className={styles.scroll} data-testid="timeline-scroll">
        <div
          className={styles.chart}
          style={{ '--per-ms': `${100 / extent}%`, '--now': extent } as CSSProperties}
          onMouseOver={(event) => show(event.target)}
          onMouseLeave={() => show(null)}
          onFocus={(event) => show(event.target)}
          onBlur={() => show(null)}
        >
          {lanes.slice(0, MAX_LANES).map((lane) => (
            <div className={styles.lane} key={lane.key ?? ''} data-lane-row={lane.key ?? ''}>
              <div className={styles.laneName}>{names.get(lane.key)}</div>
              <div
                className={styles.track}
                style={
                  {
                    '--row': `${Math.max(3, Math.min(ROW_PX, Math.floor(LANE_PX / lane.rows)))}px`,
                    height: `calc(var(--row) * ${lane.rows} + 4px)`,
                  } as CSSProperties
                }
              >
                {lane.task ? (
                  <div
                    className={styles.task}
                    {...contract(lane.task)}
                    role="img"
                    aria-label={describeSpan(lane.task, names.get(lane.key)!)}
                    style={place(lane.task.start, lane.task.end)}
                  />
                ) : null}
                {lane.bars.map(({ span, row }) => (
                  <Bar key={span.id} span={span} row={row} name={nameOf(span, names.get(lane.key)!)} />
                ))}
                <Ticks ticks={lane.ticks} />
              </div>
            </div>
          ))}
          <div className={styles.axis} aria-hidden="true">
            {axisTicks(extent).map((t) => (
              <span key={t} style={{ left: place(t, t).left }}>
                {formatStamp(t)}
              </span>
            ))}
          </div>
          {marker !== null ? (
            <div
              className={styles.marker}
              data-testid="timeline-marker"
              data-t={Math.round(marker)}
              // The chart's width includes the lane names' column: the marker is placed past it.
              style={{ left: `calc(var(--names) + (100% - var(--names)) * ${Math.min(1, marker / extent)})` }}
            />
          ) : null}
        </div>
      </div>
      <div className={styles.details} data-testid="timeline-details" aria-live="polite">
        {shown ? describeSpan(byId.get(shown.id) ?? shown, names.get(shown.lane) ?? '') : ''}
      </div>
      {lanes.length > MAX_LANES ? (
        <p className={styles.capped} data-testid="timeline-more-lanes">
          {translate(
            {
              id: 'liveSample.timeline.moreLanes',
              message: '{count} more lanes are not drawn; the table below lists every event.',
              description: 'Under the timeline when the run has more lanes than it draws',
            },
            { count: lanes.length - MAX_LANES },
          )}
        </p>
      ) : null}
      {timeline.capped ? (
        <p className={styles.capped} data-testid="timeline-capped">
          {translate(
            {
              id: 'liveSample.timeline.capped',
              message: 'Only the first {limit} events are drawn.',
              description: 'Under the timeline when the run recorded more events than it keeps',
            },
            { limit: spans.length },
          )}
        </p>
      ) : null}
      <EventTable spans={spans} names={names} extent={extent} />
    </section>
  );
}

/** The same events as a table: for screen readers, and for anyone who wants the numbers. */
function EventTable({
  spans,
  names,
  extent,
}: {
  spans: Span[];
  names: Map<string | null, string>;
  extent: number;
}): ReactNode {
  const [open, setOpen] = useState(false);
  return (
    <details className={styles.table} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {translate({
          id: 'liveSample.timeline.table',
          message: 'The same events as a table',
          description: 'Summary of the disclosure that shows the timeline as a table',
        })}
      </summary>
      {open ? (
        <table data-testid="timeline-table">
          <thead>
            <tr>
              <th>
                {translate({
                  id: 'liveSample.timeline.column.kind',
                  message: 'Kind',
                  description: 'Timeline table column',
                })}
              </th>
              <th>
                {translate({
                  id: 'liveSample.timeline.column.lane',
                  message: 'Lane',
                  description: 'Timeline table column',
                })}
              </th>
              <th>
                {translate({
                  id: 'liveSample.timeline.column.what',
                  message: 'What',
                  description: 'Timeline table column',
                })}
              </th>
              <th>
                {translate({
                  id: 'liveSample.timeline.column.start',
                  message: 'Start',
                  description: 'Timeline table column',
                })}
              </th>
              <th>
                {translate({
                  id: 'liveSample.timeline.column.end',
                  message: 'End',
                  description: 'Timeline table column',
                })}
              </th>
              <th>
                {translate({
                  id: 'liveSample.timeline.column.line',
                  message: 'Line',
                  description: 'Timeline table column',
                })}
              </th>
            </tr>
          </thead>
          <tbody>
            {spans.map((span) => (
              <tr key={span.id}>
                <td>{kindName(span.kind)}</td>
                <td>{names.get(span.lane)}</td>
                <td>
                  <code>{span.label}</code>
                </td>
                <td>{formatStamp(span.start)}</td>
                <td>{formatStamp(span.end ?? extent)}</td>
                <td>{span.line ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </details>
  );
}
