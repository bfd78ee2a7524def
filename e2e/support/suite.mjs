// One server and one browser per spec file; `run(t, options, body)` gives each test a fresh page.
import { after, before } from 'node:test';
import { startServer } from '../server.mjs';
import { launch, withPage } from './browser.mjs';

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
    /** Serves generated HTML at `path` of the test server. */
    addPage: (path, html) => state.server.addPage(path, html),
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
