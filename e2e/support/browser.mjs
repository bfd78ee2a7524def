// Launches Debian's Chromium (or, with E2E_BROWSER=firefox, Debian's Firefox ESR) through
// playwright-core and tracks what a page logs, so every test can assert "no console errors" and
// keep a screenshot when it fails.
import { chromium, firefox } from 'playwright-core';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));

// These flags keep Chromium from calling out to a network this machine does not have.
const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-default-apps', '--mute-audio',
];

/** The browser the tests run in: `chromium` unless E2E_BROWSER says `firefox`. */
export const BROWSER = process.env.E2E_BROWSER || 'chromium';

/**
 * Whether Back brings a page with the guide back from the browser's back-forward cache. Not in
 * Firefox: ESR 153 gives such a page its own earlier copy of the tab's session storage, in which
 * the patient's answers and language are as they were when they left it, so the loader keeps it
 * out of that cache, and Back loads it again.
 */
export const keepsGuidePages = BROWSER !== 'firefox';

/**
 * Back, as the patient presses it; resolves once the page at `path` shows again. (Playwright's
 * goBack waits for a load event, which a page the browser kept never fires.)
 */
export async function back(page, path) {
  await page.evaluate(() => setTimeout(() => history.back()));
  await page.waitForFunction((path) => location.pathname === path && document.readyState === 'complete', path);
}

/**
 * For a test's `skip` option: why it cannot run in this browser (false where it can), when it
 * needs `what` playwright-core cannot yet do in Firefox over WebDriver BiDi.
 */
export function needsChromium(what) {
  return BROWSER !== 'chromium' && `playwright-core cannot ${what} in Firefox`;
}

/**
 * Opens `url` in a headless Chromium of its own, with no automation attached, for what Chromium
 * does not do under playwright-core (it never prerenders there); resolves to a function that
 * closes it. The page reports what it saw to the test server itself.
 */
export async function openWithoutAutomation(url) {
  const profile = await mkdtemp(join(tmpdir(), 'pain-guide-chromium-'));
  const browser = spawn(process.env.CHROMIUM || '/usr/bin/chromium',
    ['--headless', `--user-data-dir=${profile}`, ...ARGS, url], { stdio: 'ignore' });
  return async () => {
    const exited = new Promise((done) => browser.once('exit', done));
    browser.kill();
    await exited;
    // Chromium's helper processes outlive the one killed by a moment, still writing to the
    // profile (ENOTEMPTY, once in CI): remove it again until they are gone.
    await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  };
}

export async function launch() {
  if (BROWSER === 'firefox') {
    // Stock Firefox speaks WebDriver BiDi; playwright-core drives it through the moz-firefox channel.
    return firefox.launch({ channel: 'moz-firefox', executablePath: process.env.FIREFOX || '/usr/bin/firefox-esr', headless: true });
  }
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ARGS,
    // Playwright turns the back-forward cache off; patients' browsers have it, and Back then
    // brings a page back as it was left.
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  });
}

/**
 * A fresh context and page. `page.problems` collects console errors/warnings, page errors and
 * failed requests; `expected` lists substrings of messages a test provokes on purpose.
 */
export async function openPage(browser, { expected = [], ...contextOptions } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  page.problems = [];
  const note = (text) => {
    if (!expected.some((part) => text.includes(part))) page.problems.push(text);
  };
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') note(`console.${message.type()}: ${message.text()}`);
  });
  // Records the widget's events from the very start of every document (CSP does not apply), with
  // the script the WebKit tests put on their pages.
  await page.addInitScript({ path: fileURLToPath(new URL('../hosts/capture.js', import.meta.url)) });
  page.on('pageerror', (error) => note(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) note(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('requestfailed', (request) => note(`request failed: ${request.url()} ${request.failure()?.errorText}`));
  return page;
}

/** Runs `body(page)` and closes the page's context; on failure keeps a full-page screenshot. */
export async function withPage(browser, testContext, options, body) {
  const page = await openPage(browser, options);
  try {
    await body(page);
  } catch (error) {
    await mkdir(ARTIFACTS, { recursive: true });
    const name = testContext.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
    await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true }).catch(() => {});
    // What the page said that the test did not expect (a widget that stopped says why), to read
    // in CI's log.
    if (page.problems.length) error.message += `\nthe page reported:\n${page.problems.join('\n')}`;
    throw error;
  } finally {
    await page.context().close();
  }
}

/**
 * A finger's swipe on a touch screen (Chromium's own touch events, so the browser scrolls as it
 * would for a patient): from (`x`, `y`) up by `distance` CSS px (down if negative), in ten moves.
 */
export async function swipe(page, x, y, distance) {
  const touch = await page.context().newCDPSession(page);
  await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let step = 1; step <= 10; step++) {
    await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - (distance * step) / 10 }] });
  }
  await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await touch.detach();
}

/**
 * Drops the first request for the widget's file `file` (a phone's connection dropping) and lets
 * the next ones through, whatever query the loader's next try adds; resolves to a function that
 * says how many were asked for.
 */
export async function dropFirstRequest(page, file) {
  let requests = 0;
  const address = new RegExp(`/${file.replaceAll('.', '\\.')}(\\?|$)`);
  await page.route(address, (route) => (requests++ ? route.continue() : route.abort('connectionreset')));
  return () => requests;
}

/** Holds every request for `pattern` (a slow network) until the returned function is called. */
export async function holdRequests(page, pattern) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(pattern, async (route) => { await held; await route.continue(); });
  return release;
}
