// What a patient sees while the widget's code arrives, and when it cannot arrive.
import { test } from 'node:test';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import assert from 'node:assert/strict';
import { suite, events, plainHost, shippedLoader } from '../support/suite.mjs';
import { Widget, trapInPage } from '../support/widget.mjs';
import { PainMap } from '../support/pain_map.mjs';
import { BROWSER, dropFirstRequest, holdRequests } from '../support/browser.mjs';

const { url, run, addPage } = suite();
const WASM = '**/pain-guide-en_bg.wasm';
const GLUE = /\/pain-guide-en\.js(\?|$)/; // with the query of the loader's second try

test('pasted as the README shows, the page above shows while the loader is on its way, and nothing below ever moves', async (t) => {
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  const snippet = readme.match(/## Putting the widget on a page[\s\S]*?```html\n([^`]*)```/)[1]
    .replace('https://your-site.example/pain-guide/', '/cdn/pain-guide/v1/');
  addPage('/hosts/pasted-snippet.html', '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">' +
    `<title>Pasted snippet</title></head>\n<body>\n<h1>Living with fibromyalgia</h1>\n${snippet}<p id="below">Text below the widget.</p>\n</body></html>`);
  await run(t, {}, async (page) => {
    // Every frame the browser draws: whether the heading is in it, and where the text below is.
    await page.addInitScript(() => {
      window.drawn = [];
      const look = () => {
        window.drawn.push({ heading: Boolean(document.querySelector('h1')), below: document.getElementById('below')?.getBoundingClientRect().top });
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    const release = await holdRequests(page, '**/pain-guide.js');
    await page.goto(url('/hosts/pasted-snippet.html'), { waitUntil: 'commit' });
    await page.waitForFunction(() => window.drawn.some((frame) => frame.heading));
    release();
    await new Widget(page).ready();
    const tops = new Set((await page.evaluate(() => window.drawn)).map((frame) => frame.below).filter((top) => top !== undefined));
    assert.equal(tops.size, 1, `the text below the widget was drawn at ${[...tops].join(', ')} px`);
    assert.deepEqual(page.problems, []);
  });
});

test('while the code loads the widget holds its box, so the host page does not move', async (t) => {
  await run(t, {}, async (page) => {
    const release = await holdRequests(page, WASM);
    await page.goto(url('/hosts/plain.html'));
    const widget = new Widget(page);
    await widget.placeholder.waitFor();
    assert.equal(await widget.host.getByRole('status').textContent(), 'Loading the patient guide…');
    const below = page.locator('#below');
    const before = { box: await widget.box(), below: await below.boundingBox() };
    release();
    await widget.ready();
    assert.deepEqual({ box: await widget.box(), below: await below.boundingBox() }, before);
    assert.deepEqual(page.problems, []);
  });
});

// A connection that stalls (a weak signal, a captive portal) never fails: the box said "Loading…"
// for as long as the patient waited, with nothing to tell them what to do.
test('on a network that stalls, the loading box says after 15 seconds what the patient can do, and the widget still comes', async (t) => {
  await run(t, {}, async (page) => {
    const release = await holdRequests(page, WASM);
    await page.clock.install();
    await page.goto(url('/hosts/plain.html'));
    const widget = new Widget(page);
    await widget.placeholder.waitFor();
    const status = widget.host.getByRole('status');
    await page.clock.runFor(14_000);
    assert.equal(await status.textContent(), 'Loading the patient guide…');
    await page.clock.runFor(1_000);
    assert.equal(await status.textContent(), 'Still loading the patient guide. If nothing appears soon, please refresh the page.');
    release();
    await widget.ready();
    assert.deepEqual(page.problems, []);
  });
});

/** The loading boxes' heights, checked to be the widgets' own once `release` lets the code in. */
async function heightsWhileLoading(widgets, release) {
  const heights = () => Promise.all(widgets.map(async (widget) => Math.round((await widget.box()).height)));
  const loading = await heights();
  release();
  await Promise.all(widgets.map((widget) => widget.ready()));
  assert.deepEqual(await heights(), loading, 'the widgets, drawn, are as tall as their loading boxes');
  return loading;
}

test('with a larger text size the loading box is already the widget\'s height, whatever sets it', async (t) => {
  await run(t, {}, async (page) => {
    await page.setViewportSize({ width: 1280, height: 1600 }); // no box capped at 90% of it
    const release = await holdRequests(page, WASM);
    await page.goto(url('/hosts/plain.html'));
    // Each way a clinic can set it, in the widget's order of precedence (src/config/mod.rs).
    await page.evaluate(() => {
      const add = (set) => {
        const element = document.createElement('pain-guide');
        set(element);
        document.querySelector('#elsewhere').append(element);
      };
      add((element) => element.setAttribute('text-size', 'Larger'));
      add((element) => element.setAttribute('theme-config', '{"text-size": "large"}'));
      add((element) => element.style.setProperty('--pg-text-size', 'large'));
      add((element) => {
        element.setAttribute('text-size', 'large');
        element.setTheme({ 'text-size': 'larger' }); // before the code has arrived
      });
      add((element) => element.setAttribute('text-size', 'huge')); // refused: the usual size
    });
    const widgets = [0, 1, 2, 3, 4, 5].map((index) => new Widget(page, index));
    await Promise.all(widgets.map((widget) => widget.placeholder.waitFor()));
    // A script may change them while the code is still on its way.
    await page.evaluate(() => {
      const [first, , , , , last] = document.querySelectorAll('pain-guide');
      first.setAttribute('text-size', 'large');
      last.setTheme({ 'text-size': 'larger' });
    });
    const loading = await heightsWhileLoading(widgets, release);
    // 40em of 16 px (medium), 18 px (large) or 24 px (x-large).
    assert.deepEqual(loading, [720, 960, 720, 720, 960, 960]);
  });
});

test('a clinic\'s height is the loading box\'s height too; a refused one is the usual height', async (t) => {
  const expected = ['<pain-guide height="250"> is not valid', '<pain-guide height="50vh"> is not valid'];
  await run(t, { expected, viewport: { width: 1280, height: 1000 } }, async (page) => {
    const release = await holdRequests(page, WASM);
    await page.goto(url('/hosts/plain.html'));
    await page.evaluate(() => {
      for (const height of ['500', ' 480px ', '1500', '250', '50vh', '700']) {
        const element = document.createElement('pain-guide');
        element.setAttribute('height', height);
        document.querySelector('#elsewhere').append(element);
      }
    });
    const widgets = [1, 2, 3, 4, 5, 6].map((index) => new Widget(page, index));
    await Promise.all(widgets.map((widget) => widget.placeholder.waitFor()));
    // A script may change it while the code is still on its way.
    await page.evaluate(() => document.querySelectorAll('pain-guide')[6].setAttribute('height', '600'));
    const loading = await heightsWhileLoading(widgets, release);
    // 1500 px is more than 90% of the window; refused values leave 40em of 16 px.
    assert.deepEqual(loading, [500, 480, 900, 640, 640, 600]);
    // And on the live widget, keeping what the patient is doing.
    await widgets[0].host.getByRole('button', { name: 'My pain map' }).click();
    await widgets[0].host.evaluate((element) => element.setAttribute('height', '800'));
    await page.waitForFunction(() => document.querySelectorAll('pain-guide')[1].getBoundingClientRect().height === 800);
    assert.equal(await widgets[0].host.getByRole('button', { name: 'My pain map' }).getAttribute('aria-current'), 'page');
    assert.deepEqual(page.problems, []);
  });
});

test('the wasm is fetched alongside the glue, not after it (one round trip less on a real network)', async (t) => {
  await run(t, {}, async (page) => {
    const release = await holdRequests(page, GLUE);
    const wasmRequested = page.waitForRequest(WASM, { timeout: 10_000 });
    // Not until `load`: the glue's module script, held here, delays the page's load event.
    await page.goto(url('/hosts/plain.html'), { waitUntil: 'domcontentloaded' });
    await wasmRequested; // while the glue is still held
    release();
    await new Widget(page).ready();
    assert.deepEqual(page.problems, []);
  });
});

test('a dark-themed widget does not flash a light box while it loads', async (t) => {
  await run(t, {}, async (page) => {
    await page.route(WASM, () => {}); // never arrives
    await page.goto(url('/hosts/plain.html'));
    const dark = (await Widget.add(page, { theme: 'dark' })).placeholder;
    await dark.waitFor();
    const colour = (locator) => locator.evaluate((box) => getComputedStyle(box).backgroundColor);
    assert.equal(await colour(dark), 'rgb(28, 38, 45)');
    assert.equal(await colour(new Widget(page, 0).placeholder), 'rgb(242, 246, 247)');
    // Set in theme-config, which the widget reads before the attribute.
    const configured = (await Widget.add(page, { theme: 'light', 'theme-config': '{"theme": "dark"}' })).placeholder;
    await configured.waitFor();
    assert.equal(await colour(configured), 'rgb(28, 38, 45)');
  });
});

// A phone's connection often drops for a moment: the guide said "could not load" until the page
// was reloaded.
for (const file of ['pain-guide-en_bg.wasm', 'pain-guide-en.js']) {
  test(`if the download of ${file} is dropped once, the widget tries once more and appears`, async (t) => {
    // Firefox reports a dropped module script as not matching its hash.
    const options = { expected: ['pain-guide: the widget could not load', 'ERR_CONNECTION_RESET', 'NS_ERROR_ABORT', 'hashes in the integrity attribute'] };
    await run(t, options, async (page) => {
      const tries = await dropFirstRequest(page, file);
      await page.goto(url('/hosts/plain.html'));
      const widget = await new Widget(page).ready();
      assert.equal(await widget.title.textContent(), 'Fibromyalgia');
      assert.equal(tries(), 2);
      assert.deepEqual((await events(page)).filter((event) => event.name === 'pain-guide:load-error'), []);
      assert.deepEqual(page.problems, []);
    });
  });
}

async function assertFailsPolitely(page, expectedProblem) {
  await page.goto(url('/hosts/plain.html'));
  const widget = new Widget(page);
  const status = widget.host.getByRole('status');
  await status.getByText('could not load').waitFor();
  assert.match(await status.textContent(), /refresh the page, or contact the clinic/);
  const failed = (await events(page)).filter((event) => event.name === 'pain-guide:load-error');
  assert.equal(failed.length, 1);
  assert.ok(page.problems.every((problem) => expectedProblem.test(problem)), page.problems.join('\n'));
  assert.ok(page.problems.some((problem) => /pain-guide: the widget could not load/.test(problem)));
}

test('a missing .wasm file gives a clear message, not a blank box', async (t) => {
  await run(t, {}, async (page) => {
    await page.route(WASM, (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await assertFailsPolitely(page, /404|could not load|Failed to load resource|integrity|digest|Failed to fetch/i);
  });
});

test('a tampered .wasm file is refused', async (t) => {
  await run(t, {}, async (page) => {
    await page.route(WASM, async (route) => {
      const response = await route.fetch();
      const body = await response.body();
      body[body.length - 1] ^= 1;
      await route.fulfill({ response, body });
    });
    await assertFailsPolitely(page, /integrity|could not load|Failed to fetch/i);
  });
});

test('a tampered glue script is refused', async (t) => {
  await run(t, {}, async (page) => {
    await page.route(GLUE, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()) + '\n/* tampered */' });
    });
    await assertFailsPolitely(page, /integrity|could not load|Failed to fetch|import/i);
  });
});

// A classic script is read in the page's charset when its server names none (as Apache, and the
// release's .htaccess, serve .js): on a page in windows-1252, as many older sites are, the
// Spanish box read "Cargando la guÃ­a para pacientesâ€¦".
test('on a page in windows-1252, from a server that names no charset, the boxes read as written', async (t) => {
  const loader = await shippedLoader();
  addPage('/no-charset/pain-guide.js', loader, { 'Content-Type': 'text/javascript' }); // its files are not there
  const html = '<!doctype html><html lang="es"><head><meta charset="windows-1252"><title>Clínica</title></head>' +
    '<body><h1>Clínica del Río</h1><script src="/no-charset/pain-guide.js"></script><pain-guide></pain-guide></body></html>';
  addPage('/hosts/windows-1252.html', Buffer.from(html, 'latin1'), { 'Content-Type': 'text/html; charset=windows-1252' });
  await run(t, {}, async (page) => {
    await page.goto(url('/hosts/windows-1252.html'));
    const status = new Widget(page).host.getByRole('status');
    assert.equal(await status.textContent(), 'Cargando la guía para pacientes…');
    await status.getByText('no se pudo cargar').waitFor();
    assert.equal(await status.textContent(),
      'Lo sentimos, la guía para pacientes no se pudo cargar. Vuelva a cargar la página o comuníquese con la clínica.');
  });
});

// WordPress speed plugins that combine or minify scripts serve the loader from their cache, away
// from the files it looks for next to itself: every patient saw "could not load", and the console
// named only a folder of the cache.
for (const [plugin, path, before] of [
  ['combined (Autoptimize)', '/wp-content/cache/autoptimize/js/autoptimize_1a2b3c.js', 'window.theme = {};\n'],
  ['minified (WP Rocket)', '/wp-content/cache/min/1/cdn/pain-guide/v1/pain-guide.js', ''],
]) {
  test(`a loader a speed plugin ${plugin} into its cache says so in the console, with what to do`, async (t) => {
    const loader = await shippedLoader();
    addPage(path, before + loader, { 'Content-Type': 'text/javascript' });
    addPage(`/hosts/speed-plugin-${path.length}.html`, (await plainHost())
      .replace(/<script src="[^"]*pain-guide\.js" defer><\/script>/, `<script src="${path}?ver=6.8" defer></script>`));
    await run(t, {}, async (page) => {
      await page.goto(url(`/hosts/speed-plugin-${path.length}.html`));
      await new Widget(page).host.getByRole('status').getByText('could not load').waitFor();
      const said = page.problems.filter((problem) => problem.startsWith('console.error: pain-guide: the widget could not load'));
      assert.equal(said.length, 1, page.problems.join('\n'));
      assert.ok(said[0].includes(`This script runs from ${url(path)}?ver=6.8`) &&
        said[0].includes('exclude pain-guide.js from its combining and minifying'), said[0]);
    });
  });
}

// A web admin often tries the guide's folder on their own computer first, with a page of their
// own double-clicked there, and marketing staff its theme editor: the page is then a file, and
// Chromium and Safari load no module or wasm from a file. The box said "refresh the page, or
// contact the clinic" (two seconds after a pointless second try), and the console that the code
// "did not load, or does not match its pinned hash". Firefox runs the guide from a file.
/** A copy of dist/ in a folder on this computer, beside a page of the admin's own in `lang`: their file URLs. */
async function folderOnThisComputer(t, lang) {
  const folder = await mkdtemp(join(tmpdir(), 'pain-guide-file-'));
  t.after(() => rm(folder, { recursive: true, force: true }));
  await cp(new URL('../../dist/', import.meta.url), folder, { recursive: true });
  await writeFile(join(folder, 'trial.html'), `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Trial</title>` +
    '<script src="pain-guide.js" defer></script></head><body><h1>Trying the guide</h1><pain-guide></pain-guide></body></html>');
  return { trial: pathToFileURL(join(folder, 'trial.html')).href, editor: pathToFileURL(join(folder, 'editor.html')).href };
}

test('opened as a file on this computer, the box says to open the page from a website, and the console how', {
  skip: BROWSER === 'firefox' && 'Firefox loads the guide from a file',
}, async (t) => {
  const refused = ['has been blocked by CORS policy', 'Failed to load resource', 'net::ERR_FAILED', 'pain-guide: the widget could not load'];
  await run(t, { expected: refused }, async (page) => {
    const said = [];
    page.on('console', (message) => message.text().startsWith('pain-guide:') && said.push(`${message.type()}: ${message.text()}`));
    const explained = async () => {
      assert.ok(said.length >= 1 && said.every((line) => line.startsWith('error: ')), `a file does not drop like a connection: no second try\n${said.join('\n')}`);
      for (const line of said.splice(0)) {
        assert.match(line, /This page is a file \(file:\/\/\): Chrome, Edge and Safari load the guide's code only from a web server/);
        assert.match(line, /python3 -m http\.server/);
      }
      assert.deepEqual(page.problems, []);
    };
    for (const [lang, box] of [
      ['en', 'This browser does not run the patient guide on a page opened as a file. Open the page from a website.'],
      ['es', 'Este navegador no ejecuta la guía para pacientes en una página abierta como archivo. Abra la página desde un sitio web.'],
    ]) {
      await page.goto((await folderOnThisComputer(t, lang)).trial);
      const status = new Widget(page, 0, lang).host.getByRole('status');
      await status.getByText(box.slice(0, 40)).waitFor();
      assert.equal(await status.textContent(), box);
      const failed = (await events(page)).filter((event) => event.name === 'pain-guide:load-error');
      assert.equal(failed.length, 1);
      await explained();
    }
    // Marketing staff double-clicking the theme editor: its guides say it in place of the preview.
    await page.goto((await folderOnThisComputer(t, 'en')).editor);
    for (const index of [0, 1, 2]) await new Widget(page, index).host.getByRole('status').getByText('opened as a file').waitFor();
    await explained();
  });
});

test('opened as a file on this computer, Firefox runs the guide and its theme editor', {
  skip: BROWSER !== 'firefox' && 'Chromium loads no module from a file',
}, async (t) => {
  await run(t, {}, async (page) => {
    const pages = await folderOnThisComputer(t, 'en');
    await page.goto(pages.trial);
    await new Widget(page).ready();
    await page.goto(pages.editor);
    await new Widget(page).ready();
    assert.deepEqual(page.problems, []);
  });
});

// An iPad that stays on iPadOS 15 has no constructable stylesheets; an iPhone in Lockdown Mode has
// no WebAssembly. Either way the box says so in words, and nothing is downloaded for nothing.
for (const [browser, without] of [
  ['an older Safari (no constructable stylesheets)', () => { delete ShadowRoot.prototype.adoptedStyleSheets; }],
  ['Lockdown Mode (no WebAssembly)', () => { delete window.WebAssembly; }],
]) {
  test(`in ${browser} every widget says the browser cannot show it, instead of a blank box`, async (t) => {
    await run(t, {}, async (page) => {
      await page.addInitScript(without);
      const fetched = [];
      page.on('request', (request) => /pain-guide-(en|es)(_bg\.wasm|\.js)$/.test(request.url()) && fetched.push(request.url()));
      await page.goto(url('/hosts/two.html'));
      for (const widget of [new Widget(page, 0), new Widget(page, 1)]) {
        await widget.host.getByText('Sorry, this browser cannot show the patient guide.').waitFor();
        assert.match(await widget.host.locator('p').textContent(), /Please update it or use another browser, or contact the clinic\.$/);
      }
      const failed = (await events(page)).filter((event) => event.name === 'pain-guide:load-error');
      assert.deepEqual(failed.map((event) => event.detail), [{ message: 'unsupported browser' }, { message: 'unsupported browser' }]);
      assert.deepEqual(fetched, []);
      assert.equal(page.problems.length, 1, page.problems.join('\n'));
      assert.match(page.problems[0], /pain-guide: this browser cannot run the guide: it lacks WebAssembly or constructable stylesheets\./);
    });
  });
}

/**
 * Makes the widgets' code fail once (a real trap), then waits for the fresh start: until the page
 * has heard `readies` `pain-guide:ready` in all, the first start's and the fresh start's.
 */
async function failAndStartAgain(page, readies) {
  await page.evaluate(trapInPage, 'pain-guide-en.js');
  await page.waitForFunction((count) => window.painGuideEvents.filter((event) => event.name === 'pain-guide:ready').length === count, readies);
}

test('if the code fails, the widgets start again where they were, with the marks; if it fails again, every widget shows an apology and the clinic link, said once', async (t) => {
  const again = 'pain-guide: the widget stopped because of an internal error and starts again';
  await run(t, {}, async (page) => {
    await page.goto(url('/hosts/two.html'));
    const [first, second] = [new Widget(page, 0), new Widget(page, 1)];
    await first.ready();
    await second.ready();
    await first.host.evaluate((host) => {
      host.setAttribute('cta-text', 'Call the clinic');
      host.setAttribute('cta-href', 'tel:5550100');
    });
    await first.host.getByRole('link', { name: 'Call the clinic' }).first().waitFor();
    const map = await new PainMap(first).open();
    await map.place('Your left shoulder').click();
    await map.intensity(6).check();
    await map.figure.focus();
    // A fault that may be passing (WebKit traps now and then right after loading, under load):
    // every widget starts again, in a fresh copy of the code, where it was, and the patient's
    // focus with it.
    await failAndStartAgain(page, 4);
    await map.title.waitFor();
    assert.deepEqual(await map.markedPlaces('Front'), ['Your left shoulder, pain 6 of 10']);
    assert.ok(await map.figure.evaluate((figure) => figure.getRootNode().activeElement === figure), 'focus is on the figures again');
    assert.equal(await second.title.textContent(), 'Fibromyalgia');
    assert.equal(await first.apology.isVisible(), false);
    assert.equal(page.problems.filter((problem) => problem.includes(again)).length, 1, page.problems.join('\n'));
    // A second fault is for good.
    await page.evaluate(trapInPage, 'pain-guide-en.js?retry=1');
    for (const widget of [first, second]) {
      await widget.apology.waitFor();
      assert.match(await widget.apology.textContent(), /stopped working\. Please refresh the page/);
      assert.equal(await widget.root.count(), 0, 'the broken app is gone');
    }
    assert.equal(await first.apology.getByRole('link', { name: 'Call the clinic' }).getAttribute('href'), 'tel:5550100');
    assert.equal(await second.apology.getByRole('link').count(), 0);
    const said = page.problems.filter((problem) => /pain-guide: the widget stopped because of an internal error and shows an apology/.test(problem));
    assert.equal(said.length, 1, page.problems.join('\n'));
    // Later calls from the page are dropped quietly; the page itself goes on.
    await first.host.evaluate((host) => host.setTheme({ 'primary-color': '#5b3f8c' }));
    assert.equal(await page.evaluate(() => document.querySelector('h1').textContent), 'Two widgets on one page');
  });
});

// The stopped copy's code is not called again: it may fail again, and in WebKit its failure cannot
// be told from the new copy's, which would then stop every widget for good.
test('after a fault, the stopped copy of the code no longer follows the answers', async (t) => {
  await run(t, {}, async (page) => {
    await page.goto(url('/hosts/plain.html'));
    const widget = await new Widget(page).ready();
    await failAndStartAgain(page, 2);
    const map = await new PainMap(widget).open();
    // Each copy that follows the answers reads them again when another copy saves.
    await page.evaluate(() => {
      window.answersRead = 0;
      const getItem = Storage.prototype.getItem;
      Storage.prototype.getItem = function (key) {
        if (key === 'pain-guide:answers') window.answersRead += 1;
        return getItem.call(this, key);
      };
    });
    await map.place('Your left shoulder').click();
    await page.evaluate(() => window.dispatchEvent(new CustomEvent('pain-guide-answers-saved')));
    assert.deepEqual(await map.markedPlaces('Front'), ['Your left shoulder']);
    assert.equal(await page.evaluate(() => window.answersRead), 2, 'only the running copy read the answers, when the page announced a save');
    assert.equal(page.problems.length, 2, page.problems.join('\n')); // the fault, and that the widget starts again
  });
});

/** The plain page's widget at its topics, with "apnea" typed in the search. */
async function searchingForApnea(page) {
  await page.goto(url('/hosts/plain.html')); // entry="fibromyalgia"
  const widget = await new Widget(page).ready();
  await widget.back.click();
  await widget.search.fill('apnea');
  return widget;
}

// WebKit's traps came during a patient's first search: it comes back as typed, to go on with.
test('after a fault, the search the patient was typing comes back with its topics, focus at its end', async (t) => {
  await run(t, {}, async (page) => {
    const widget = await searchingForApnea(page);
    await failAndStartAgain(page, 2);
    assert.equal(await widget.search.inputValue(), 'apnea');
    assert.deepEqual(await widget.topics(), ['Sleep apnea']);
    const caret = await widget.search.evaluate((field) => field.getRootNode().activeElement === field && field.selectionStart);
    assert.equal(caret, 'apnea'.length, 'focus is in the search, after what was typed');
  });
});

test('after a fault whose code cannot tell where the patient was, the guide opens where it starts, focus on its reading area', async (t) => {
  await run(t, {}, async (page) => {
    const widget = await searchingForApnea(page);
    await widget.host.evaluate((host) => {
      host._handle.place = () => { throw new WebAssembly.RuntimeError('unreachable'); };
    });
    await page.evaluate(trapInPage, 'pain-guide-en.js');
    await widget.title.filter({ hasText: 'Fibromyalgia' }).waitFor();
    const focused = await widget.host.evaluate((host) => host.shadowRoot.activeElement?.className);
    assert.equal(focused, 'pg-scroll', 'focus is on the reading area, not on whichever control comes at the same count');
  });
});

test('a second fault while the widgets start again leaves each saying so, not "Loading…" for ever', async (t) => {
  await run(t, {}, async (page) => {
    await page.goto(url('/hosts/two.html'));
    const widgets = [new Widget(page, 0), new Widget(page, 1)];
    for (const widget of widgets) await widget.ready();
    const release = await holdRequests(page, /\/pain-guide-en\.js\?retry=1$/);
    await page.evaluate(trapInPage, 'pain-guide-en.js');
    for (const widget of widgets) await widget.placeholder.waitFor();
    const apologised = page.waitForEvent('console', (message) => message.text().includes('shows an apology instead'));
    await page.evaluate(trapInPage, 'pain-guide-en.js'); // the stopped copy, called again
    await apologised;
    await release();
    for (const widget of widgets) {
      await widget.host.getByText('Sorry, the patient guide could not load. Please refresh the page, or contact the clinic.').waitFor();
      assert.equal(await widget.root.count(), 0, 'no app in the stopped guide');
    }
  });
});
