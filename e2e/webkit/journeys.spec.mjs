// The patient's and the clinic's journeys in WebKit, Safari's engine (Debian's WebKitGTK, driven
// over classic WebDriver: e2e/support/webkit.mjs). Every iPhone browser is WebKit, so what the
// Chromium and Firefox suites check in depth is checked here where engines differ: module
// loading and its integrity, the clipboard, adopted sheets, focus, layout, storage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { AXE_OPTIONS, AXE_SOURCE } from '../support/axe.mjs';
import { KEY, webkitSuite } from '../support/webkit.mjs';
import { WORDS } from '../support/words.mjs';
import { trapInPage } from '../support/widget.mjs';

const { host, run, addPage } = webkitSuite();
const words = WORDS.en;

/** Opens the plain page's guide on its map. */
async function openMap(session) {
  await session.goto(await host('plain.html'));
  await session.ready();
  await session.clickText(words.part_map);
}

/** The widget's status line on the map ("2 of 19 areas marked"). */
const count = (session) => session.run(() => widget().querySelector('.pg-status')?.textContent);

test('the widget renders on a plain page, styled by its one adopted sheet, and leaves the page as it was', async (t) => {
  await run(t, async (session) => {
    await session.goto(await host('plain.html'));
    await session.ready();
    const seen = await session.run(() => {
      const tab = widget().querySelector('.pg-tab');
      return {
        title: widget().querySelector('h2').textContent,
        sheets: widget().adoptedStyleSheets.length,
        styleElements: document.querySelectorAll('style').length + widget().querySelectorAll('style, [style]').length,
        leftInHead: document.querySelectorAll('head script[type=module], head link[rel=modulepreload]').length,
        tabHeight: tab.getBoundingClientRect().height,
        font: getComputedStyle(tab).fontFamily,
        widgetHeight: document.querySelector('pain-guide').getBoundingClientRect().height,
        events: window.painGuideEvents.map((event) => event.name),
      };
    });
    assert.equal(seen.title, 'Fibromyalgia');
    assert.equal(seen.sheets, 1);
    assert.equal(seen.styleElements, 0);
    assert.equal(seen.leftInHead, 0);
    assert.ok(seen.tabHeight >= 44, `tabs are big targets: ${seen.tabHeight}px`);
    assert.match(seen.font, /^system-ui/);
    assert.equal(seen.widgetHeight, 640); // 40em at the browser's 16px
    assert.deepEqual(seen.events, ['pain-guide:ready']);
    assert.deepEqual(await session.problems(), []);
  });
});

test('a patient marks places with the mouse, says how much, reads them on the summary, and a reload keeps them', async (t) => {
  await run(t, async (session) => {
    await openMap(session);
    await session.click('#pg-front-shoulder-left');
    await session.clickText('6', 'label');
    await session.click('#pg-back-lower-back');
    await session.clickText('3', 'label');
    assert.equal(await count(session), '2 of 19 areas marked');
    const marks = () => session.run(() => [...widget().querySelectorAll('[role=checkbox][aria-checked=true]')].map((place) => place.getAttribute('aria-label')));
    // The shoulder shows on both figures, the lower back on the back one.
    const marked = ['Your left shoulder, pain 6 of 10', 'Your left shoulder, pain 6 of 10', 'Your lower back, pain 3 of 10'];
    assert.deepEqual((await marks()).sort(), marked);
    await session.reload();
    await session.ready();
    await session.clickText(words.part_map);
    assert.deepEqual((await marks()).sort(), marked);
    await session.clickText(words.part_summary);
    const summary = await session.run(() => widget().querySelector('.pg-scroll').textContent);
    assert.match(summary, /You marked pain in 2 of the 19 areas doctors ask about\./);
    assert.deepEqual(await session.problems(), []);
  });
});

