// Drives WebKit (Safari's engine: WebCore and JavaScriptCore) as Debian ships it, WebKitGTK's
// MiniBrowser under Xvfb, through its WebKitWebDriver: classic W3C WebDriver over HTTP. Playwright
// drives only its own patched WebKit, which cannot be downloaded here, and WebKitWebDriver has no
// WebDriver BiDi yet, so this is a small client of its own.
//
// Classic WebDriver cannot read the console (and MiniBrowser's console-to-stdout setting does not
// reach the windows automation opens), so every host page is served with `hosts/capture.js`
// loaded first, which records what the page reports.
import { after, before } from 'node:test';
import { spawn } from 'node:child_process';
import { freePort } from './web_servers.mjs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STRICT_CSP, startServer } from '../server.mjs';

// Where failing tests keep their screenshots (as browser.mjs, without loading playwright-core).
const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const MINIBROWSER = process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
/** WebDriver's key values. */
export const KEY = { TAB: '\uE004', ENTER: '\uE007', CONTROL: '\uE009', ESCAPE: '\uE00C', RIGHT: '\uE014' };

/** One server and one WebKitWebDriver per spec file; `run(t, body)` gives each test a new browser. */
export function webkitSuite() {
  const state = {};
  before(async () => {
    state.server = await startServer();
    state.driver = await startDriver();
  });
  after(async () => {
    state.driver?.close();
    await state.server?.close();
  });
  return {
    /**
     * Serves e2e/hosts/`name` (dist/`name` with `dist`) with the problem recorder loaded first,
     * at the server's root (where a demo page's relative addresses work), and, if given, `attributes`
     * on its first widget instead of its own and the strict policy as a response header, as the
     * gallery's strict page has it; `loader`: another address for the script; `extra`: markup
     * added to the page's <main>; `kept`: a page the browser may keep in its back-forward cache
     * (the server's pages say `no-store`, which forbids it). Returns the page's URL.
     */
    async host(name, { attributes, strict = false, loader, extra = '', dist = false, kept = false } = {}) {
      const original = await readFile(new URL(`${dist ? '../../dist' : '../hosts'}/${name}`, import.meta.url), 'utf8');
      let html = withRecorder(original).replace('</main>', `${extra}</main>`);
      if (attributes) html = html.replace(/<pain-guide[^>]*>/, `<pain-guide ${attributes}>`);
      if (loader) html = html.replace('/cdn/pain-guide/v1/pain-guide.js', loader);
      if (html === original) throw new Error(`${name} has no <head> for the recorder`);
      const path = `/webkit-${name.replace('.html', '')}-${Math.random().toString(36).slice(2)}.html`;
      state.server.addPage(path, html, {
        ...(strict ? { 'Content-Security-Policy': STRICT_CSP } : {}),
        ...(kept ? { 'Cache-Control': 'max-age=0' } : {}),
      });
      return state.server.url + path;
    },
    /** Serves `body` at `path` of the test server, with `headers`. */
    addPage: (path, body, headers) => state.server.addPage(path, body, headers),
    /** Runs `body(session)` in a new browser (its own storage); on failure keeps a screenshot. */
    async run(t, body) {
      // Starting a browser is the driver's slowest step: once more if it does not answer.
      const session = await Session.open(state.driver.url).catch(() => Session.open(state.driver.url));
      try {
        await body(session);
      } catch (error) {
        await session.screenshot(t.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()).catch(() => {});
        // What the page said (a widget that stopped says why), to read in CI's log.
        const problems = await session.problems().catch(() => null);
        if (problems?.length) error.message += `\nthe page reported:\n${problems.join('\n')}`;
        throw error;
      } finally {
        await session.close().catch(() => {});
      }
    },
  };
}

/** `html` with the problem recorder (hosts/capture.js) and `head`, if given, loaded first. */
export function withRecorder(html, head = '') {
  return html.replace('<head>', `<head>\n  <script src="/hosts/capture.js"></script>${head}`);
}

/**
 * Starts WebKitWebDriver with a display of its own (xvfb-run); resolves to { url, close }. The
 * browsers it starts inherit the environment (JavaScriptCore reads `JSC_*` options from it).
 */
