/**
 * Strips TypeScript types from a sample with sucrase, the transpiler react-live
 * already uses. Only types go: ES syntax (modules, top-level await, classes) is
 * kept as written, and sucrase keeps every line where it was, so run-time line
 * numbers match the editor.
 */
import { transform } from 'sucrase';

/** Where in the reader's code something went wrong (1-based, as editors count). */
export interface SourcePosition {
  line: number;
  column: number;
}

export type TranspileResult =
  { ok: true; code: string } | { ok: false; message: string; position: SourcePosition | null };

export function transpile(source: string): TranspileResult {
  try {
    const { code } = transform(source, {
      transforms: ['typescript'],
      disableESTransforms: true,
      keepUnusedImports: true,
    });
    return { ok: true, code };
  } catch (error) {
    const { message, loc } = error as { message?: string; loc?: SourcePosition };
    return {
      ok: false,
      // sucrase appends "(line:column)"; the position is reported on its own.
      message: String(message ?? error).replace(/\s*\(\d+:\d+\)$/, ''),
      position: loc ? { line: loc.line, column: loc.column } : null,
    };
  }
}
