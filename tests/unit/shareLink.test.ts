import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createShareLink, readSharedCode } from '../../src/runner/page/shareLink';
import { sharedSampleId } from '../../src/runner/page/shareParams';

const page = { origin: 'https://example.org', pathname: '/en/docs/asyncio-async-programming' };
const code = "const 名字 = '非同步';\nconsole.log(`${名字} & ? # %`);\n";

test('a share link keeps the page, names the sample and round-trips the code', () => {
  const link = new URL(createShareLink(page, 's4-01-sync-vs-async-timing', code));
  assert.equal(link.pathname, page.pathname);
  assert.equal(link.hash, '#sample-s4-01-sync-vs-async-timing');
  assert.equal(sharedSampleId(link.search), 's4-01-sync-vs-async-timing');
  assert.equal(readSharedCode(link.search), code);
});

test('a damaged link yields no code rather than garbage', () => {
  const link = new URL(createShareLink(page, 's4-01-sync-vs-async-timing', code));
  for (let cut = 1; cut < 20; cut++) {
    // Either the code, whole (the cut only took padding), or nothing: never plausible garbage.
    const read = readSharedCode(link.search.slice(0, link.search.length - cut));
    assert.ok(read === null || read === code, `cut by ${cut}: ${JSON.stringify(read)}`);
  }
  assert.equal(readSharedCode('?share=x'), null);
});
