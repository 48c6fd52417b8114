/**
 * Shared pieces of the article diagrams: the <figure> frame, arrowheads, labelled
 * boxes, arrows and the event-loop symbol. Colours come from styles.module.css
 * (theme variables), so every diagram reads in light and dark mode.
 */
import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

interface FrameProps {
  /** Marker ids are prefixed with it: unique per figure, as two figures can share a page. */
  name: string;
  /** What the diagram shows, for screen readers (aria-label and <title>). */
  label: string;
  caption: string;
  width: number;
  height: number;
  children: ReactNode;
}

export function FigureFrame({ name, label, caption, width, height, children }: FrameProps): ReactNode {
  return (
    <figure className={styles.figure}>
      <svg className={styles.svg} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
        <title>{label}</title>
        <defs>
          {(['', 'Active'] as const).map((kind) => (
            <marker
              key={kind}
              id={`${name}-arrow${kind}`}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M 0 0 L 10 5 L 0 10 z" className={kind ? styles.headActive : styles.head} />
            </marker>
          ))}
        </defs>
        {children}
      </svg>
      <figcaption className={styles.caption}>{caption}</figcaption>
    </figure>
  );
}

interface TextProps {
  x: number;
  y: number;
  children: string;
  anchor?: 'start' | 'middle' | 'end';
  small?: boolean;
  strong?: boolean;
}

export function Label({ x, y, children, anchor = 'middle', small, strong }: TextProps): ReactNode {
  return (
    <text
      x={x}
      y={y}
      textAnchor={anchor}
      dominantBaseline="central"
      className={clsx(styles.text, small && styles.small, strong && styles.strong)}
    >
      {children}
    </text>
  );
}

interface BoxProps {
  x: number;
  y: number;
  width: number;
  height: number;
  /** A bold first line, and an optional smaller second line (none: the caller labels the box). */
  title?: string;
  note?: string;
  active?: boolean;
  dashed?: boolean;
}

export function Box({ x, y, width, height, title, note, active, dashed }: BoxProps): ReactNode {
  const middle = x + width / 2;
  const centre = y + height / 2;
  return (
    <g>
      <rect
        x={x}
        y={y}
        width={width}
        height={height}
        rx={8}
        className={clsx(active ? styles.active : styles.box, dashed && styles.dashed)}
      />
      {title ? (
        <Label x={middle} y={note ? centre - 9 : centre} strong>
          {title}
        </Label>
      ) : null}
      {note ? (
        <Label x={middle} y={centre + 11} small>
          {note}
        </Label>
      ) : null}
    </g>
  );
}

interface ArrowProps {
  /** The figure's name (see FigureFrame), for its arrowhead markers. */
  figure: string;
  /** An SVG path; straight arrows can use `M x1 y1 L x2 y2`. */
  d: string;
  active?: boolean;
  dashed?: boolean;
}

export function Arrow({ figure, d, active, dashed }: ArrowProps): ReactNode {
  return (
    <path
      d={d}
      className={clsx(active ? styles.lineActive : styles.line, dashed && styles.dashed)}
      markerEnd={`url(#${figure}-arrow${active ? 'Active' : ''})`}
    />
  );
}

interface LoopProps {
  figure: string;
  cx: number;
  cy: number;
  r: number;
  label: string;
}

/** The event loop: a circle with its name, and an arrow going round it three quarters of a turn (clockwise, from the right). */
export function EventLoop({ figure, cx, cy, r, label }: LoopProps): ReactNode {
  const ring = r + 10;
  return (
    <g>
      <circle cx={cx} cy={cy} r={r} className={styles.box} />
      <Arrow figure={figure} d={`M ${cx + ring} ${cy} A ${ring} ${ring} 0 1 1 ${cx} ${cy - ring}`} active />
      <Label x={cx} y={cy} strong>
        {label}
      </Label>
    </g>
  );
}

export const regionClass = styles.region;
