/**
 * The phrasebook's links are made from the samples' code: tokens only (a
 * comment or a string that names an API is not a use of it), imports resolved.
 * Every asyncio name the samples use has a row; every row is used by a pair; and
 * the page's mistakes fail the build with the row they are in.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { PHRASEBOOK_APIS, type PhrasebookApi } from '../../plugins/phrasebookApis';
import { PythonCode, resolveImports, stripPython } from '../../plugins/pythonCode';
import remarkPhrasebook, { pairPlaces, pairsUsing, readSamples, SHOWN } from '../../plugins/remarkPhrasebook';

describe('a sample read as tokens', () => {
  test('comments and string literals are not code', () => {
    const code = [
      'import asyncio',
      '# asyncio.gather(a, b) would also work',
      'print("asyncio.gather(a, b)")',
      "doc = '''asyncio.gather(",
      "  a, b)'''",
      "name = f'{asyncio.gather(a)}'",
      "raw = rb'asyncio.shield(x)'",
      'asyncio.run(main())  # not asyncio.shield()',
    ].join('\n');
    const python = new PythonCode(code);
    assert.deepEqual(python.calls('asyncio.gather'), []);
    assert.deepEqual(python.calls('asyncio.shield'), []);
    assert.deepEqual(python.calls('asyncio.run'), ['main()']);
    assert.equal(stripPython('x = "a # b"  # c'), 'x = ""  ');
  });

  test('imported names read as module.name, other modules keep theirs', () => {
    const code = [
      'from asyncio import sleep, Lock as L',
      'from concurrent.futures import (ThreadPoolExecutor,',
      '    ProcessPoolExecutor)',
      'import queue',
      'import contextvars as cv',
      'lock = L()',
      'q = queue.Queue()',
      'var = cv.ContextVar("v")',
      'await sleep(1)',
      'pool = ProcessPoolExecutor()',
      'f(sleep=2)',
    ].join('\n');
    assert.equal(
      resolveImports(code).trim(),
      [
        'lock = asyncio.Lock()',
        'q = queue.Queue()',
        'var = contextvars.ContextVar("v")',
        'await asyncio.sleep(1)',
        'pool = concurrent.futures.ProcessPoolExecutor()',
        'f(sleep=2)',
      ].join('\n'),
    );
  });

  test('a call is found with its whole argument list, nested calls included', () => {
    const python = new PythonCode(
      'await asyncio.gather(f(1), g(h(2)), return_exceptions=True)\nloop.call_soon(partial(print, "x"))',
    );
    assert.deepEqual(python.calls('asyncio.gather'), ['f(1), g(h(2)), return_exceptions=True']);
    assert.deepEqual(python.calls('.call_soon'), ['partial(print, "")']);
    assert.deepEqual(python.calls('asyncio.wait'), [], 'asyncio.wait is not asyncio.wait_for');
  });
});

describe('the rows against the samples', () => {
  const samples = readSamples('en');
  const names = PHRASEBOOK_APIS.flatMap((api) => [api.api, ...(api.also ?? [])]);

  test('every row is used by at least one pair, and rows that split an API split it right', () => {
    const using = (key: string) =>
      samples
        .filter((sample) => PHRASEBOOK_APIS.find((api) => api.api === key)!.uses(sample.python) > 0)
        .map((sample) => sample.id);
    for (const api of PHRASEBOOK_APIS) assert.ok(using(api.api).length > 0, `no sample uses ${api.api}`);
    assert.deepEqual(using('asyncio.sleep(0)'), ['s2-03-call-soon-partial']);
    assert.deepEqual(using('concurrent.futures.ProcessPoolExecutor'), ['s4-06-processpool-cpu-bound']);
    assert.ok(!using('loop.run_in_executor').includes('s4-06-processpool-cpu-bound'));
    assert.ok(using('asyncio.gather(return_exceptions=True)').includes('s3-07-gather-return-exceptions'));
    // s2-02 uses a thread's queue.Queue, not asyncio's
    assert.ok(!using('asyncio.Queue').includes('s2-02-future-callback-thread'));
    // s3-16 imports Lock from asyncio
    assert.deepEqual(using('asyncio.Lock'), ['s3-16-lock-workers']);
  });

  test("every asyncio name and loop method in the samples' code has a row", () => {
    const missing = new Set<string>();
    for (const { id, python } of samples) {
      for (const [, name] of python.text.matchAll(/(?<![\w.])asyncio\s*\.\s*(\w+)/g)) {
        const named = names.some((n) => n.includes(`asyncio.${name}`) || n.includes(`(${name}`));
        if (!named) missing.add(`asyncio.${name} (${id})`);
      }
      for (const [, method] of python.text.matchAll(/(?:\bloop|get_running_loop\(\))\s*\.\s*(\w+)/g)) {
        if (!names.some((n) => n.includes(`loop.${method}`))) missing.add(`loop.${method} (${id})`);
      }
    }
    assert.deepEqual([...missing], []);
  });

  test('the pairs that use an API come in order: those about it, then those that use it most', () => {
    const places = pairPlaces('en');
    const gather = PHRASEBOOK_APIS.find((api) => api.api === 'asyncio.gather')!;
    const ids = pairsUsing(gather, samples, places).map(({ place }) => place.id);
    const about = ids.filter((id) => /gather/.test(id));
    assert.deepEqual(ids.slice(0, about.length), about, 'the pairs about gather first');
    assert.equal(places.get('s3-06-gather-in-order')?.doc, 'asyncio-notes.mdx');
  });

  test('a pair that uses an API but is on no article fails', () => {
    const places = pairPlaces('en');
    places.delete('s4-17-semaphore-limit');
    const semaphore = PHRASEBOOK_APIS.find((api) => api.api === 'asyncio.Semaphore')!;
    assert.throws(
      () => pairsUsing(semaphore, samples, places),
      /row "asyncio.Semaphore" would link to pairs that no article shows: s4-17-semaphore-limit/,
    );
  });
});

describe('the page', () => {
  const file = { path: join(__dirname, '..', '..', 'docs', 'phrasebook.mdx') };
  type Node = { type: string; value?: string; children?: Node[]; [key: string]: unknown };
  const code = (value: string): Node => ({ type: 'inlineCode', value });
  const cell = (...children: Node[]): Node => ({ type: 'tableCell', children });
  const row = (python: string[], typescript: Node[] = [{ type: 'text', value: 'idiom' }]): Node => ({
    type: 'tableRow',
    children: [
      cell(...python.map(code)),
      cell(...typescript),
      cell({ type: 'text', value: 'differs' }),
      cell(),
    ],
  });
  const page = (rows: Node[], more = 'and {count} more'): Node => ({
    type: 'root',
    children: [
      {
        type: 'mdxJsxFlowElement',
        name: 'Phrasebook',
        attributes: [{ type: 'mdxJsxAttribute', name: 'more', value: more }],
        children: [{ type: 'table', children: [row(['Python', 'TypeScript', 'Differs', 'Pairs']), ...rows] }],
      },
    ],
  });
  const api = (key: string): PhrasebookApi => PHRASEBOOK_APIS.find((a) => a.api === key)!;
  const run = (tree: Node, apis: PhrasebookApi[]) =>
    remarkPhrasebook({ locale: 'en', defaultLocale: 'zh-TW', apis })(tree, file);
  const links = (node: Node): string[] =>
    node.type === 'link' ? [String(node.url)] : (node.children ?? []).flatMap(links);

  test('a row gets its data-api and links to every pair that uses it, the rest folded under "and N more"', () => {
    const tree = page([
      row(['asyncio.TaskGroup'], [code('Promise.allSettled'), code('AbortController')]),
      row(['asyncio.sleep']),
    ]);
    run(tree, [api('asyncio.TaskGroup'), api('asyncio.sleep')]);
    const table = tree.children![0];
    assert.equal(table.type, 'table');
    assert.deepEqual(table.data, { hProperties: { className: ['phrasebook'], 'data-testid': 'phrasebook' } });
    const [taskGroup, sleep] = table.children!.slice(1);
    assert.deepEqual((taskGroup.data as { hProperties: object }).hProperties, {
      'data-api': 'asyncio.TaskGroup',
    });
    assert.deepEqual(links(taskGroup), [
      './asyncio-async-programming.mdx#sample-s4-08-taskgroup',
      './asyncio-async-programming.mdx#sample-s4-08-taskgroup-failure',
    ]);
    const pairs = sleep.children![3];
    const [shown, folded] = pairs.children!;
    assert.equal(links(shown).length, SHOWN);
    assert.equal(folded.name, 'details');
    const summary = folded.children![0].children![0].value;
    assert.equal(summary, `and ${links(folded).length} more`);
    assert.ok(links(folded).length > 20);
  });

  test('mistakes fail the build, each named with its row', () => {
    const fails = (rows: Node[], apis: PhrasebookApi[], message: RegExp) =>
      assert.throws(() => run(page(rows), apis), message);
    fails(
      [row(['asyncio.nope'])],
      [],
      /a row names "asyncio.nope", which is not in plugins\/phrasebookApis.ts/,
    );
    const unused: PhrasebookApi = { api: 'asyncio.unused', uses: () => 0 };
    fails([row(['asyncio.unused'])], [unused], /row "asyncio.unused" names an API that no sample uses/);
    fails(
      [row(['asyncio.shield'], [code('Promise.any')])],
      [api('asyncio.shield')],
      /row "asyncio.shield": the TypeScript cell names `Promise.any`, which none of the row's twins uses/,
    );
    fails(
      [row(['asyncio.wait_for'])],
      [api('asyncio.wait_for')],
      /its Python cell must name `asyncio.wait_for` `asyncio.TimeoutError`/,
    );
    fails(
      [row(['asyncio.shield'])],
      [api('asyncio.shield'), api('asyncio.Lock')],
      /rows missing for asyncio.Lock/,
    );
    fails(
      [row(['asyncio.Lock']), row(['asyncio.shield'])],
      [api('asyncio.shield'), api('asyncio.Lock')],
      /out of order/,
    );
    assert.throws(
      () => run(page([row(['asyncio.shield'])], 'more'), [api('asyncio.shield')]),
      /more="…\{count\}…"/,
    );
  });
});
