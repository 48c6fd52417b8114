// Serves the production build on 127.0.0.1 the way a static host does: `/docs/x` → `docs/x.html`;
// unknown paths → the nearest 404.html up the path, so each locale's folder answers with its own page
// (as Cloudflare Pages does, and nginx or Netlify when told: README, Deploy); text compressed with
// Brotli or gzip, whichever the browser accepts, as Netlify, Vercel and Cloudflare do; on a free port.
// Plain JavaScript so the Lighthouse benchmark, which must run without tsx, shares it with the browser
// tests.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const BUILD_DIR = fileURLToPath(new URL('../../build', import.meta.url));

/** Where each locale lives in the build and on the site, re-exported for bench/lighthouse.bench.mjs. */
export { LOCALE_PREFIX } from '../../config/locales.mjs';

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * A URL path as a path inside the build: decoded, normalized, never above it; null when it is not
 * valid percent-encoding (`/%E0%A4%A`), which decodeURIComponent throws on.
 * @param {string} urlPath
 * @returns {string | null}
 */
function insideBuild(urlPath) {
  try {
    return normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  } catch {
    return null;
  }
}

/** @param {string} root @param {string} clean a path from insideBuild */
function resolveFile(root, clean) {
  for (const candidate of [clean, `${clean}.html`, join(clean, 'index.html')]) {
    const file = join(root, candidate);
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

/**
 * The 404.html nearest to a path that has no file: `/zh-CN/docs/x` → `zh-CN/404.html`, else the root's.
 * @param {string} root @param {string} clean a path from insideBuild
 */
function notFoundPage(root, clean) {
  for (let dir = clean; dir !== dirname(dir); dir = dirname(dir)) {
    const page = join(root, dir, '404.html');
    if (existsSync(page)) return page;
  }
  return join(root, '404.html');
}

/** Content encodings in order of preference, each with how to spot it in Accept-Encoding. */
const ENCODERS = [
  // Quality 5 for large files (the Python runtime), as hosts compress on the fly: 11 takes tens of
  // seconds. Quality 4 for every file when the server is asked for fast compression.
  {
    name: 'br',
    accepted: /\bbr\b/,
    /** @param {Buffer} data @param {boolean} fast */
    encode: (data, fast) =>
      brotliCompressSync(
        data,
        fast || data.length > 1e6 ? { params: { [constants.BROTLI_PARAM_QUALITY]: fast ? 4 : 5 } } : {},
      ),
  },
  {
    name: 'gzip',
    accepted: /\bgzip\b/,
    /** @param {Buffer} data */
    encode: (data) => gzipSync(data),
  },
];
const COMPRESSIBLE = /html|javascript|css|json|xml|plain|svg|wasm/;

/**
 * Compressed bodies, kept on disk for every test process and bench that serves a build: each test
 * file starts its own server, and Brotli at its default quality (11) costs about 22 s of CPU for a
 * whole build (measured on this kind of machine), so compressing once per suite run instead of once
 * per test file spares the browser stage that CPU. Keyed by the content's hash, so a rebuilt or
 * changed file is compressed anew.
 */
const DISK_CACHE = fileURLToPath(new URL('../../node_modules/.cache/serve-build', import.meta.url));

/**
 * Each file's bytes per encoding, compressed once per version of the file (its modification time: a
 * test may change a copy of the build while serving it, as a new deployment would).
 */
/** @type {Map<string, Buffer>} */
const bodies = new Map();

/** @param {Buffer} data @param {(typeof ENCODERS)[number]} encoder @param {boolean} fast @returns {Buffer} */
function compressed(data, encoder, fast) {
  const hash = createHash('sha1').update(data).digest('hex');
  const cached = join(DISK_CACHE, `${hash}.${encoder.name}${fast ? '.fast' : ''}`);
  if (existsSync(cached)) return readFileSync(cached);
  const body = encoder.encode(data, fast);
  // Written whole, then renamed: a process reading the cache never sees half a file.
  mkdirSync(DISK_CACHE, { recursive: true });
  const partial = `${cached}.${process.pid}.partial`;
  writeFileSync(partial, body);
  renameSync(partial, cached);
  return body;
}

/**
 * @param {string} file @param {(typeof ENCODERS)[number] | undefined} encoder @param {boolean} fast
 * @returns {Buffer}
 */
function bodyOf(file, encoder, fast) {
  const key = `${encoder?.name ?? 'identity'}${fast ? ' fast' : ''} ${statSync(file).mtimeMs} ${file}`;
  let body = bodies.get(key);
  if (!body) {
    const data = readFileSync(file);
    body = encoder ? compressed(data, encoder, fast) : data;
    bodies.set(key, body);
  }
  return body;
}

/**
 * @param {{ root?: string, fastCompression?: boolean }} [options] root: the folder to serve (the tests' own small
 *   sites), the build's by default; fastCompression: Brotli at quality 4, for a test that fetches much of the
 *   build once (offline.test.ts: three locales' precaches) and measures no byte or time
 * @returns {Promise<{ origin: string, sent: { requests: number, bytes: number }, close(): Promise<void> }>}
 *   sent: what the server has answered so far, bodies as sent (compressed), for the benchmarks' byte counts;
 *   close: stops the server and drops its open connections, so a browser's next request fails at once
 *   (tests/browser/offline.test.ts stops it between a visit and reading offline)
 */
export async function serveBuild({ root = BUILD_DIR, fastCompression = false } = {}) {
  if (!existsSync(join(root, 'index.html'))) throw new Error(`no build in ${root}: run npm run build first`);
  const sent = { requests: 0, bytes: 0 };
  const server = createServer((request, response) => {
    sent.requests += 1;
    const clean = insideBuild(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (clean === null) {
      // As static hosts answer a path they cannot decode; the server goes on serving.
      const message = '400 Bad Request: the path is not valid percent-encoding\n';
      sent.bytes += Buffer.byteLength(message);
      response.writeHead(400, { 'content-type': TYPES['.txt'] });
      response.end(message);
      return;
    }
    const file = resolveFile(root, clean);
    const body = file ?? notFoundPage(root, clean);
    const type = TYPES[extname(body)] ?? 'application/octet-stream';
    const accepted = String(request.headers['accept-encoding'] ?? '');
    const encoder = COMPRESSIBLE.test(type) ? ENCODERS.find((e) => e.accepted.test(accepted)) : undefined;
    response.writeHead(file ? 200 : 404, {
      'content-type': type,
      ...(encoder ? { 'content-encoding': encoder.name } : {}),
    });
    const bytes = bodyOf(body, encoder, fastCompression);
    sent.bytes += bytes.length;
    response.end(bytes);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${address.port}`,
    sent,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      }),
  };
}
