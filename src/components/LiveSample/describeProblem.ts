/**
 * Words the runner's problems in the reader's language. The engine reports
 * what happened (kind, text, position); only the page knows the locale. A
 * position in the reader's code is also given as a link: where in the line's
 * text it is named, so the console can make it a control that shows it.
 */
import { translate } from '@docusaurus/Translate';
import type { CrashReason, Problem } from '@site/src/runner/engine/protocol';

/** A place in the reader's code that a console line names, as `text.slice(start, end)`. */
export interface LineLink {
  line: number;
  /** 1-based; null when only the line is known (a traceback's). */
  column: number | null;
  start: number;
  end: number;
  /** The run's problem itself, or a line of a Python traceback. */
  source: 'problem' | 'traceback';
}

// Stand-ins for the position and the program's text while the message is translated, so the
// position's place in the translated sentence is known whatever the locale's word order.
const AT = '\ue000';
const TEXT = '\ue001';

export function describeProblem({ kind, text, position }: Problem): { text: string; link: LineLink | null } {
  const at = position
    ? translate(
        {
          id: 'liveSample.problem.position',
          message: 'line {line}, column {column}',
          description: 'Where an error is in the editor',
        },
        { line: position.line, column: position.column },
      )
    : '';
  let described = '';
  let link: LineLink | null = null;
  for (const part of sentence(kind, at ? AT : '').split(new RegExp(`(${AT}|${TEXT})`))) {
    if (part === AT && position) {
      link = { ...position, start: described.length, end: described.length + at.length, source: 'problem' };
      described += at;
    } else {
      described += part === TEXT ? text : part;
    }
  }
  return { text: described, link };
}

/** CPython's traceback naming a line of the reader's file (`  File "main.py", line 5, in f`). */
export function tracebackLink(text: string): LineLink | null {
  const match = /^\s*File "main\.py", (line (\d+))/.exec(text);
  if (!match) return null;
  const end = match[0].length;
  return { line: Number(match[2]), column: null, start: end - match[1].length, end, source: 'traceback' };
}

/** The problem's sentence, with `at` for its position and TEXT for what the program reported. */
function sentence(kind: Problem['kind'], at: string): string {
  const text = TEXT;
  switch (kind) {
    case 'syntax':
      return translate(
        {
          id: 'liveSample.problem.syntax',
          message: 'The code does not parse ({at}): {text}',
          description: 'A syntax error in the edited sample',
        },
        { at: at || '?', text },
      );
    case 'uncaught':
      return at
        ? translate(
            {
              id: 'liveSample.problem.uncaughtAt',
              message: 'Uncaught exception at {at}: {text}',
              description: 'An exception nobody caught, with its place',
            },
            { at, text },
          )
        : translate(
            {
              id: 'liveSample.problem.uncaught',
              message: 'Uncaught exception: {text}',
              description: 'An exception nobody caught',
            },
            { text },
          );
    case 'unhandled-rejection':
      return translate(
        {
          id: 'liveSample.problem.unhandledRejection',
          message: 'Unhandled promise rejection: {text}',
          description: 'A rejected promise that nobody handled',
        },
        { text },
      );
    case 'load-failed':
      return translate(
        {
          id: 'liveSample.problem.loadFailed',
          message:
            'The Python runtime could not be downloaded ({text}). Check the connection and press Run again.',
          description: 'The Python runtime failed to download',
        },
        { text },
      );
    case 'unsettled':
      return translate({
        id: 'liveSample.problem.unsettled',
        message:
          'The program ended while a top-level await was still waiting for a promise that nothing can settle.',
        description:
          'The program is idle but its top-level await never finished (Node exits with code 13 here)',
      });
  }
}

export function describeCrash(reason: CrashReason): string {
  return reason === 'unresponsive'
    ? translate({
        id: 'liveSample.problem.crash',
        message:
          'The sandbox stopped answering (did the program use up its memory?). A fresh one is ready: press Run to try again.',
        description: 'The sandbox process died or hung without reporting; it has been replaced',
      })
    : translate({
        id: 'liveSample.problem.workerError',
        message: 'The runner could not start this program. Press Run to try again.',
        description: 'The worker that runs the sample failed before the program could report anything',
      });
}

export function describeTruncated(count: number): string {
  return translate(
    {
      id: 'liveSample.truncated',
      message: '… {count} more lines not shown',
      description: 'Output cap notice',
    },
    { count },
  );
}
