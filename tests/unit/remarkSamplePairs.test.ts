/**
 * Pages name sample pairs by id; the build fills in the code. Authoring
 * mistakes fail the build with the file and the id, and say how to fix them.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import remarkSamplePairs from '../../plugins/remarkSamplePairs';

const root = join(__dirname, '..', '..');
const pair = (id: string) => ({
  type: 'root',
  children: [
    {
      type: 'mdxJsxFlowElement',
      name: 'SamplePair',
      attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }],
    },
  ],
});
const run = (locale: string, file: string, id: string) => {
  const tree = pair(id);
  remarkSamplePairs({ locale, defaultLocale: 'zh-TW' })(tree, { path: join(root, file) });
  return tree.children[0] as unknown as { children: { lang: string; meta: string; value: string }[] };
};

test('a pair gets its live Python and live TypeScript in the locale being built', () => {
  const node = run(
    'en',
    'i18n/en/docusaurus-plugin-content-docs/current/x.mdx',
    's4-01-sync-vs-async-timing',
  );
  assert.deepEqual(
    node.children.map((child) => [child.lang, child.meta]),
    [
      ['python', 'live'],
      ['ts', 'live'],
    ],
  );
  assert.match(node.children[0].value, /# blocks for 1 second/);
  assert.match(node.children[1].value, /Promise\.all/);
});

test('an unknown id fails with the file and the id', () => {
  assert.throws(
    () => run('zh-TW', 'docs/x.mdx', 's9-99-nope'),
    /docs\/x\.mdx: <SamplePair id="s9-99-nope"> names no sample/,
  );
});

test('a page with samples shown in a locale it has no translation for fails, naming the file to add', () => {
  assert.throws(
    () => run('zh-CN', 'docs/x.mdx', 's4-01-sync-vs-async-timing'),
    /docs\/x\.mdx: this page has samples but no zh-CN translation; add i18n\/zh-CN\/docusaurus-plugin-content-docs\/current\/x\.mdx/,
  );
});

test('<CodeFile> shows a file of samples/, and an unknown one fails', () => {
  const element = (path: string) => ({
    type: 'mdxJsxFlowElement',
    name: 'CodeFile',
    attributes: [{ type: 'mdxJsxAttribute', name: 'path', value: path }],
  });
  const tree = { type: 'root', children: [element('lib/thread.ts')] };
  remarkSamplePairs({ locale: 'zh-TW', defaultLocale: 'zh-TW' })(tree, {
    path: join(root, 'docs/x.mdx'),
  });
  const [node] = tree.children as unknown as { type: string; lang: string; value: string }[];
  assert.deepEqual([node.type, node.lang], ['code', 'ts']);
  assert.match(node.value, /export async function toThread/);
  for (const bad of ['lib/nope.ts', '../package.json']) {
    assert.throws(
      () =>
        remarkSamplePairs({ locale: 'zh-TW', defaultLocale: 'zh-TW' })(
          { type: 'root', children: [element(bad)] },
          { path: join(root, 'docs/x.mdx') },
        ),
      new RegExp(`docs/x\\.mdx: <CodeFile path="${bad.replace(/\./g, '\\.')}"> names no file in samples/`),
    );
  }
});
