/**
 * Words the runner's problems in the reader's language. The engine reports
 * what happened (kind, text, position); only the page knows the locale.
 */
import { translate } from '@docusaurus/Translate';
import type { CrashReason, Problem } from '@site/src/runner/engine/protocol';

export function describeProblem({ kind, text, position }: Problem): string {
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
