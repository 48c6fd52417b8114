/**
 * A browser-safe port of the parts of Node's `util.inspect` that console programs
 * print: primitives, arrays, plain and class objects, Map, Set, functions, classes,
 * errors, dates, regexps and circular references, with Node's line breaking
 * (breakLength 80, compact 3, depth 2, array grouping).
 *
 * Follows nodejs/node lib/internal/util/inspect.js (v20) rule for rule, so the
 * unit tests can compare it with the real `util.inspect`. Deliberate difference:
 * errors print without their stack (a sandbox stack names blob: URLs, not the
 * reader's code), which is what Node prints for an error with no stack.
 */

interface Context {
  seen: object[];
  circular?: Map<object, number>;
  indentationLvl: number;
  currentDepth: number;
  depth: number;
}

const BREAK_LENGTH = 80;
const COMPACT = 3;
const MAX_ARRAY_LENGTH = 100;
const MIN_LINE_WIDTH = 16;
const IDENTIFIER = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const ESCAPES: Record<string, string> = {
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\f': '\\f',
  '\r': '\\r',
  '\\': '\\\\',
};

/** Quotes a string the way Node does: single quotes unless the text holds them. */
export function quoteString(str: string): string {
  let quote = "'";
  if (str.includes("'")) {
    if (!str.includes('"')) quote = '"';
    else if (!str.includes('`') && !str.includes('${')) quote = '`';
  }
  let out = '';
  for (const ch of str) {
    const code = ch.charCodeAt(0);
    if (ch === quote) out += `\\${quote}`;
    else if (ESCAPES[ch]) out += ESCAPES[ch];
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
    else out += ch;
  }
  return quote + out + quote;
}

/** Formats any value as Node's `util.inspect(value)` would with default options. */
export function inspectValue(value: unknown, depth = 2): string {
  return formatValue({ seen: [], indentationLvl: 0, currentDepth: 0, depth }, value, 0);
}

function formatValue(ctx: Context, value: unknown, recurseTimes: number): string {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx, value);
  }
  if (value === null) return 'null';
  if (ctx.seen.includes(value)) {
    ctx.circular ??= new Map();
    let index = ctx.circular.get(value);
    if (index === undefined) {
      index = ctx.circular.size + 1;
      ctx.circular.set(value, index);
    }
    return `[Circular *${index}]`;
  }
  return formatRaw(ctx, value, recurseTimes);
}