export async function startDriver() {
  const port = await freePort();
  const driver = spawn('xvfb-run', ['-a', '-s', '-screen 0 1600x1200x24', 'WebKitWebDriver', `--port=${port}`], {
    detached: true, // its own process group, so that closing it ends Xvfb and the browsers too
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  driver.stderr.on('data', (chunk) => { errors += chunk; });
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(`${url}/status`)).ok) break;
    } catch (error) {
      if (tries > 100) throw new Error(`WebKitWebDriver did not start: ${errors}`, { cause: error });
    }
    await new Promise((wait) => setTimeout(wait, 100));
  }
  return {
    url,
    close: () => {
      try {
        process.kill(-driver.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    },
  };
}

/** What `run` scripts see as `widget(index)`: a `<pain-guide>`'s shadow root. */
const PRELUDE = 'const widget = (index = 0) => document.querySelectorAll("pain-guide")[index]?.shadowRoot;';

/** One browser window, 1280 × 900 unless `setSize` says otherwise. */
export class Session {
  static async open(driver) {
    const response = await fetch(`${driver}/session`, {
      method: 'POST',
      signal: AbortSignal.timeout(60_000),
      body: JSON.stringify({
        capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } } },
      }),
    });
    const { value } = await response.json();
    if (!value.sessionId) throw new Error(`no WebKit session: ${JSON.stringify(value)}`);
    const session = new Session(`${driver}/session/${value.sessionId}`);
    session.version = value.capabilities.browserVersion;
    await session.setSize(1280, 900);
    return session;
  }

  constructor(url) {
    this.url = url;
  }

  async call(method, path, body) {
    // A command the browser never answers fails the test instead of hanging the suite.
    const signal = AbortSignal.timeout(30_000);
    const answer = fetch(this.url + path, { method, body: body && JSON.stringify(body), signal })
      .then(async (response) => ({ response, value: (await response.json()).value }));
    const { response, value } = await answer.catch((error) => {
      throw new Error(`WebDriver ${method} ${path}: ${error.message}`, { cause: error });
    });
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${value.error}: ${value.message}`);
    return value;
  }

  goto(url) {
    return this.call('POST', '/url', { url });
  }

  reload() {
    return this.call('POST', '/refresh', {});
  }

  /** The browser's Back button; the driver answers once the page is back. */
  back() {
    return this.call('POST', '/back', {});
  }

  /** The size of the page's viewport (WebDriver sets the window's, so it is corrected once). */
  async setSize(width, height) {
    // The page may see a resize a moment after the driver reports it: the frame's size is read
    // once both agree, and the window then grown by it.
    const rect = await this.call('POST', '/window/rect', { width, height });
    const [dx, dy] = await this.waitFor(
      // The inner size can lag behind the outer one: read the frame only once it fits inside. A
      // stale reading would make the correction negative, a width WebDriver refuses ("Invalid
      // width value", seen once).
      (outer) => outerWidth === outer[0] && outerHeight === outer[1] && innerWidth <= outerWidth && innerHeight <= outerHeight &&
        [outerWidth - innerWidth, outerHeight - innerHeight],
      [[rect.width, rect.height]],
      { what: 'the window to take its new size' },
    );
    if (dx || dy) await this.call('POST', '/window/rect', { width: width + dx, height: height + dy });
  }

  /** Runs `fn(...args)` in the page (with `widget(i)` in scope) and returns its result. */
  run(fn, ...args) {
    return this.call('POST', '/execute/sync', { script: `${PRELUDE} return (${fn}).apply(null, arguments);`, args });
  }

  /** Runs `fn(...args)`, which returns a promise, and returns what it resolves to. */
  runAsync(fn, ...args) {
    const script = `${PRELUDE} const done = arguments[arguments.length - 1];
      Promise.resolve((${fn}).apply(null, [...arguments].slice(0, -1))).then(done, (error) => done({ error: String(error) }));`;
    return this.call('POST', '/execute/async', { script, args });
  }

  /** Waits until `fn(...args)` returns something truthy in the page, and returns it. */
  async waitFor(fn, args = [], { timeout = 20000, what = String(fn) } = {}) {
    const end = Date.now() + timeout;
    for (;;) {
      const value = await this.run(fn, ...args);
      if (value) return value;
      if (Date.now() > end) {
        const shown = await this.run(() => widget()?.textContent.slice(0, 300)).catch(() => '?');
        throw new Error(`timed out waiting for ${what}; the widget shows: ${shown}`);
      }
      await new Promise((wait) => setTimeout(wait, 50));
    }
  }

  /** Resolves once the `index`th widget's app has rendered. */
  ready(index = 0) {
    return this.waitFor((index) => widget(index)?.querySelector('.pg-root[role=region]'), [index], { what: `widget ${index} to render` });
  }

  /** The shadow-root element `selector` finds in the `index`th widget, as a WebDriver reference. */
  find(selector, index = 0) {
    return this.waitFor((selector, index) => widget(index)?.querySelector(selector), [selector, index], { what: `${selector} in widget ${index}` });
  }

  /** A real click (WebKit's own input events) in the middle of what `selector` finds. */
  async click(selector, index = 0) {
    const element = await this.find(selector, index);
    await this.call('POST', `/element/${element[ELEMENT]}/click`, {});
  }

  /**
   * Types `text` into the widget's field `selector`, key by key, after clearing it, and waits
   * until the field holds it: a lost key, or a widget that stopped, fails here, saying what the
   * field holds (in CI, a search read straight after typing once found no topics at all).
   */
  async type(selector, text, index = 0) {
    const element = await this.find(selector, index);
    await this.call('POST', `/element/${element[ELEMENT]}/clear`, {});
    await this.call('POST', `/element/${element[ELEMENT]}/value`, { text });
    const holds = (selector, index) => widget(index)?.querySelector(selector)?.value;
    await this.waitFor((selector, text, index) => widget(index)?.querySelector(selector)?.value === text, [selector, text, index], {
      timeout: 5000,
      what: `${selector} to hold "${text}"`,
    }).catch(async (error) => {
      throw new Error(`${error.message}; it holds "${await this.run(holds, selector, index)}"`);
    });
  }

  /** Clicks the widget's button (or label) whose text is `text`. */
  async clickText(text, selector = 'button', index = 0) {
    const element = await this.waitFor(
      (text, selector, index) => [...(widget(index)?.querySelectorAll(selector) ?? [])].find((node) => node.textContent.trim() === text),
      [text, selector, index],
      { what: `${selector} "${text}" in widget ${index}` },
    );
    await this.call('POST', `/element/${element[ELEMENT]}/click`, {});
  }

  /** Presses keys in turn, each down then up. */
  press(...keys) {
    return this.keys(keys.flatMap((key) => [{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }]));
  }

  /** Holds keys down together, then lets them go (a shortcut: KEY.CONTROL, 'v'). */
  chord(...keys) {
    const down = keys.map((key) => ({ type: 'keyDown', value: key }));
    return this.keys([...down, ...keys.reverse().map((key) => ({ type: 'keyUp', value: key }))]);
  }

  keys(actions) {
    return this.call('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  }

  /** The host page's element `selector` (outside any widget), as a WebDriver reference. */
  findPage(selector) {
    return this.waitFor((selector) => document.querySelector(selector), [selector], { what: selector });
  }

  /** A real click on the host page's element `selector`. */
  async clickPage(selector) {
    const element = await this.findPage(selector);
    await this.call('POST', `/element/${element[ELEMENT]}/click`, {});
  }

  /** Types `text` into the host page's field `selector`, key by key. */
  async typePage(selector, text) {
    const element = await this.findPage(selector);
    await this.call('POST', `/element/${element[ELEMENT]}/value`, { text });
  }

  /** What the page reported as problems since it loaded (hosts/capture.js). */
  problems() {
    return this.run(() => window.pageProblems);
  }

  async screenshot(name) {
    await mkdir(ARTIFACTS, { recursive: true });
    const path = join(ARTIFACTS, `webkit-${name}.png`);
    // What was last painted: after a change, wait for the next frames.
    await this.runAsync(() => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))));
    await writeFile(path, Buffer.from(await this.call('GET', '/screenshot'), 'base64'));
    return path;
  }

  close() {
    return this.call('DELETE', '');
  }
}