// WebKit is where traps come now and then, right after loading, under load, and not again.
test('if the code stops, the guide starts again on the map with the marks; if it stops again, it apologises', async (t) => {
  await run(t, async (session) => {
    await openMap(session);
    await session.click('#pg-front-shoulder-left');
    await session.clickText('6', 'label');
    await session.runAsync(trapInPage, 'pain-guide-en.js');
    await session.waitFor(() => window.painGuideEvents.filter((event) => event.name === 'pain-guide:ready').length === 2);
    await session.find('#pg-front-shoulder-left');
    assert.equal(await count(session), '1 of 19 areas marked');
    const problems = await session.problems();
    assert.equal(problems.length, 2, problems.join('\n'));
    assert.match(problems.join('\n'), /pain-guide: the widget stopped because of an internal error and starts again: RuntimeError/);
    await session.runAsync(trapInPage, 'pain-guide-en.js?retry=1');
    await session.waitFor(() => widget().querySelector('.pg-failed:not([hidden])'));
    assert.match(await session.run(() => widget().textContent), /stopped working\. Please refresh the page/);
  });
});

// WebKit's traps came while patients typed their first search.
test('if the code stops during a search, the guide starts again with the search as typed, focus at its end', async (t) => {
  await run(t, async (session) => {
    await session.goto(await host('plain.html', { attributes: 'start="learn"' }));
    await session.ready();
    await session.type('#pg-search', 'apnea');
    await session.runAsync(trapInPage, 'pain-guide-en.js');
    await session.waitFor(() => window.painGuideEvents.filter((event) => event.name === 'pain-guide:ready').length === 2);
    const search = await session.run(() => {
      const field = widget().querySelector('#pg-search');
      return {
        value: field.value,
        found: widget().querySelector('#pg-search-status').textContent,
        caret: widget().activeElement === field && field.selectionStart,
      };
    });
    assert.deepEqual(search, { value: 'apnea', found: '1 topic', caret: 5 });
  });
});

test('Back to a page the browser kept shows the marks made on the next page, and keeps them', async (t) => {
  await run(t, async (session) => {
    const [first, next] = [await host('plain.html', { kept: true }), await host('dark.html', { kept: true })];
    await session.goto(first);
    await session.ready();
    await session.clickText(words.part_map);
    await session.click('#pg-front-neck');
    await session.run(() => { window.leftHere = true; });
    await session.goto(next);
    await session.ready();
    await session.clickText(words.part_map);
    await session.click('#pg-front-shoulder-left');

    await session.back();
    await session.waitFor((path) => location.pathname === path && document.readyState === 'complete' && window.leftHere,
      [new URL(first).pathname], { what: 'the browser to bring the page back as it was' });
    // Its widget shows the shoulder too, and its next mark keeps it, where it wrote over it.
    await session.waitFor(() => widget().querySelector('.pg-status')?.textContent === '2 of 19 areas marked', [], { what: 'the mark made on the next page' });
    await session.click('#pg-back-lower-back');
    await session.reload();
    await session.ready();
    await session.clickText(words.part_map);
    assert.equal(await count(session), '3 of 19 areas marked');
    assert.deepEqual(await session.problems(), []);
  });
});

test('keyboard alone: Tab to the map, arrows, Space and a number key, with a visible focus ring', async (t) => {
  await run(t, async (session) => {
    await session.goto(await host('plain.html'));
    await session.ready();
    const focused = () => session.run(() => {
      const element = widget().activeElement;
      return element && { text: element.textContent, figure: element.matches('.pg-figure'), ring: getComputedStyle(element).outlineStyle };
    });
    // The page has no control before the widget: the first Tab reaches its tabs.
    await session.press(KEY.TAB, KEY.TAB);
    assert.deepEqual(await focused(), { text: words.part_map, figure: false, ring: 'solid' });
    await session.press(KEY.ENTER);
    await session.waitFor(() => widget().querySelector('.pg-figure'));
    for (let stop = 0; stop < 12 && !(await focused())?.figure; stop++) await session.press(KEY.TAB);
    assert.equal((await focused()).figure, true, 'Tab reaches the map');
    assert.equal((await focused()).ring, 'solid');
    await session.press(KEY.RIGHT, ' ', '7');
    const active = await session.run(() => {
      const id = widget().activeElement.getAttribute('aria-activedescendant');
      const place = widget().getElementById(id);
      return { checked: place.getAttribute('aria-checked'), label: place.getAttribute('aria-label') };
    });
    assert.equal(active.checked, 'true');
    assert.match(active.label, /, pain 7 of 10/);
    assert.deepEqual(await session.problems(), []);
  });
});

