// Serves the production build on 127.0.0.1 the way a static host does (`/docs/x` → `docs/x.html`,
// unknown paths → 404.html, text gzip-compressed when the browser accepts it), on a free port. Plain JavaScript so the Lighthouse benchmark, which must
// run without tsx, shares it with the browser tests.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';

export const BUILD_DIR = fileURLToPath(new URL('../../build', import.meta.url));

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** @param {string} urlPath */
function resolveFile(urlPath) {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  for (const candidate of [clean, `${clean}.html`, join(clean, 'index.html')]) {
    const file = join(BUILD_DIR, candidate);
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

/** @returns {Promise<{ origin: string, close(): Promise<void> }>} */
export async function serveBuild() {
  if (!existsSync(join(BUILD_DIR, 'index.html')))
    throw new Error(`no build in ${BUILD_DIR}: run npm run build first`);
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = resolveFile(path);
    const body = file ?? join(BUILD_DIR, '404.html');
    const type = TYPES[extname(body)] ?? 'application/octet-stream';
    const compress =
      /html|javascript|css|json|xml|plain|svg/.test(type) &&
      /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(file ? 200 : 404, {
      'content-type': type,
      ...(compress ? { 'content-encoding': 'gzip' } : {}),
    });
    const stream = createReadStream(body);
    (compress ? stream.pipe(createGzip()) : stream).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