function formatPrimitive(ctx: Context, value: unknown): string {
  if (typeof value === 'string') {
    if (value.length > MIN_LINE_WIDTH && value.length > BREAK_LENGTH - ctx.indentationLvl - 4) {
      return value
        .split(/(?<=\n)/)
        .map(quoteString)
        .join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`);
    }
    return quoteString(value);
  }
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : `${value}`;
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return value.toString();
  return String(value);
}

function constructorName(obj: object): string | null {
  let proto: object | null = obj;
  while (proto !== null) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'constructor');
    const value: unknown = descriptor?.value;
    if (typeof value === 'function' && value.name !== '') return value.name;
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  return null;
}

function prefixOf(constructor: string | null, tag: string, fallback: string, size = ''): string {
  if (constructor === null) {
    return tag !== '' && fallback !== tag
      ? `[${fallback}${size}: null prototype] [${tag}] `
      : `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

function ownKeys(value: object, skipIndices: boolean): PropertyKey[] {
  const keys: PropertyKey[] = Object.keys(value).filter(
    (key) => !(skipIndices && /^(0|[1-9][0-9]*)$/.test(key)),
  );
  for (const symbol of Object.getOwnPropertySymbols(value)) {
    if (Object.prototype.propertyIsEnumerable.call(value, symbol)) keys.push(symbol);
  }
  return keys;
}

function formatRaw(ctx: Context, value: object, recurseTimes: number): string {
  const constructor = constructorName(value);
  let tag = '';
  const rawTag = (value as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag];
  if (typeof rawTag === 'string' && rawTag !== '') tag = rawTag;
  let base = '';
  let braces: [string, string];
  let isArrayLike = false;
  let entries: () => string[] = () => [];
  let keys: PropertyKey[];

  if (Array.isArray(value)) {
    keys = ownKeys(value, true);
    const prefix =
      constructor !== 'Array' || tag !== '' ? prefixOf(constructor, tag, 'Array', `(${value.length})`) : '';
    braces = [`${prefix}[`, ']'];
    if (value.length === 0 && keys.length === 0) return `${braces[0]}]`;
    isArrayLike = true;
    entries = () => formatArray(ctx, value, recurseTimes);
  } else if (value instanceof Set || value instanceof Map) {
    const isSet = value instanceof Set;
    keys = ownKeys(value, false);
    const prefix = prefixOf(constructor, tag, isSet ? 'Set' : 'Map', `(${value.size})`);
    if (value.size === 0 && keys.length === 0) return `${prefix}{}`;
    braces = [`${prefix}{`, '}'];
    entries = () => formatCollection(ctx, value, recurseTimes);
  } else {
    keys = ownKeys(value, false);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      base = functionBase(value as (...args: never[]) => unknown, constructor, tag);
    } else if (value instanceof RegExp) {
      base = RegExp.prototype.toString.call(value);
    } else if (value instanceof Date) {
      base = Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
    } else if (value instanceof Error) {
      base = `[${errorText(value)}]`;
      keys = keys.filter((key) => key !== 'stack' && key !== 'message');
    } else if (constructor === 'Object' && tag === '') {
      if (keys.length === 0) return '{}';
    } else {
      braces[0] = `${prefixOf(constructor, tag, 'Object')}{`;
      if (keys.length === 0) return `${braces[0]}}`;
    }
    if (base !== '' && keys.length === 0) return base;
  }

  if (recurseTimes > ctx.depth) {
    const name = prefixOf(constructor, tag, 'Object').slice(0, -1);
    return constructor === null ? name : `[${name}]`;
  }
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  const output = entries();
  for (const key of keys) {
    output.push(formatProperty(ctx, value, recurseTimes, key, isArrayLike));
  }
  const index = ctx.circular?.get(value);
  if (index !== undefined) {
    const reference = `<ref *${index}>`;
    base = base === '' ? reference : `${reference} ${base}`;
  }
  ctx.seen.pop();
  return reduceToSingleString(ctx, output, base, braces, isArrayLike, recurseTimes, value);
}

/** `Name: message`, as Node prints an error's first line. */
export function errorText(error: Error): string {
  const name = error.name || 'Error';
  return error.message ? `${name}: ${error.message}` : name;
}

function functionBase(fn: (...args: never[]) => unknown, constructor: string | null, tag: string): string {
  const source = Function.prototype.toString.call(fn);
  if (source.startsWith('class') && source.endsWith('}')) {
    const name = fn.name === '' ? '(anonymous)' : fn.name;
    const parent = Object.getPrototypeOf(fn) as { name?: string } | null;
    return parent && parent.name ? `[class ${name} extends ${parent.name}]` : `[class ${name}]`;
  }
  let type = 'Function';
  if (tag === 'GeneratorFunction' || tag === 'AsyncGeneratorFunction') type = `Generator${type}`;
  if (tag === 'AsyncFunction' || tag === 'AsyncGeneratorFunction') type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  base += fn.name === '' ? ' (anonymous)' : `: ${fn.name}`;
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function formatArray(ctx: Context, value: unknown[], recurseTimes: number): string[] {
  const length = Math.min(MAX_ARRAY_LENGTH, value.length);
  const output: string[] = [];
  let holes = 0;
  const flushHoles = () => {
    if (holes > 0) output.push(`<${holes} empty item${holes > 1 ? 's' : ''}>`);
    holes = 0;
  };
  for (let i = 0; i < length; i++) {
    if (!Object.prototype.hasOwnProperty.call(value, i)) {
      holes++;
      continue;
    }
    flushHoles();
    output.push(formatProperty(ctx, value, recurseTimes, i, true));
  }
  flushHoles();
  const remaining = value.length - length;
  if (remaining > 0) output.push(`... ${remaining} more item${remaining > 1 ? 's' : ''}`);
  return output;
}

function formatCollection(
  ctx: Context,
  value: Set<unknown> | Map<unknown, unknown>,
  recurseTimes: number,
): string[] {
  const output: string[] = [];
  ctx.indentationLvl += 2;
  if (value instanceof Set) {
    for (const item of value) output.push(formatValue(ctx, item, recurseTimes));
  } else {
    for (const [k, v] of value) {
      output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
    }
  }
  ctx.indentationLvl -= 2;
  return output;
}

function formatProperty(
  ctx: Context,
  value: object,
  recurseTimes: number,
  key: PropertyKey,
  isArrayEntry: boolean,
): string {
  const descriptor = Object.getOwnPropertyDescriptor(value, key) ?? {
    value: (value as Record<PropertyKey, unknown>)[key],
    enumerable: true,
  };
  let str: string;
  if (descriptor.value !== undefined) {
    ctx.indentationLvl += 2;
    str = formatValue(ctx, descriptor.value, recurseTimes);
    ctx.indentationLvl -= 2;
  } else if (descriptor.get !== undefined) {
    str = descriptor.set !== undefined ? '[Getter/Setter]' : '[Getter]';
  } else if (descriptor.set !== undefined) {
    str = '[Setter]';
  } else {
    str = 'undefined';
  }
  if (isArrayEntry) return str;
  let name: string;
  if (typeof key === 'symbol') name = `[${key.toString()}]`;
  else if (key === '__proto__') name = "['__proto__']";
  else if (IDENTIFIER.test(String(key))) name = String(key);
  else name = quoteString(String(key));
  return `${name}: ${str}`;
}

function isBelowBreakLength(output: string[], start: number, base: string): boolean {
  let totalLength = output.length + start;
  if (totalLength + output.length > BREAK_LENGTH) return false;
  for (const entry of output) {
    totalLength += entry.length;
    if (totalLength > BREAK_LENGTH) return false;
  }
  return base === '' || !base.includes('\n');
}

function reduceToSingleString(
  ctx: Context,
  output: string[],
  base: string,
  braces: [string, string],
  isArrayLike: boolean,
  recurseTimes: number,
  value: object,
): string {
  const entries = output.length;
  if (isArrayLike && entries > 6) output = groupArrayElements(ctx, output, value as unknown[]);
  if (ctx.currentDepth - recurseTimes < COMPACT && entries === output.length) {
    const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
    if (isBelowBreakLength(output, start, base)) {
      const joined = output.join(', ');
      if (!joined.includes('\n')) {
        return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
      }
    }
  }
  const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
  return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
}

/** Lays long arrays of short entries out in columns, as Node does. */
function groupArrayElements(ctx: Context, output: string[], value: unknown[]): string[] {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  if (value.length > MAX_ARRAY_LENGTH) outputLength--;
  const separatorSpace = 2;
  const dataLen: number[] = [];
  for (let i = 0; i < outputLength; i++) {
    const len = output[i].length;
    dataLen.push(len);
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + ctx.indentationLvl < BREAK_LENGTH && (totalLength / actualMax > 5 || maxLength <= 6)) {
    const averageBias = Math.sqrt(actualMax - totalLength / output.length);
    const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    const columns = Math.min(
      Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
      Math.floor((BREAK_LENGTH - ctx.indentationLvl) / actualMax),
      COMPACT * 4,
      15,
    );
    if (columns <= 1) return output;
    const maxLineLength: number[] = [];
    for (let i = 0; i < columns; i++) {
      let lineLength = 0;
      for (let j = i; j < output.length; j += columns) {
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      }
      maxLineLength.push(lineLength + separatorSpace);
    }
    const padStart = value.every((v) => typeof v === 'number' || typeof v === 'bigint');
    const grouped: string[] = [];
    for (let i = 0; i < outputLength; i += columns) {
      const max = Math.min(i + columns, outputLength);
      let line = '';
      let j = i;
      for (; j < max - 1; j++) {
        const cell = `${output[j]}, `;
        line += padStart ? cell.padStart(maxLineLength[j - i], ' ') : cell.padEnd(maxLineLength[j - i], ' ');
      }
      line += padStart ? output[j].padStart(maxLineLength[j - i] - separatorSpace, ' ') : output[j];
      grouped.push(line);
    }
    if (value.length > MAX_ARRAY_LENGTH) grouped.push(output[outputLength]);
    return grouped;
  }
  return output;
}