test('under the strict policy sent as a header (Trusted Types enforced), and on a hostile page, the widget works and looks the same', async (t) => {
  await run(t, async (session) => {
    const look = () => session.run(() => {
      const style = getComputedStyle(widget().querySelector('.pg-tab'));
      const box = widget().querySelector('.pg-tab').getBoundingClientRect();
      return [style.fontSize, style.lineHeight, style.textTransform, style.letterSpacing, style.color, box.width, box.height];
    });
    await session.goto(await host('plain.html'));
    await session.ready();
    const plain = await look();

    await session.goto(await host('strict-csp.html', { strict: true }));
    await session.ready();
    assert.equal(await session.run(() => typeof trustedTypes), 'object', 'this WebKit enforces Trusted Types');
    // Its clinic's content (content-src) and call to action arrive under the policy.
    await session.waitFor(() => widget().querySelector('.pg-cta')?.textContent === 'Book a visit');
    assert.deepEqual(await session.problems(), []);

    await session.goto(await host('hostile.html'));
    await session.ready();
    assert.deepEqual(await look(), plain);
    assert.deepEqual(await session.problems(), []);
  });
});

// Safari does not check a module preload's integrity: with the glue preloaded, a tampered copy ran.
for (const [what, tamper] of [
  ['glue script', (files) => { files['pain-guide-en.js'] += '\n/* tampered */'; }],
  ['.wasm file', (files) => { files['pain-guide-en_bg.wasm'][100] ^= 1; }],
]) {
  test(`a tampered ${what} is refused: the box says the guide could not load`, async (t) => {
    const files = {
      'pain-guide.js': await readFile('dist/pain-guide.js', 'utf8'),
      'pain-guide-en.js': await readFile('dist/pain-guide-en.js', 'utf8'),
      'pain-guide-en_bg.wasm': await readFile('dist/pain-guide-en_bg.wasm'),
    };
    tamper(files);
    const folder = `/tampered-${what.replace(/\W/g, '')}/`;
    for (const [name, body] of Object.entries(files)) {
      addPage(folder + name, body, { 'Content-Type': name.endsWith('.wasm') ? 'application/wasm' : 'text/javascript' });
    }
    await run(t, async (session) => {
      await session.goto(await host('plain.html', { loader: `${folder}pain-guide.js` }));
      await session.waitFor(() => window.painGuideEvents.length);
      const seen = await session.run(() => ({
        events: window.painGuideEvents.map((event) => event.name),
        text: widget().textContent,
        rendered: Boolean(widget().querySelector('.pg-root')),
      }));
      assert.deepEqual(seen, {
        events: ['pain-guide:load-error'],
        text: 'Sorry, the patient guide could not load. Please refresh the page, or contact the clinic.',
        rendered: false,
      });
      const problems = await session.problems();
      assert.match(problems.at(-1), /^console\.error: pain-guide: the widget could not load from /);
    });
  });
}

test('"Copy as text" works at the first press, while the appointment tools download, and pastes the sheet', async (t) => {
  await run(t, async (session) => {
    await session.goto(await host('plain.html', { extra: '<textarea id="notes" aria-label="Notes"></textarea>' }));
    await session.ready();
    await session.clickText(words.part_map);
    await session.click('#pg-front-neck');
    await session.clickText(words.part_summary);
    await session.clickText(words.copy);
    const said = await session.waitFor((texts) => [...widget().querySelectorAll('p')].find((p) => texts.includes(p.textContent))?.textContent, [[words.copied, words.copy_failed]]);
    assert.equal(said, words.copied);
    await session.clickPage('#notes');
    await session.chord(KEY.CONTROL, 'v');
    const pasted = await session.waitFor(() => document.querySelector('#notes').value);
    assert.match(pasted, /^Pain and symptom summary\n/);
    assert.match(pasted, /\nNeck: pain not rated\n/);
    assert.deepEqual(await session.problems(), []);
  });
});

