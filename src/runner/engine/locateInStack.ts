/**
 * Finds the sample's own line in an error's stack. V8 writes frames as
 * `at fn (url:line:column)`; the sample's module has a URL only its host knows
 * (a blob: URL in the browser, a temporary file in Node).
 */
import { START_MARK } from './runProgram';
import type { SourcePosition } from './transpile';

export function locateInStack(error: unknown, moduleUrl: string): SourcePosition | null {
  const stack = error instanceof Error ? String(error.stack ?? '') : '';
  const escaped = moduleUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${escaped}:(\\d+):(\\d+)`).exec(stack);
  if (!match) return null;
  const line = Number(match[1]);
  let column = Number(match[2]);
  // The runner put its start mark in front of line 1.
  if (line === 1) column = Math.max(1, column - START_MARK.length);
  return { line, column };
}
