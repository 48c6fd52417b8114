/**
 * Joins console arguments into one line the way Node's `console.log` does
 * (`util.format`: `%s %d %i %f %j %o %O %c %%` substitutions, then the rest
 * inspected and joined by spaces). Port of formatWithOptionsInternal in
 * nodejs/node lib/internal/util/inspect.js (v20).
 */
import { inspectValue } from './inspectValue';

function hasBuiltInToString(value: object): boolean {
  // Node prints objects with their own toString() through String(): e.g. a class
  // with toString(). Plain objects, arrays and errors are inspected instead.
  let proto: object | null = value;
  while (proto !== null && proto !== Object.prototype) {
    if (Object.prototype.hasOwnProperty.call(proto, 'toString')) {
      const builtIn = [Array.prototype, Error.prototype, Date.prototype, RegExp.prototype];
      return builtIn.includes(proto as never) || proto === Function.prototype;
    }
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  return true;
}

function substitute(spec: number, arg: unknown): string | undefined {
  switch (spec) {
    case 115: // %s
      if (typeof arg === 'number') return Object.is(arg, -0) ? '-0' : `${arg}`;
      if (typeof arg === 'bigint') return `${arg}n`;
      if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) {
        return String(arg);
      }
      return inspectValue(arg, 0);
    case 106: // %j
      try {
        return JSON.stringify(arg);
      } catch {
        return '[Circular]';
      }
    case 100: // %d
      if (typeof arg === 'bigint') return `${arg}n`;
      if (typeof arg === 'symbol') return 'NaN';
      return inspectValue(Number(arg));
    case 79: // %O
      return inspectValue(arg);
    case 111: // %o
      return inspectValue(arg, 4);
    case 105: // %i
      if (typeof arg === 'bigint') return `${arg}n`;
      if (typeof arg === 'symbol') return 'NaN';
      return inspectValue(Number.parseInt(String(arg)));
    case 102: // %f
      if (typeof arg === 'symbol') return 'NaN';
      return inspectValue(Number.parseFloat(String(arg)));
    case 99: // %c: CSS, ignored outside browsers' devtools
      return '';
    default:
      return undefined;
  }
}

/** Formats a console call's arguments into the text Node would print. */
export function formatLogArgs(args: readonly unknown[]): string {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const next = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        if (next === 37) {
          str += first.slice(lastPos, i);
          lastPos = i + 1;
          continue;
        }
        const text = substitute(next, args[a + 1]);
        if (text === undefined) continue;
        a++;
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += text;
        lastPos = i + 1;
      } else if (next === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }
  while (a < args.length) {
    const value = args[a];
    str += join + (typeof value === 'string' ? value : inspectValue(value));
    join = ' ';
    a++;
  }
  return str;
}
