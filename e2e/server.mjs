// A small static server for the demo, the e2e suite and the benchmark. No dependencies.
//   /                      → dist/ (the demo clinic page)
//   /cdn/pain-guide/v1/…   → dist/ again, under a sub-path like a clinic's CDN
//   /hosts/…               → e2e/hosts/ (host pages of the browser tests)
//   /vendor/bootstrap/…    → Bootstrap 5's dist CSS (npm), for a host page styled with it
//   /vendor/lenis/…        → Lenis (npm), the smooth-scrolling script of a host page
//   /vendor/swiper/…       → Swiper (npm), the slider of a host page that takes the keyboard
//   POST /api/pain-summary → a clinic's endpoint for "Send to the clinic": keeps what it receives
//                            (see `received`); `?status=500` answers with that status instead
// Run alone: node e2e/server.mjs [port]   (default 8080)
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(fileURLToPath(new URL('..', import.meta.url)));
const MOUNTS = [
  ['/cdn/pain-guide/v1/', join(repo, 'dist')],
  ['/vendor/bootstrap/', join(repo, 'node_modules', 'bootstrap', 'dist', 'css')],
  ['/vendor/lenis/', join(repo, 'node_modules', 'lenis', 'dist')],
  ['/vendor/swiper/', join(repo, 'node_modules', 'swiper')],
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

import { STRICT_CSP } from '../tools/policy.mjs';

export { STRICT_CSP };

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

/**
 * Response headers from a `_headers` file (the format of static hosts: a path pattern with `*`,
 * then indented `Name: value` lines), as a function of the request path.
 */
function headersFrom(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (!line.startsWith(' ')) {
      const pattern = new RegExp('^' + line.trim().split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
      rules.push({ pattern, headers: {} });
    } else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1).headers[name.trim()] = value.join(':').trim();
    }
  }
  return (path) => Object.assign({}, ...rules.filter((rule) => rule.pattern.test(path)).map((rule) => rule.headers));
}

/**
 * Starts the server; resolves to { url, close, addPage }. Port 0 picks a free port. `addPage`
 * serves generated HTML at a path (a real page on this origin, unlike a browser-side stub), with
 * extra response `headers` if given.
 */
export async function startServer({ port = 0, host = '127.0.0.1' } = {}) {
  const pages = new Map();
  const received = [];
  const server = await serve({ port, host, resolve: resolvePath, headers: (path) => PAGE_HEADERS[path] ?? {}, pages, received });
  return { ...server, addPage: (path, html, headers = {}) => pages.set(path, { html, headers }), received };
}

/**
 * Serves release/ as a clinic's CDN would: /pain-guide/… with exactly the response headers that
 * the release's headers/_headers file documents. Resolves to { url, close }.
 */
export async function startReleaseServer({ port = 0, host = '127.0.0.2' } = {}) {
  const root = join(repo, 'release');
  const headers = headersFrom(await readFile(join(root, 'pain-guide', 'headers', '_headers'), 'utf8'));
  const resolve = (path) => {
    const file = normalize(join(root, decodeURIComponent(path)));
    return path.startsWith('/pain-guide/') && file.startsWith(root + sep) ? file : null;
  };
  return serve({ port, host, resolve, headers, cache: true });
}

function serve({ port, host, resolve, headers, cache = false, pages = new Map(), received = [] }) {
  const server = createServer(async (request, response) => {
    // A path such as `//x` is an absolute URL on its own: read every request path against the
    // server's origin, so no request line can stop the server.
    const address = new URL('http://localhost' + request.url);
    const path = address.pathname;
    if (request.method === 'POST' && path === '/api/pain-summary') {
      let body = '';
      for await (const chunk of request) body += chunk;
      const status = Number(address.searchParams.get('status') || 200);
      received.push({ status, type: request.headers['content-type'], body });
      // A redirect, as a server does that moves the address (a trailing slash, www., a login page).
      const moved = status >= 300 && status < 400 ? { Location: '/hosts/plain.html' } : {};
      response.writeHead(status, { 'Content-Type': 'text/plain', ...moved });
      response.end(status === 200 ? 'Thank you' : 'Server error');
      return;
    }
    if (pages.has(path)) {
      const { html, headers } = pages.get(path);
      response.writeHead(200, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-store', ...headers });
      response.end(html);
      return;
    }
    const file = resolve(path);
    try {
      if (!file) throw new Error('outside the served folders');
      const body = await readFile(file);
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
        ...(cache ? {} : { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' }),
        ...headers(path),
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
  console.log(`Guide for web admins:    ${url}/guide.html`);
  console.log(`Widget files (CDN-like): ${url}/cdn/pain-guide/v1/pain-guide.js`);
  console.log('Press Ctrl+C to stop.');
}
