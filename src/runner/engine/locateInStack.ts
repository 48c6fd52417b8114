/**
 * Reads the sample's own frames in an error's stack. V8 writes frames as
 * `at fn (url:line:column)`, or `at url:line:column` for code outside any
 * function; the sample's module has a name only its host knows (its
 * `sourceURL` in the browser, a temporary file in Node).
 */
import { START_MARK } from './runProgram';
import type { SourcePosition } from './transpile';

/** One frame of the sample's own code: the function running there (null: none, or unnamed). */
export interface SampleFrame extends SourcePosition {
  name: string | null;
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The sample's frames, innermost first. */
export function sampleFrames(error: unknown, moduleUrl: string): SampleFrame[] {
  const stack = error instanceof Error ? String(error.stack ?? '') : '';
  const frame = new RegExp(`^\\s*at (?:(?:async )?(.+?) \\()?${escaped(moduleUrl)}:(\\d+):(\\d+)\\)?$`, 'gm');
  return Array.from(stack.matchAll(frame), (match) => {
    const line = Number(match[2]);
    const column = Number(match[3]);
    // V8 names a frame `Class.method`, `Object.<anonymous>` or `new Class`; keep what the code says.
    const name = match[1]?.replace(/^new /, '') ?? null;
    return {
      name: name === null || name.includes('<anonymous>') ? null : name,
      line,
      // The runner put its start mark in front of line 1.
      column: line === 1 ? Math.max(1, column - START_MARK.length) : column,
    };
  });
}
