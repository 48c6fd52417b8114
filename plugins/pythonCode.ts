/**
 * A Python sample's code as the phrasebook reads it: tokens only. Comments and
 * the text of string literals are dropped (a comment or a printed message that
 * says "gather" is not a use of gather), names imported with `from m import n`
 * are written out as `m.n`, and `import m as a` is undone, so `Lock()` after
 * `from asyncio import Lock` reads as `asyncio.Lock()` and `sleep()` after
 * `from time import sleep` as `time.sleep()`.
 */

/** A string literal (any prefix, single or triple quotes), or a comment. */
const STRING_OR_COMMENT =
  /(?<![\w])(?:[rRbBuUfF]{1,2})?(?:'''(?:\\[\s\S]|[\s\S])*?'''|"""(?:\\[\s\S]|[\s\S])*?"""|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*")|#[^\n]*/g;

/** Code without comments, every string literal reduced to `""` (f-strings too, with what they interpolate). */
export function stripPython(source: string): string {
  return source.replace(STRING_OR_COMMENT, (match) => (match.startsWith('#') ? '' : '""'));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The code with imports resolved: `from m import n as a` makes `a` read `m.n`; import lines go. */
export function resolveImports(code: string): string {
  const aliases = new Map<string, string>();
  const withoutImports = code
    .replace(
      /^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)/gm,
      (_, module: string, names: string) => {
        for (const item of names.replace(/[()]/g, '').split(',')) {
          const [name, alias] = item.trim().split(/\s+as\s+/);
          if (name && name !== '*') aliases.set(alias ?? name, `${module}.${name}`);
        }
        return '';
      },
    )
    .replace(/^[ \t]*import[ \t]+([^\n]*)/gm, (_, names: string) => {
      for (const item of names.split(',')) {
        const [module, alias] = item.trim().split(/\s+as\s+/);
        if (module && alias) aliases.set(alias, module);
      }
      return '';
    });
  let resolved = withoutImports;
  for (const [alias, full] of aliases) {
    // A bare name only: not an attribute (`queue.Queue`) nor a keyword argument (`sleep=1`).
    resolved = resolved.replace(new RegExp(`(?<![\\w.])${escape(alias)}\\b(?!\\s*=[^=])`, 'g'), full);
  }
  return resolved;
}

/** A sample's Python, read as tokens: what the phrasebook's rows look for. */
export class PythonCode {
  readonly text: string;

  constructor(source: string) {
    this.text = resolveImports(stripPython(source));
  }

  /** How many times `pattern` (made global here) matches. */
  count(pattern: RegExp): number {
    const global = new RegExp(
      pattern.source,
      pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
    );
    return [...this.text.matchAll(global)].length;
  }

  /**
   * The argument text of each call to `name`: a dotted name (`asyncio.gather`) called as written,
   * or, starting with a dot (`.call_soon`), a method of that name on any object.
   */
  calls(name: string): string[] {
    const head = name.startsWith('.')
      ? `\\.\\s*${escape(name.slice(1))}`
      : `(?<![\\w.])${name.split('.').map(escape).join('\\s*\\.\\s*')}`;
    const found: string[] = [];
    for (const match of this.text.matchAll(new RegExp(`${head}\\s*\\(`, 'g'))) {
      const start = match.index + match[0].length;
      let depth = 1;
      let end = start;
      while (end < this.text.length && depth > 0) {
        const char = this.text[end++];
        if ('([{'.includes(char)) depth += 1;
        else if (')]}'.includes(char)) depth -= 1;
      }
      found.push(this.text.slice(start, end - 1).trim());
    }
    return found;
  }
}
