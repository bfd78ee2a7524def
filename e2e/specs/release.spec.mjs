// Journey of a clinic web admin who hosts the release on a CDN (another origin) and pastes the
// snippet with Subresource Integrity into a page with a strict security policy.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { startReleaseServer } from '../server.mjs';
import { suite, events } from '../support/suite.mjs';
import { Widget } from '../support/widget.mjs';
import { ThemeEditor } from '../support/editor.mjs';
import { PainMap } from '../support/pain_map.mjs';
import { BROWSER } from '../support/browser.mjs';
import { startApache, startNginx } from '../support/web_servers.mjs';

const { url, run, addPage } = suite();
const release = {};
before(async () => {
  release.server = await startReleaseServer(); // http://127.0.0.2:…, a second origin
});
after(() => release.server?.close());

const LOADER = readFileSync(new URL('../../static/pain-guide.js', import.meta.url), 'utf8');
const RELEASE = new URL('../../release/pain-guide/', import.meta.url);
const manifestOf = (folder) => JSON.parse(readFileSync(new URL(`${folder}/manifest.json`, RELEASE), 'utf8'));
/** The release's version folder (x.y.z), as `./dev test` just built it. */
const VERSION = readdirSync(RELEASE).find((name) => /^\d+\.\d+\.\d+$/.test(name));
const MAJOR = VERSION.split('.')[0];

/**
 * A clinic page on 127.0.0.1 embedding the release from `cdn` (127.0.0.2, the test server with
 * the `_headers` file) with the manifest's snippet: the pinned one for the version's folder, the
 * other for the moving one.
 */
