/**
 * Which locale variants the tests may run once for all: only those whose code
 * is the same once comments are dropped. A variant whose strings differ prints
 * differently, so it runs on its own.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pythonShapes, typescriptShape } from '../../scripts/codeShape';
import { findPythons } from '../../scripts/runPython';
import { groupBy } from '../sameProgram';

const keep = { keepStrings: true };

test('TypeScript: comments aside, the same code is one program; a different string is another', () => {
  const zh = typescriptShape("// 等一秒\nconsole.log('done'); /* 完成 */\n", keep);
  const en = typescriptShape("// wait a second\nconsole.log('done');\n", keep);
  const worded = typescriptShape("console.log('完成');\n", keep);
  const template = typescriptShape('console.log(`${1} 秒`);\n', keep);
  assert.equal(zh, en);
  assert.notEqual(zh, worded);
  assert.notEqual(template, typescriptShape('console.log(`${1} s`);\n', keep));
  // The locale-variants shape blanks strings: there, the wording may differ.
  assert.equal(typescriptShape("console.log('done');\n"), typescriptShape("console.log('完成');\n"));
});

test('Python: comments aside, the same code is one program; a different string or f-string text is another', () => {
  const folder = mkdtempSync(join(tmpdir(), 'same-program-'));
  const file = (name: string, code: string) => {
    writeFileSync(join(folder, name), code);
    return join(folder, name);
  };
  const files = [
    file('zh.py', 'print("done")  # 完成\n# 結束\n'),
    file('en.py', 'print("done")  # finished\n# the end\n'),
    file('worded.py', 'print("完成")\n'),
    file('fstring.py', 'n = 1\nprint(f"{n} s")\n'),
    file('fstring-zh.py', 'n = 1\nprint(f"{n} 秒")\n'),
  ];
  const python = findPythons().values().next().value ?? 'python3';
  const [zh, en, worded, fstring, fstringZh] = pythonShapes(python, files, keep);
  assert.equal(zh, en);
  assert.notEqual(zh, worded);
  assert.notEqual(fstring, fstringZh);
});

test('groupBy keeps the order of first appearance', () => {
  assert.deepEqual(groupBy(['first', 'second', 'third'], ['a', 'b', 'a']), [['first', 'third'], ['second']]);
  assert.deepEqual(groupBy(['first', 'second', 'third'], ['a', 'a', 'a']), [['first', 'second', 'third']]);
});
