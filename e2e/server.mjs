// A small static server for the demo, the e2e suite and the benchmark. No dependencies.
//   /                      → dist/ (the demo clinic page)
//   /cdn/pain-guide/v1/…   → dist/ again, under a sub-path like a clinic's CDN
//   /hosts/…               → e2e/hosts/ (host pages of the browser tests)
//   /vendor/bootstrap/…    → Bootstrap 5's dist CSS (npm), for a host page styled with it
// Run alone: node e2e/server.mjs [port]   (default 8080)
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(fileURLToPath(new URL('..', import.meta.url)));
const MOUNTS = [
  ['/cdn/pain-guide/v1/', join(repo, 'dist')],
  ['/vendor/bootstrap/', join(repo, 'node_modules', 'bootstrap', 'dist', 'css')],
  ['/hosts/', join(repo, 'e2e', 'hosts')],
  ['/', join(repo, 'dist')],
];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The strictest Content-Security-Policy the widget works under (as documented in the README). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; object-src 'none'";

/** Pages served with extra response headers. */
const PAGE_HEADERS = { '/hosts/strict-csp.html': { 'Content-Security-Policy': STRICT_CSP } };

function resolvePath(urlPath) {
  for (const [prefix, dir] of MOUNTS) {
    if (!urlPath.startsWith(prefix)) continue;
    let rest = decodeURIComponent(urlPath.slice(prefix.length));
    if (rest === '' || rest.endsWith('/')) rest += 'index.html';
    const file = normalize(join(dir, rest));
    return file.startsWith(dir + sep) ? file : null; // no escaping the mount with ../
  }
  return null;
}

/** Starts the server; resolves to { url, close }. Port 0 picks a free port. */
export function startServer({ port = 0, host = '127.0.0.1' } = {}) {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    const file = resolvePath(path);
    try {
      if (!file) throw new Error('outside the served folders');
      const body = await readFile(file);
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        ...PAGE_HEADERS[path],
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found');
    }
  });
  return new Promise((done) => {
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      done({ url: `http://${host}:${actual}`, close: () => new Promise((closed) => server.close(closed)) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] || 8080);
  const { url } = await startServer({ port });
  console.log(`Demo clinic page:        ${url}/`);
  console.log(`Widget files (CDN-like): ${url}/cdn/pain-guide/v1/pain-guide.js`);
  console.log('Press Ctrl+C to stop.');
}