async function clinicPage(page, folder, cdn = release.server.url) {
  const { version, snippet, latestSnippet } = manifestOf(VERSION);
  const tag = (folder === MAJOR ? latestSnippet : snippet).replace('https://YOUR-SITE/', `${cdn}/`);
  // The documented policy for a widget on another origin: that origin in script-src and connect-src.
  const csp = `default-src 'self'; script-src 'self' ${cdn} 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self' ${cdn}; img-src 'self' data:`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
    <meta http-equiv="Content-Security-Policy" content="${csp}"><title>Clinic</title>${tag}</head>
    <body><h1>Clinic</h1></body></html>`.replace('<pain-guide></pain-guide>', '');
  const path = `/hosts/release-${folder}.html`;
  addPage(path, html.replace('</body>', '<pain-guide entry="fibromyalgia"></pain-guide></body>'));
  await page.goto(url(path));
  return { version };
}

test('the release loads from another origin with its SRI snippet, under a strict policy', async (t) => {
  await run(t, {}, async (page) => {
    const responses = [];
    page.on('response', (response) => responses.push(response));
    await clinicPage(page, VERSION);
    const widget = await new Widget(page).ready();
    assert.equal(await widget.title.textContent(), 'Fibromyalgia');
    const ready = (await events(page)).find((event) => event.name === 'pain-guide:ready');
    assert.equal(ready.detail.version, VERSION);
    assert.equal(await widget.host.evaluate((host) => host.version), VERSION, 'el.version matches the code');
    const wasm = responses.find((response) => response.url().endsWith('.wasm'));
    assert.equal(wasm.headers()['content-type'], 'application/wasm');
    assert.equal(wasm.headers()['access-control-allow-origin'], '*');
    assert.equal(wasm.headers()['cache-control'], 'public, max-age=31536000, immutable');
    assert.deepEqual(page.problems, []);
  });
});

/** What the name of a file's copy in each encoding ends with (the release makes them beside it). */
const COPY = { br: '.br', gzip: '.gz' };

/** The response to a GET of `url` with `accept` as Accept-Encoding: its headers and its bytes as sent. */
const rawGet = (url, accept) => new Promise((resolve, reject) => {
  request(url, { headers: accept ? { 'Accept-Encoding': accept } : {} }, (response) => {
    const chunks = [];
    response.on('data', (chunk) => chunks.push(chunk));
    response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
  }).on('error', reject).end();
});

// Most clinics' WordPress sites are on shared hosting (Apache or LiteSpeed), where the folder they
// upload is all they configure: its .htaccess files must give every file its headers. A server
// of their own is more often nginx, which includes the release's headers/nginx.conf. Both send
// the compressed copies the release makes beside each file (Apache brotli too; nginx's brotli is
// a module few have); an Apache without mod_rewrite compresses on the way instead.
for (const [server, start, copies] of [
  ['Apache, with the folder\'s own .htaccess', startApache, ['br', 'gzip']],
  ['Apache without mod_rewrite', () => startApache({ rewrite: false }), []],
  ['nginx, with headers/nginx.conf', startNginx, ['gzip']],
]) {
  test(`on ${server}, on a host that knows no .wasm and compresses only HTML, every file gets its type, headers and compression`, async (t) => {
    const host = await start();
    t.after(() => host.close());
    await run(t, {}, async (page) => {
      const responses = [];
      page.on('response', (response) => responses.push(response));
      for (const folder of [VERSION, MAJOR]) {
        await clinicPage(page, folder, host.url);
        const widget = await new Widget(page).ready();
        assert.equal(await widget.title.textContent(), 'Fibromyalgia');
      }
      const response = (path) => responses.find((candidate) => candidate.url() === `${host.url}/pain-guide/${path}`);
      const headers = (path) => {
        const { 'content-type': type, 'cache-control': cache, 'access-control-allow-origin': cors, 'x-content-type-options': sniff, 'content-encoding': encoding } =
          response(path).headers();
        return { type, cache, cors, sniff, encoding };
      };
      const year = 'public, max-age=31536000, immutable';
      // (Browsers accept brotli from HTTPS and loopback addresses, as this server's.)
      const shared = { cors: '*', sniff: 'nosniff', encoding: copies[0] ?? 'gzip' };
      assert.deepEqual(headers(`${VERSION}/pain-guide.js`), { type: 'text/javascript', cache: year, ...shared });
      assert.deepEqual(headers(`${VERSION}/pain-guide-en_bg.wasm`), { type: 'application/wasm', cache: year, ...shared });
      assert.deepEqual(headers(`${MAJOR}/pain-guide.js`), { type: 'text/javascript', cache: 'public, max-age=300', ...shared });
      // The theme editor, opened from the uploaded folder, is a page with its styles (nginx's
      // `types` in a location replaces the server's whole list).
      await new ThemeEditor(page).open(`${host.url}/pain-guide/${VERSION}/editor.html`);
      await new Widget(page).ready();
      assert.deepEqual(headers(`${VERSION}/editor.html`), { type: 'text/html', cache: year, ...shared });
      assert.deepEqual(headers(`${VERSION}/editor.css`), { type: 'text/css', cache: year, ...shared });
      // The wasm, most of the bytes, comes compressed: about 40% of its size; as the copy made
      // for it, where the server sends copies.
      const wasm = `${VERSION}/pain-guide-en_bg.wasm`;
      const { responseBodySize } = await response(wasm).request().sizes();
      const { size } = statSync(new URL(wasm, RELEASE));
      assert.ok(responseBodySize < 0.45 * size, `the wasm came as ${responseBodySize} bytes of its ${size}`);
      if (copies.length) assert.equal(responseBodySize, statSync(new URL(wasm + COPY[copies[0]], RELEASE)).size);
      // Each browser gets the best copy it accepts, with the file's own type and a Vary that keeps
      // caches between apart; one that accepts none gets the file itself.
      const TYPES = { wasm: 'application/wasm', js: 'text/javascript', html: 'text/html' };
      for (const path of [wasm, `${MAJOR}/pain-guide.js`, `${VERSION}/editor.html`]) {
        const file = readFileSync(new URL(path, RELEASE));
        for (const [accept, expected] of [['gzip, deflate, br, zstd', copies[0]], ['gzip, deflate', copies.at(-1)], [undefined, undefined]]) {
          const { headers: sent, body } = await rawGet(`${host.url}/pain-guide/${path}`, accept);
          const what = `${path} for ${accept}: ${sent['content-encoding']}`;
          assert.equal(sent['content-type'], TYPES[path.split('.').at(-1)], what);
          assert.match(sent.vary, /Accept-Encoding/, what);
          if (expected) {
            assert.equal(sent['content-encoding'], expected, what);
            assert.deepEqual(body, readFileSync(new URL(path + COPY[expected], RELEASE)), what);
          } else if (accept) {
            assert.equal(sent['content-encoding'], 'gzip', what);
            assert.deepEqual(gunzipSync(body), file, what);
          } else {
            assert.deepEqual([sent['content-encoding'], body], [undefined, file], what);
          }
        }
      }
      // No warning that the .wasm came without its type (the slower fallback), nor anything else;
      // and none from the server about the configuration the release brings.
      assert.deepEqual(page.problems, []);
      assert.deepEqual(await host.warnings(), []);
    });
  });
}

// The moving folder holds only a loader, which fetches everything else from its own version's
// folder: a page open while the folder moves on to the next version (an upload) then keeps
// fetching files its pinned hashes accept, when the patient first prints or changes language.
test('the moving major-version folder works too, with short caching, and takes every other file from its version\'s folder', async (t) => {
  await run(t, {}, async (page) => {
    const requested = [];
    page.on('request', (request) => request.url().startsWith(release.server.url) && requested.push(new URL(request.url()).pathname));
    const responses = [];
    page.on('response', (response) => responses.push(response));
    await clinicPage(page, MAJOR);
    const widget = await new Widget(page).ready();
    const loader = responses.find((response) => response.url().endsWith(`/${MAJOR}/pain-guide.js`));
    assert.equal(loader.headers()['cache-control'], 'public, max-age=300');
    // What a patient may first use long after the page loaded: the other language, the printout.
    await widget.host.getByRole('button', { name: widget.words.other_language_label }).click();
    await new Widget(page, 0, 'es').ready();
    // (Each module's glue and wasm are requested together, in either order.)
    assert.deepEqual(requested.sort(), [
      `/pain-guide/${MAJOR}/pain-guide.js`,
      ...['pain-guide-en.js', 'pain-guide-en_bg.wasm', 'pain-guide-es.js', 'pain-guide-es_bg.wasm'].map((file) => `/pain-guide/${VERSION}/${file}`),
    ].sort());
    assert.deepEqual(readdirSync(new URL(`${MAJOR}/`, RELEASE)), ['pain-guide.js', 'pain-guide.js.br', 'pain-guide.js.gz']);
    assert.deepEqual(page.problems, []);
  });
});

// Marketing staff choose the look on the clinic's own site, where the folder was uploaded: the
// previews run the site's copy of the files (and a logo on the site loads), and the snippet is
// the one to paste, with the site's address in it.
test('the theme editor opens from the uploaded version folder, and its snippet has the site\'s own address, to paste as it is', async (t) => {
  // The previews and the check both try the logo that is not there.
  await run(t, { expected: ['could not be loaded; showing no logo', 'Failed to load resource', 'missing-logo.png'] }, async (page) => {
    const editor = await new ThemeEditor(page).open(`${release.server.url}/pain-guide/${VERSION}/editor.html`);
    await new Widget(page).ready();
    await editor.field('Button words').fill('Book a visit');
    await editor.field('Button link').fill('https://clinic.example/book');
    await page.waitForFunction(() => document.getElementById('snippet').value.includes('/book'));
    const { script, element } = await editor.snippet();
    const [pinned] = manifestOf(VERSION).snippet.split('\n');
    assert.equal(script, pinned.replace('https://YOUR-SITE', release.server.url));
    // Nothing asks to replace YOUR-SITE, and no link leads to a demo page the folder does not have.
    assert.equal(await page.getByText('YOUR-SITE').filter({ visible: true }).count(), 0);
    assert.equal(await page.getByRole('link', { name: 'Back to the demo page' }).count(), 0);
    // An editor on the clinic's site is for its staff, not for search results.
    assert.equal(await page.locator('meta[name=robots]').getAttribute('content'), 'noindex');
    assert.equal(manifestOf(VERSION).themeEditor, 'editor.html');
    // Here an address on the site is where the logo would load from: if it does not, it is not
    // there, or the folder is on another site (a CDN), which the message names.
    await editor.type('Logo address', '/images/missing-logo.png');
    await editor.field('Logo address').press('Tab');
    await page.waitForFunction(() => document.querySelector('#problems li'));
    assert.deepEqual((await editor.report()).problems, [
      'The logo at "/images/missing-logo.png" could not be loaded here. An address starting with / is on the site this editor is on, ' +
      `${new URL(release.server.url).host}: check that the logo is there, or give its full address (https://…).`,
    ]);
    await editor.field('Logo address').fill('');
    await editor.field('Logo address').press('Tab');

    addPage('/hosts/pasted.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
      <title>Clinic</title></head><body><h1>Clinic</h1>${script}\n${element}</body></html>`);
    await page.goto(url('/hosts/pasted.html'));
    const widget = await new Widget(page).ready();
    assert.equal(await widget.host.getByRole('link', { name: 'Book a visit' }).getAttribute('href'), 'https://clinic.example/book');
    assert.deepEqual(page.problems, []);
  });
});

// The clinic guide suggests trying the folder on one's own computer first, from a local server:
// there the editor's snippet held this computer's address (http://localhost:8000/…), which loads
// the guide only on that computer, while its server runs: pasted into the site, it works for
// whoever tried it and for no patient.
test('the theme editor tried on this computer (a local server) gives the snippet with YOUR-SITE to replace, not this computer\'s address', async (t) => {
  const local = await startReleaseServer({ host: '127.0.0.1' });
  t.after(() => local.close());
  await run(t, {}, async (page) => {
    const editor = await new ThemeEditor(page).open(`http://localhost:${new URL(local.url).port}/pain-guide/${VERSION}/editor.html`);
    await new Widget(page).ready();
    await editor.field('Button words').fill('Book a visit');
    await editor.field('Button link').fill('https://clinic.example/book');
    await page.waitForFunction(() => document.getElementById('snippet').value.includes('/book'));
    const [pinned] = manifestOf(VERSION).snippet.split('\n');
    assert.equal((await editor.snippet()).script, pinned);
    assert.ok(await page.locator('p', { hasText: 'Replace YOUR-SITE with' }).isVisible());
    // The folder has no demo page to go back to.
    assert.equal(await page.getByRole('link', { name: 'Back to the demo page' }).count(), 0);
    assert.deepEqual(page.problems, []);
  });
});