test('the language switch loads the Spanish build and keeps the marks', async (t) => {
  await run(t, async (session) => {
    await openMap(session);
    await session.click('#pg-front-hip-right');
    await session.click('.pg-lang');
    // The Spanish build mounts in the part the patient was in, with the answers.
    const expected = WORDS.es.areas_marked.replace('{n}', '1');
    await session.waitFor((expected) => widget().querySelector('.pg-root[lang=es] .pg-status')?.textContent === expected, [expected], { what: expected });
    assert.deepEqual(await session.problems(), []);
  });
});

test('axe-core finds no violations on the entry, the map with marks, and the summary', async (t) => {
  await run(t, async (session) => {
    await session.goto(await host('plain.html'));
    await session.ready();
    await session.call('POST', '/execute/sync', { script: `${AXE_SOURCE}; window.axe = axe;`, args: [] });
    const violations = () => session.runAsync((options) => window.axe
      .run('pain-guide', options)
      .then((result) => result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)), AXE_OPTIONS);
    assert.deepEqual(await violations(), [], 'entry');
    await session.clickText(words.part_map);
    await session.click('#pg-front-jaw-left');
    await session.clickText('8', 'label');
    assert.deepEqual(await violations(), [], 'map');
    await session.clickText(words.part_summary);
    assert.deepEqual(await violations(), [], 'summary');
  });
});

test('in a narrow window the widget scrolls as one, and a tap on a place brings "How much does it hurt?" into sight', async (t) => {
  await run(t, async (session) => {
    // Under 30em, a phone's layout. MiniBrowser's toolbar keeps its window at least 447 px wide,
    // and asking for less at times left the resize unanswered.
    await session.setSize(470, 640);
    const width = await session.run(() => innerWidth);
    assert.ok(width < 480, `narrow enough for the phone layout: ${width}px`);
    await openMap(session);
    await session.click('#pg-front-shoulder-left');
    const inSight = () => {
      const root = widget().querySelector('.pg-root').getBoundingClientRect();
      const question = widget().querySelector('.pg-panel fieldset')?.getBoundingClientRect();
      return question && question.top >= root.top && question.top < Math.min(root.bottom, innerHeight);
    };
    await session.waitFor(inSight, [], { what: '"How much does it hurt?" in sight' });
    const layout = await session.run(() => ({
      rootScrolls: widget().querySelector('.pg-root').scrollHeight > widget().querySelector('.pg-root').clientHeight,
      sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
    }));
    assert.deepEqual(layout, { rootScrolls: true, sideways: false });
    assert.deepEqual(await session.problems(), []);
  });
});

test('the theme editor: a preset and the call to action, typed in, show live in every preview and in the snippet', async (t) => {
  await run(t, async (session) => {
    await session.goto(await host('editor.html', { dist: true }));
    await session.waitFor(() => document.body.dataset.ready === 'true');
    await session.clickPage('#theme option[value=dark]');
    await session.typePage('#cta-text', 'Book a visit');
    await session.typePage('#cta-href', '/book');
    const previews = () => session.run(() => [...document.querySelectorAll('pain-guide')].map((element) => {
      const root = element.shadowRoot.querySelector('.pg-root[role=region]');
      return [getComputedStyle(root).backgroundColor, root.querySelector('.pg-cta')?.textContent];
    }));
    await session.waitFor(() => document.querySelector('#snippet').value.includes('cta-href="/book"'));
    const seen = await previews();
    assert.equal(seen.length, 3);
    for (const [background, cta] of seen) {
      assert.equal(cta, 'Book a visit');
      const [r, g, b] = background.match(/\d+/g).map(Number);
      assert.ok(r + g + b < 150, `a dark background: ${background}`);
    }
    const snippet = await session.run(() => document.querySelector('#snippet').value);
    assert.match(snippet, /<pain-guide [^>]*theme="dark"[^>]*cta-text="Book a visit"/);
    assert.deepEqual(await session.problems(), []);
  });
});
