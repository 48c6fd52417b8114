import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CODE_PARAM, createShareLink, readSharedCode } from '../../src/runner/page/shareLink';
import { sharedSampleId } from '../../src/runner/page/shareParams';

const page = { origin: 'https://example.org', pathname: '/en/docs/asyncio-async-programming' };
const code = "const 名字 = '非同步';\nconsole.log(`${名字} & ? # %`);\n";
const link = new URL(createShareLink(page, 's4-01-sync-vs-async-timing', code));
const packed = link.searchParams.get(CODE_PARAM) ?? '';

/** The link's query with its encoded code replaced, every other parameter as the link has it. */
function withPackedCode(damaged: string): string {
  const params = new URLSearchParams(link.search);
  params.set(CODE_PARAM, damaged);
  return `?${params}`;
}

test('a share link keeps the page, names the sample and round-trips the code', () => {
  assert.equal(link.pathname, page.pathname);
  assert.equal(link.hash, '#sample-s4-01-sync-vs-async-timing');
  assert.equal(sharedSampleId(link.search), 's4-01-sync-vs-async-timing');
  assert.equal(readSharedCode(link.search), code);
  assert.equal(readSharedCode(withPackedCode(packed)), code, 'the helper itself keeps an intact link intact');
});

test('a link whose code is cut short is reported damaged (null), never read as shorter code', () => {
  assert.ok(packed.length > 20, `the encoded code is too short to cut: ${packed}`);
  // The last character holds only the final bits and padding: without it lz-string may still
  // decode the whole code, which is then the right answer. Any deeper cut loses code.
  assert.ok([null, code].includes(readSharedCode(withPackedCode(packed.slice(0, -1)))));
  for (let cut = 2; cut < packed.length; cut++) {
    const read = readSharedCode(withPackedCode(packed.slice(0, packed.length - cut)));
    assert.equal(read, null, `code cut by ${cut} of ${packed.length} characters`);
  }
  assert.equal(readSharedCode('?share=x'), null);
});

test(
  // Of every one-character substitution in this link, about 40% decoded to other code of the same
  // length when the length was the only check, and 2 made lz-string throw (TypeError in _decompress).
  'a link with a mistyped character in its code is reported damaged, never misread or thrown',
  () => {
    for (let i = 0; i < packed.length; i++) {
      const typo = packed[i] === 'A' ? 'B' : 'A';
      const read = readSharedCode(withPackedCode(packed.slice(0, i) + typo + packed.slice(i + 1)));
      assert.ok(read === null || read === code, `typo at ${i}: ${JSON.stringify(read)}`);
    }
  },
);
