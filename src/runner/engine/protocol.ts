/**
 * The messages a run sends to whoever shows it (the page, or a Node test).
 * Plain data only: they cross postMessage between worker, sandbox and page.
 */
import type { SourcePosition } from './transpile';

export type LogLevel = 'log' | 'info' | 'warn' | 'error';

export type RunStatus = 'idle' | 'running' | 'done' | 'error' | 'stopped';

/** Why a run failed; the page words each kind in the reader's language. */
export type ProblemKind =
  | 'syntax' // the code does not parse
  | 'uncaught' // an exception nobody caught
  | 'unhandled-rejection' // a rejected promise nobody handled
  | 'unsettled'; // the program ended while a top-level await still waited

export interface Problem {
  kind: ProblemKind;
  /** `Name: message` for errors, Node's inspection for anything else thrown. */
  text: string;
  position: SourcePosition | null;
}

export type RunEvent =
  /** One console line; `t` is milliseconds since Run on the sample's clock. */
  | { type: 'line'; level: LogLevel; text: string; t: number }
  /** Lines dropped after the output cap, reported once at the end. */
  | { type: 'truncated'; count: number; t: number }
  | { type: 'problem'; problem: Problem; t: number }
  | { type: 'end'; status: 'done' | 'error'; t: number };

/** What the page asks of a sandbox. */
export type RunRequest = { type: 'run'; source: string; fastForward: boolean };
