/**
 * The test server survives a request it cannot decode: it answers an error and
 * serves the next request, instead of throwing out of its handler and taking
 * down the browser tests (or the Lighthouse bench) that share it.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { serveBuild } from '../browser/serveBuild.mjs';

/** A two-page build: the root's index and not-found pages, and one doc. */
const root = mkdtempSync(join(tmpdir(), 'serve-build-'));
mkdirSync(join(root, 'docs'));
writeFileSync(join(root, 'index.html'), '<p>home</p>');
writeFileSync(join(root, '404.html'), '<p>not found</p>');
writeFileSync(join(root, 'docs', 'x.html'), '<p>doc x</p>');
after(() => rmSync(root, { recursive: true, force: true }));

/** A raw GET: `fetch` would normalise the path before sending it. */
function get(origin: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request(`${origin}${path}`, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

test('a malformed percent-encoding gets 400, and the server keeps serving', { timeout: 10_000 }, async () => {
  const server = await serveBuild({ root });
  try {
    for (const path of ['/%E0%A4%A', '/docs/%', '/%FF']) {
      assert.equal((await get(server.origin, path)).status, 400, path);
    }
    assert.deepEqual(await get(server.origin, '/docs/x'), { status: 200, body: '<p>doc x</p>' });
    assert.deepEqual(await get(server.origin, '/docs/y'), { status: 404, body: '<p>not found</p>' });
    assert.equal((await get(server.origin, '/docs/%78')).body, '<p>doc x</p>', 'well-formed escapes decode');
    // What the benchmarks count: every answer, and the bytes of its body as sent.
    assert.equal(server.sent.requests, 6);
    assert.ok(server.sent.bytes > 0);
  } finally {
    await server.close();
  }
});
