// One server and one browser per spec file; `run(t, options, body)` gives each test a fresh page.
import { after, before } from 'node:test';
import { readFile } from 'node:fs/promises';
import { STRICT_CSP, startServer } from '../server.mjs';
import { launch, withPage } from './browser.mjs';

/** The plain host page's HTML, for a test that serves a variant of it. */
export const plainHost = () => readFile(new URL('../hosts/plain.html', import.meta.url), 'utf8');

/** The loader as the build ships it (dist/pain-guide.js), for a test that serves it elsewhere. */
export const shippedLoader = () => readFile(new URL('../../dist/pain-guide.js', import.meta.url), 'utf8');

export function suite() {
  const state = {};
  before(async () => {
    state.server = await startServer();
    state.browser = await launch();
  });
  after(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return {
    url: (path) => state.server.url + path,
    /** Serves generated HTML at `path` of the test server (with `headers` in place of an HTML page's). */
    addPage: (path, html, headers) => state.server.addPage(path, html, headers),
    /**
     * Serves `hosts/<name>.html` as a page the browser may keep in its back-forward cache (the
     * server's pages say `no-store`, which forbids it); returns its URL.
     */
    async keptPage(name) {
      const html = await readFile(new URL(`../hosts/${name}.html`, import.meta.url), 'utf8');
      state.server.addPage(`/kept/${name}.html`, html, { 'Cache-Control': 'max-age=0' });
      return `${state.server.url}/kept/${name}.html`;
    },
    /**
     * Serves at `path` the plain host page under the strict policy (or `csp`, as a meta tag), with
     * `attributes` on its widget instead of its own; returns the page's URL.
     */
    async strictHost(path, attributes, csp = STRICT_CSP) {
      const html = await plainHost();
      const policy = `<meta http-equiv="Content-Security-Policy" content="${csp}">`;
      const page = html
        .replace('<head>', `<head>\n  ${policy}`)
        .replace('<pain-guide entry="fibromyalgia">', `<pain-guide ${attributes}>`);
      if (page === html) throw new Error('hosts/plain.html changed: strictHost cannot place the widget');
      state.server.addPage(path, page);
      return state.server.url + path;
    },
    /** What the server's POST /api/pain-summary received so far. */
    get received() {
      return state.server.received;
    },
    run: (t, options, body) => withPage(state.browser, t, options, body),
    get browser() {
      return state.browser;
    },
  };
}

/** The events the widget dispatched on the page so far (recorded from document start). */
export const events = (page) => page.evaluate(() => window.painGuideEvents);
