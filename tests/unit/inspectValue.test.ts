/**
 * The page's console formatter must print what Node's console.log prints:
 * each case is checked against the real util.format of this Node.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { format } from 'node:util';
import { formatLogArgs } from '../../src/runner/engine/formatLogArgs';
import { inspectValue, quoteString } from '../../src/runner/engine/inspectValue';

class Point {
  constructor(
    public x: number,
    public y: number,
  ) {}
}
class Empty {}
const circular: Record<string, unknown> = { name: 'loop' };
circular.self = circular;
const mutual: Record<string, unknown> = { a: 1 };
mutual.inner = { back: mutual, list: [mutual] };
const stackless = (error: Error) => {
  // The runner prints errors without their stack; so does Node when there is none.
  Object.defineProperty(error, 'stack', { value: undefined });
  return error;
};

const cases: [string, unknown[]][] = [
  ['strings print raw at the top level', ['hello', 'world']],
  ['numbers, -0, NaN, bigint', [1, -0, 3.5, NaN, Infinity, 12345678901234567890n]],
  ['booleans, null, undefined', [true, false, null, undefined]],
  ['symbols', [Symbol('id'), Symbol()]],
  ['arrays', [[1, 2, 3], [], ['a', "it's"], [[1, [2, [3, [4]]]]]]],
  ['long arrays are grouped into columns', [Array.from({ length: 30 }, (_, i) => i * 7)]],
  ['long arrays of strings', [Array.from({ length: 12 }, (_, i) => `item-${i}`)]],
  ['arrays over 100 items', [Array.from({ length: 120 }, (_, i) => i)]],
  ['sparse arrays', [[1, , 3]]],
  ['objects', [{ a: 1, b: 'two', 'needs-quotes': true, [Symbol('s')]: 1 }, {}]],
  ['nested objects past depth 2', [{ a: { b: { c: { d: 1 } } } }]],
  [
    'objects wider than 80 columns',
    [{ alpha: 'aaaaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbbbb', gamma: 'cccccccccccccccc', delta: 1 }],
  ],
  ['class instances', [new Point(1, 2), new Empty()]],
  ['null prototype', [Object.create(null)]],
  [
    'Map and Set',
    [
      new Map<unknown, unknown>([
        ['a', 1],
        [2, { b: 3 }],
      ]),
      new Set([1, 'x']),
      new Map(),
      new Set(),
    ],
  ],
  ['functions and classes', [function named() {}, () => {}, async function run() {}, Point]],
  ['errors without stack', [stackless(new Error('boom')), stackless(new TypeError('bad type'))]],
  ['an error inside an object', [{ error: stackless(new RangeError('too far')) }]],
  ['circular references', [circular, mutual]],
  ['dates and regexps', [new Date(0), /a+b/gi]],
  ['quotes and escapes', [['a\nb', 'tab\there', `both ' and "`, 'back\\slash']]],
  [
    'long strings inside objects split on newlines',
    [{ text: 'line one is long enough\nline two is long enough too\nline three ends it here' }],
  ],
  // %o also shows hidden properties in Node (an array's [length]); the runner does not.
  [
    'format specifiers',
    ['%s is %d years and %i, %f, %j %o %O %%', 'Bob', 42.5, 7.9, '1.5', { a: 1 }, { c: 1 }, { b: 2 }],
  ],
  ['%s with objects and extra arguments', ['value: %s', { a: 1 }, 'extra', 3]],
  ['a lone %', ['100%', 5]],
];

for (const [name, args] of cases) {
  test(`console.log: ${name}`, () => {
    assert.equal(formatLogArgs(args), format(...args));
  });
}

test('inspectValue quotes strings as Node does', () => {
  assert.equal(inspectValue('plain'), "'plain'");
  assert.equal(quoteString("it's"), `"it's"`);
  assert.equal(quoteString(`it's "quoted"`), '`it\'s "quoted"`');
});