// Site builders that take "embed code" (Wix, Google Sites) run it in a frame of their own, on
// another address than the page; the strictest has no origin at all (sandbox without
// allow-same-origin). The files come with CORS, and the frame can keep nothing.
test('in a sandboxed frame with no origin of its own, as site builders run embed code, the guide loads and works, keeping answers while the page is open', async (t) => {
  await run(t, { expected: ['does not let the page keep answers'] }, async (page) => {
    const pasted = manifestOf(VERSION).snippet.replace('https://YOUR-SITE', release.server.url);
    const framed = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${pasted}</body></html>`;
    addPage('/hosts/site-builder.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
      <title>Site builder</title></head><body><iframe sandbox="allow-scripts" title="Patient guide" width="900" height="760"
      srcdoc="${framed.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></iframe></body></html>`);
    await page.goto(url('/hosts/site-builder.html'));
    const widget = await new Widget(page.frameLocator('iframe')).ready();
    const map = await new PainMap(widget).open();
    await map.host.getByText('This browser is not letting the page keep your answers.').waitFor();
    await map.place('Your neck').click();
    await map.intensity(6).check();
    assert.deepEqual(await map.markedPlaces('Front'), ['Your neck, pain 6 of 10']);
    assert.deepEqual(page.problems, []);
  });
});

