/**
 * Cross-script search queries (issue 17): the forms src/search/crossScript.ts searches for a
 * query, with the tables the build makes from each locale's text (plugins/crossScriptSearch.ts).
 * The browser suite (tests/browser/search.test.ts) checks what they find.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { REGIONAL_TERMS } from '../../config/regionalTerms';
import { crossScriptTable } from '../../plugins/crossScriptSearch';
import { queryForms } from '../../src/search/crossScript';

describe('zh-TW', () => {
  const table = crossScriptTable('zh-TW');
  test('Simplified characters and mainland words become Taiwan ones', () => {
    assert.deepEqual(queryForms('线程', table), ['線程', '執行緒']);
    assert.deepEqual(queryForms('异步', table), ['異步', '非同步']);
    assert.deepEqual(queryForms('协程', table), ['協程']);
    assert.deepEqual(queryForms('事件循环', table), ['事件循環', '事件迴圈']);
    assert.deepEqual(queryForms('gather 线程', table), ['gather 線程', 'gather 執行緒']);
  });
  test('a word of both regions is searched as typed and as Taiwan writes it', () => {
    assert.deepEqual(queryForms('程序', table), ['程序', '程式']);
  });
  test('the locale’s own script and English are searched as typed', () => {
    for (const query of ['執行緒', '非同步', '平台', 'gather', 'TaskGroup'])
      assert.deepEqual(queryForms(query, table), [query]);
  });
});

describe('zh-CN', () => {
  const table = crossScriptTable('zh-CN');
  test('Traditional characters and Taiwan words become mainland ones', () => {
    assert.deepEqual(queryForms('執行緒', table), ['执行绪', '线程']);
    assert.deepEqual(queryForms('協程', table), ['协程']);
    assert.deepEqual(queryForms('事件迴圈', table), ['事件回圈', '事件循环']);
  });
  test('a word of both scripts is searched as typed and as the mainland says it', () => {
    assert.deepEqual(queryForms('非同步', table), ['非同步', '异步']);
    assert.deepEqual(queryForms('程式', table), ['程式', '程序']);
  });
  test('the locale’s own script and English are searched as typed', () => {
    for (const query of ['线程', '异步', '什么', 'gather'])
      assert.deepEqual(queryForms(query, table), [query]);
  });
});

test('en searches every query as typed', () => {
  assert.deepEqual(queryForms('线程', crossScriptTable('en')), ['线程']);
});

test('every term of the list is converted in both directions', () => {
  const tw = crossScriptTable('zh-TW');
  const cn = crossScriptTable('zh-CN');
  for (const { taiwan, mainland } of REGIONAL_TERMS) {
    assert.ok(queryForms(mainland, tw).includes(taiwan), `${mainland} → ${taiwan}`);
    assert.ok(queryForms(taiwan, cn).includes(mainland), `${taiwan} → ${mainland}`);
  }
});