test('a tampered loader on the CDN is refused by the browser', async (t) => {
  await run(t, { expected: ['integrity', 'digest'] }, async (page) => {
    const errors = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.route('**/pain-guide/*/pain-guide.js', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()) + '\n// tampered' });
    });
    await clinicPage(page, VERSION);
    await page.waitForTimeout(500);
    const defined = await page.evaluate(() => Boolean(customElements.get('pain-guide')));
    assert.equal(defined, false, 'the tampered script never ran');
    // Chromium says why in the console; Firefox's report does not reach the test driver.
    if (BROWSER === 'chromium') assert.ok(errors.some((error) => /integrity/i.test(error)), errors.join('\n'));
    assert.deepEqual(page.problems, [], 'nothing else went wrong');
  });
});

test('the manifest lists the files with their hashes and the whole contract', () => {
  const { files, attributes, events: declared, methods, contentSecurityPolicy } = manifestOf(VERSION);
  assert.deepEqual(files.map((file) => file.name), [
    'pain-guide.js', 'pain-guide-en.js', 'pain-guide-en_bg.wasm', 'pain-guide-es.js', 'pain-guide-es_bg.wasm',
    'pain-guide-hand-off.js', 'pain-guide-hand-off_bg.wasm', 'pain-guide-questionnaire.json',
  ]);
  for (const file of files) assert.match(file.integrity, /^sha384-[A-Za-z0-9+/]{64}$/);
  const observed = LOADER.match(/var OBSERVED_ATTRIBUTES = \[([^\]]*)\]/)[1].match(/'[^']+'/g).map((name) => name.slice(1, -1));
  assert.deepEqual(attributes.map((attribute) => attribute.name).sort(), observed.sort());
  assert.deepEqual(declared.map((event) => event.name), ['pain-guide:ready', 'pain-guide:load-error', 'pain-guide:language', 'pain-guide:submit']);
  assert.deepEqual(methods.map((method) => method.name), ['version', 'setTheme']);
  assert.match(contentSecurityPolicy.sameOrigin, /script-src 'self' 'wasm-unsafe-eval'/);
});
