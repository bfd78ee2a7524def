// The widget on the kinds of page clinics really have: right-to-left, dark, a CSS framework with a
// reset, a strict security policy sent as a header, several differently themed widgets at once, a
// popup that is closed, a page that scrolls itself (wheel and swipes), a page zoomed with CSS.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { STRICT_CSP } from '../server.mjs';
import { suite, plainHost } from '../support/suite.mjs';
import { Widget } from '../support/widget.mjs';
import { holdRequests, needsChromium, swipe } from '../support/browser.mjs';
import { appearance, assertLooksTheSame } from '../support/compare.mjs';

const PHONE = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true };
const session = suite();
const { url, run, addPage } = session;

for (const [name, path] of [
  ['right-to-left', '/hosts/rtl.html'],
  ['dark', '/hosts/dark.html'],
  ['Bootstrap with a preflight reset', '/hosts/bootstrap.html'],
]) {
  test(`on a ${name} page the widget looks exactly as on a plain page`, async (t) => {
    await run(t, {}, async (page) => {
      const plain = await appearance(page, url('/hosts/plain.html'));
      const other = await appearance(page, url(path));
      await assertLooksTheSame(session.browser, plain, other, name.split(' ')[0].toLowerCase());
      assert.deepEqual(page.problems, []);
    });
  });
}

// Hand-made sites often have no doctype: the browser then lays the page out in quirks mode, and
// the shadow root with it.
test('on a page in quirks mode (no doctype) the widget looks exactly as on a plain page', async (t) => {
  await run(t, {}, async (page) => {
    const html = await plainHost();
    session.addPage('/hosts/quirks.html', html.replace(/^<!doctype html>\s*/i, ''));
    const plain = await appearance(page, url('/hosts/plain.html'));
    const quirks = await appearance(page, url('/hosts/quirks.html'));
    assert.equal(await page.evaluate(() => document.compatMode), 'BackCompat');
    await assertLooksTheSame(session.browser, plain, quirks, 'quirks');
    assert.deepEqual(page.problems, []);
  });
});

// Popup and tab plugins hide what is closed with visibility, opacity and pointer-events, keeping
// it laid out. The widget's reset (`all: initial`) once undid the first and last: an invisible
// widget over the page took the clicks meant for it, and Tab went into it.
test('in a closed popup the widget takes neither the clicks meant for the page beneath nor the focus, loading or loaded; opened, it works', async (t) => {
  await run(t, {}, async (page) => {
    const release = await holdRequests(page, '**/pain-guide-en_bg.wasm');
    await page.goto(url('/hosts/popup.html'));
    const widget = new Widget(page);
    const beneath = page.getByRole('button', { name: 'Book an appointment' });
    await beneath.evaluate((button) => {
      window.clicksBeneath = 0;
      button.addEventListener('click', () => window.clicksBeneath++);
    });
    const closedPopupIsOutOfTheWay = async (state) => {
      const box = await beneath.boundingBox();
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await beneath.focus();
      await page.keyboard.press('Tab');
      const after = await page.evaluate(() => ({
        clicks: window.clicksBeneath,
        focusInWidget: document.activeElement === document.querySelector('pain-guide'),
      }));
      assert.deepEqual(after, { clicks: state.clicks, focusInWidget: false }, `while ${state.name}`);
    };
    await widget.placeholder.waitFor({ state: 'attached' });
    await closedPopupIsOutOfTheWay({ name: 'loading', clicks: 1 });
    await release();
    await widget.root.waitFor({ state: 'attached' });
    await closedPopupIsOutOfTheWay({ name: 'loaded', clicks: 2 });

    await page.evaluate(() => document.getElementById('popup').classList.add('open'));
    await widget.ready();
    await widget.host.getByRole('button', { name: widget.words.part_map }).click();
    await widget.host.getByRole('heading', { name: widget.words.map_title }).waitFor();
    assert.equal(await page.evaluate(() => window.clicksBeneath), 2);
    assert.deepEqual(page.problems, []);
  });
});

// Pages show the guide on demand ("Check your symptoms") by taking away its `hidden` attribute.
// The element's own `display` (the shadow root's `:host` rule, an author's) won over the
// browser's `[hidden] { display: none }`: the hidden guide was on the page all along.
test('with the page\'s hidden attribute the element takes no room, loading or loaded; without it, it works', async (t) => {
  await run(t, {}, async (page) => {
    const hiddenHost = await session.strictHost('/hosts/hidden.html', 'hidden entry="fibromyalgia"');
    const release = await holdRequests(page, '**/pain-guide-en_bg.wasm');
    await page.goto(hiddenHost);
    const widget = new Widget(page);
    const height = () => widget.host.evaluate((element) => element.getBoundingClientRect().height);
    await widget.placeholder.waitFor({ state: 'attached' });
    assert.equal(await height(), 0, 'loading');
    await release();
    await widget.root.waitFor({ state: 'attached' });
    assert.equal(await height(), 0, 'loaded');

    await widget.host.evaluate((element) => { element.hidden = false; });
    await widget.ready();
    assert.equal(await height(), 640);
    await widget.host.getByRole('button', { name: widget.words.part_map }).click();
    await widget.host.getByRole('heading', { name: widget.words.map_title }).waitFor();
    await widget.host.evaluate((element) => { element.hidden = true; });
    assert.equal(await height(), 0, 'hidden again');
    assert.deepEqual(page.problems, []);
  });
});

/** Serves a plain host page with a section for each of `places` (its name → its markup), and returns its URL. */
async function sectionsPage(path, places) {
  const sections = Object.entries(places).map(([name, html]) => `<section data-place="${name}">${html}</section>`).join('\n');
  // Style attributes need a page without the strict policy: this one has none.
  addPage(path, (await plainHost()).replace(/<pain-guide[^>]*>\s*<\/pain-guide>/, sections));
  return url(path);
}
/** The same `value` for each of `places`' names, as the sections' results are compared. */
const everyPlace = (places, value) => Object.fromEntries(Object.keys(places).map((name) => [name, value]));
/** Waits until every widget on the page is drawn. */
const allDrawn = (page) => page.waitForFunction(() => [...document.querySelectorAll('pain-guide')]
  .every((element) => element.shadowRoot.querySelector('.pg-root[role=region]')));

// Page builders and hand-made pages put the element where its width comes from its content: a
// flex row (WordPress's Row block), a column centred with flex or grid, a float, a table cell.
// The widget's root answers no size from its content (it is a size container), and was 2 px wide
// there; it now asks for 48em (its wide layout), at most 90% of the window and the room there is.
test('where the page sizes the element to its content (flex, grid, float, table cell, inline-block), the widget takes 48em or the room there is, and its loading box the same', async (t) => {
  await run(t, {}, async (page) => {
    const places = {
      'flex row': '<div style="display:flex">@</div>',
      'flex column, centred': '<div style="display:flex;flex-direction:column;align-items:center">@</div>',
      'grid, centred': '<div style="display:grid;place-items:center">@</div>',
      float: '<div style="float:left">@</div><div style="clear:both"></div>',
      'inline-block': '<div style="display:inline-block">@</div>',
      'table cell': '<table><tr><td>@</td></tr></table>',
      'absolutely placed': '<div style="position:relative;height:42em"><div style="position:absolute">@</div></div>',
    };
    const address = await sectionsPage('/hosts/content-sized.html', Object.fromEntries(Object.entries(places)
      .map(([name, html]) => [name, html.replace('@', '<pain-guide></pain-guide>')])));
    const widths = () => page.locator('section[data-place]').evaluateAll((sections) => Object.fromEntries(sections.map((section) =>
      [section.dataset.place, Math.round(section.querySelector('pain-guide').getBoundingClientRect().width)])));

    for (const [viewport, expected] of [[1280, 48 * 16 + 2], [360, 0.9 * 360 + 2]]) {
      await page.setViewportSize({ width: viewport, height: 900 });
      const release = await holdRequests(page, '**/pain-guide-en_bg.wasm');
      await page.goto(address);
      await page.locator('pain-guide .pg-placeholder').first().waitFor();
      assert.deepEqual(await widths(), everyPlace(places, expected), `loading, in a window ${viewport} px wide`);
      await release();
      await allDrawn(page);
      assert.deepEqual(await widths(), everyPlace(places, expected), `drawn, in a window ${viewport} px wide`);
      await page.unrouteAll();
    }
    assert.deepEqual(page.problems, []);
  });
});

// Admins size a block in their page's CSS (`pain-guide { height: 420px }`, or a box with a height
// and the element at 100% of it). The guide kept its own 40em inside: it spilt over the text below
// the element, and a box that hides its overflow cut off its end (the "not medical advice" line,
// the clinic's button). A height from the page now wins, over the `height` attribute too, as it
// would for any element, within 90% of the window; the attribute and 40em apply where the page
// leaves the height to it.
const CSS_HEIGHTS = {
  'css height': ['<pain-guide style="height:420px"></pain-guide>', 420],
  '100% of a box': ['<div style="height:480px;overflow:hidden"><pain-guide style="height:100%"></pain-guide></div>', 480],
  'css height over the attribute': ['<pain-guide style="height:420px" height="700"></pain-guide>', 420],
  'attribute only': ['<pain-guide height="700"></pain-guide>', 700],
  // Never more than 90% of the window (900 px here), as its own height: its tabs stay in sight.
  'taller than the window': ['<pain-guide style="height:1200px"></pain-guide>', 810],
  // A maximum caps the guide's own height (or the attribute's); one above it changes nothing.
  'css max-height': ['<pain-guide style="max-height:420px"></pain-guide>', 420],
  'css max-height under the attribute': ['<pain-guide style="max-height:500px" height="700"></pain-guide>', 500],
  'css max-height above its own': ['<pain-guide style="max-height:1000px"></pain-guide>', 640],
  'left to the guide': ['<pain-guide></pain-guide>', 640],
};
/** Serves the page with a section for each of `CSS_HEIGHTS`, text below each. */
const cssHeightPage = () => sectionsPage('/hosts/css-height.html',
  Object.fromEntries(Object.entries(CSS_HEIGHTS).map(([name, [html]]) => [name, `${html}<p>Below.</p>`])));
/** For each section: whether the guide's footer (its end), brought into sight, is inside the element. */
const endsInside = (page) => page.locator('section[data-place]').evaluateAll((sections) => Object.fromEntries(
  sections.map((section) => {
    const element = section.querySelector('pain-guide');
    const end = element.shadowRoot.querySelector('.pg-footer');
    end.scrollIntoView({ block: 'nearest' });
    const [outer, inner] = [element.getBoundingClientRect(), end.getBoundingClientRect()];
    const below = section.querySelector('p').getBoundingClientRect();
    return [section.dataset.place, inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5 && outer.bottom <= below.top + 0.5];
  })));

test('where the page\'s CSS gives the element a height, the guide and its loading box take it, its end in sight and nothing below covered', async (t) => {
  await run(t, {}, async (page) => {
    await page.setViewportSize({ width: 1000, height: 900 });
    const boxes = (selector) => page.locator('section[data-place]').evaluateAll((sections, selector) => Object.fromEntries(
      sections.map((section) => {
        const box = section.querySelector('pain-guide').shadowRoot.querySelector(selector).getBoundingClientRect();
        const below = section.querySelector('p').getBoundingClientRect();
        return [section.dataset.place, { height: Math.round(box.height), clearOfBelow: box.bottom <= below.top + 0.5 }];
      })), selector);
    const expected = Object.fromEntries(Object.entries(CSS_HEIGHTS).map(([name, [, height]]) => [name, { height, clearOfBelow: true }]));

    const release = await holdRequests(page, '**/pain-guide-en_bg.wasm');
    await page.goto(await cssHeightPage());
    await page.locator('pain-guide .pg-placeholder').first().waitFor();
    assert.deepEqual(await boxes('.pg-placeholder'), expected, 'loading');
    await release();
    await allDrawn(page);
    assert.deepEqual(await boxes('.pg-root[role=region]'), expected, 'drawn');
    assert.deepEqual(await endsInside(page), everyPlace(CSS_HEIGHTS, true));
    assert.deepEqual(page.problems, []);
  });
});

// On paper the guide is whole (glossary.spec), so a height the page gives the element on screen
// must not hold it: the rest would be printed over what follows.
test('printed, the guide is whole whatever height the page\'s CSS gives the element, and covers nothing below', { skip: needsChromium('emulate print media') }, async (t) => {
  await run(t, {}, async (page) => {
    await page.goto(await cssHeightPage());
    await allDrawn(page);
    await page.emulateMedia({ media: 'print' });
    // Not the box that hides what overflows it, which is the page's own, on paper too.
    const { '100% of a box': _, ...elsewhere } = await endsInside(page);
    assert.deepEqual(elsewhere, everyPlace(elsewhere, true));
    assert.deepEqual(page.problems, []);
  });
});

// Sites' "A+" text-size buttons often zoom the whole page with CSS (`zoom` on <body>), which
// zooms the window's `vh` too: the guide, at most 90% of the window's height, grew past it (945 px
// in a 700 px window at 1.5×), its last lines and the end of its own scrolling out of sight.
test('on a page zoomed with CSS (a text-size button), the guide and its loading box stay within 90% of the window\'s height, also when the zoom changes', async (t) => {
  await run(t, {}, async (page) => {
    await page.setViewportSize({ width: 1000, height: 900 });
    addPage('/hosts/zoomed.html', (await plainHost()).replace('<body>', '<body style="zoom: 1.5">'));
    const height = (selector) => page.locator('pain-guide').evaluate((element, selector) =>
      Math.round(element.shadowRoot.querySelector(selector).getBoundingClientRect().height), selector);
    const release = await holdRequests(page, '**/pain-guide-en_bg.wasm');
    await page.goto(url('/hosts/zoomed.html'));
    await page.locator('pain-guide .pg-placeholder').waitFor();
    assert.equal(await height('.pg-placeholder'), 0.9 * 900, 'loading, at 1.5×: 40em would be 960 px');
    await release();
    const widget = await new Widget(page).ready();
    assert.equal(await height('.pg-root[role=region]'), 0.9 * 900, 'drawn, at 1.5×');
    // The button pressed again, and back: 40em is 640 px unzoomed, 1280 px at 2×.
    for (const [zoom, expected] of [['1', 640], ['2', 0.9 * 900]]) {
      await page.evaluate((zoom) => { document.body.style.zoom = zoom; }, zoom);
      await page.waitForFunction(([expected]) => Math.round(document.querySelector('pain-guide').shadowRoot
        .querySelector('.pg-root[role=region]').getBoundingClientRect().height) === expected, [expected], { timeout: 2000 })
        .catch(() => {});
      assert.equal(await height('.pg-root[role=region]'), expected, `drawn, at ${zoom}×`);
    }
    // Still the widget it was: the page's zoom changed nothing else.
    assert.equal(await widget.title.textContent(), 'Fibromyalgia');
    // On a page that was never zoomed the widget keeps its one sheet.
    await page.goto(url('/hosts/plain.html'));
    await new Widget(page).ready();
    assert.equal(await page.locator('pain-guide').evaluate((element) => element.shadowRoot.adoptedStyleSheets.length), 1);
    assert.deepEqual(page.problems, []);
  });
});

// Themes with "smooth scrolling" (here Lenis, from npm) scroll the page in script with every turn
// of the mouse wheel they hear: the guide's reading area never scrolled under the pointer. On a
// page that does not, the reading area kept the wheel at its end (`overscroll-behavior:
// contain`), and the page did not scroll while the pointer was over the guide, most of a laptop's
// screen: the patient had to move it aside.
for (const [kind, path, scrollsItself] of [
  ['that scrolls itself (Lenis)', '/hosts/smooth-scroll.html', true],
  ['longer than the window', '/hosts/long.html', false],
]) {
  test(`on a page ${kind}, the mouse wheel over the guide scrolls its reading area, and the page once that is at its end`, async (t) => {
    if (!scrollsItself) {
      addPage(path, readFileSync(new URL('../hosts/smooth-scroll.html', import.meta.url), 'utf8')
        .replace(/^ *<(link|script)\b.*lenis.*\n/gim, ''));
    }
    await run(t, {}, async (page) => {
      await page.goto(url(path));
      const widget = await new Widget(page).ready();
      assert.equal(await page.evaluate(() => typeof window.lenis?.scrollTo), scrollsItself ? 'function' : 'undefined', 'Lenis runs');
      const reading = widget.host.locator('.pg-scroll');
      const box = await reading.boundingBox();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const scrolled = () => page.evaluate(() => ({
        page: Math.round(window.scrollY),
        reading: Math.round(document.querySelector('pain-guide').shadowRoot.querySelector('.pg-scroll').scrollTop),
      }));
      for (let turn = 0; turn < 3; turn++) await page.mouse.wheel(0, 100);
      await page.waitForFunction(() => document.querySelector('pain-guide').shadowRoot.querySelector('.pg-scroll').scrollTop >= 300);
      await page.waitForTimeout(500); // the time Lenis would take to move the page
      assert.deepEqual(await scrolled(), { page: 0, reading: 300 });

      // At the end of the reading area, the wheel scrolls the page again.
      const end = await reading.evaluate((element) => { element.scrollTop = element.scrollHeight; return Math.round(element.scrollTop); });
      // The patient turns on (Chromium keeps a turn begun over the reading area on it).
      for (let turn = 0; turn < 3; turn++) {
        await page.waitForTimeout(300);
        await page.mouse.wheel(0, 100);
      }
      await page.waitForFunction(() => window.scrollY > 50, null, { timeout: 3000 });
      assert.equal((await scrolled()).reading, end);
      assert.deepEqual(page.problems, []);
    });
  });
}

// Sliders that take the keyboard (Swiper's keyboard module, from npm, as page builders' carousels
// use it) take Page Up and Page Down anywhere on the page unless a field has focus: in the guide's
// reading area, Page Down moved the slides, and the reading area did not scroll.
test('on a page whose slider takes the keyboard (Swiper), Page Down scrolls the guide\'s reading area, and moves the slider once that is at its end', async (t) => {
  await run(t, {}, async (page) => {
    await page.goto(url('/hosts/slider.html'));
    const widget = await new Widget(page).ready();
    const slide = () => page.evaluate(() => window.slider.activeIndex);
    assert.equal(await slide(), 0, 'Swiper runs');
    const reading = widget.host.getByRole('group', { name: 'Fibromyalgia' });
    await reading.focus();
    await page.keyboard.press('PageDown');
    await page.waitForTimeout(500); // a key's smooth scroll, or the slider's move
    assert.ok((await reading.evaluate((element) => element.scrollTop)) > 100, 'the reading area scrolled');
    assert.equal(await slide(), 0, 'the slider stayed');

    // At the end of the reading area, Page Down goes on to the page, as the wheel does.
    await reading.evaluate((element) => { element.scrollTop = element.scrollHeight; });
    await page.keyboard.press('PageDown');
    await page.waitForFunction(() => window.slider.activeIndex === 1);
    assert.deepEqual(page.problems, []);
  });
});

// Some take the finger's swipes too (Lenis's syncTouch here; fullPage.js, GPL and not a dependency,
// moved to its next section too): on a phone the guide never scrolled, the page did, and most of
// the guide was out of reach.
test('on a page that scrolls itself on touch screens too (Lenis syncTouch), a swipe on a phone scrolls the guide, and the page once that is at its end', { skip: needsChromium('swipe') }, async (t) => {
  await run(t, PHONE, async (page) => {
    const html = readFileSync(new URL('../hosts/smooth-scroll.html', import.meta.url), 'utf8')
      .replace('new Lenis({ autoRaf: true })', 'new Lenis({ autoRaf: true, syncTouch: true })');
    addPage('/hosts/smooth-touch.html', html);
    await page.goto(url('/hosts/smooth-touch.html'));
    const widget = await new Widget(page).ready();
    assert.equal(await page.evaluate(() => window.lenis.options.syncTouch), true, 'Lenis takes touches');
    // On a phone the whole widget scrolls as one (README): its root is the box that scrolls.
    const scrolled = () => page.evaluate(() => ({
      page: Math.round(window.scrollY),
      guide: Math.round(document.querySelector('pain-guide').shadowRoot.querySelector('.pg-root').scrollTop),
    }));
    const box = await widget.root.boundingBox();
    const [x, y] = [box.x + box.width / 2, Math.min(box.y + box.height, 640) - 60];
    await swipe(page, x, y, 200);
    await page.waitForTimeout(500); // the time Lenis would take to move the page
    const after = await scrolled();
    assert.equal(after.page, 0, 'the page stays');
    assert.ok(after.guide >= 150, `the guide scrolled ${after.guide} px`);

    // At the guide's end, a swipe scrolls the page.
    await widget.root.evaluate((root) => { root.scrollTop = root.scrollHeight; });
    await swipe(page, x, y, 200);
    await page.waitForFunction(() => window.scrollY > 50);
    assert.deepEqual(page.problems, []);
  });
});

test('on a right-to-left page the English widget still reads left to right', async (t) => {
  await run(t, {}, async (page) => {
    await page.goto(url('/hosts/rtl.html'));
    const widget = await new Widget(page).ready();
    const root = await widget.host.evaluate((host) => {
      const element = host.shadowRoot.querySelector('.pg-root');
      return { dir: element.getAttribute('dir'), lang: element.getAttribute('lang'), direction: getComputedStyle(element).direction };
    });
    assert.deepEqual(root, { dir: 'ltr', lang: 'en', direction: 'ltr' });
  });
});

test('under the strict policy sent as a header, everything works: styles, content-src, call to action', async (t) => {
  await run(t, {}, async (page) => {
    const response = await page.goto(url('/hosts/strict-csp.html'));
    assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
    const widget = await new Widget(page).ready();
    assert.equal((await widget.styles('.pg-root', ['background-color']))['background-color'], 'rgb(247, 249, 252)');
    await widget.back.click();
    await widget.topic('Activity pacing').waitFor(); // from content-src
    assert.ok(await widget.host.getByRole('link', { name: 'Book a visit' }).isVisible());
    assert.deepEqual(page.problems, [], 'no CSP violation or other console message');
  });
});

test('the strict policy is the same in the README, on the demo pages and in the tests', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  assert.ok(readme.includes(STRICT_CSP), 'README');
  for (const demo of ['../../index.html', '../../static/es.html']) {
    const html = readFileSync(new URL(demo, import.meta.url), 'utf8').replace(/\s+/g, ' ');
    assert.ok(html.includes(`content="${STRICT_CSP}"`), demo);
  }
});

test('three widgets with three themes on one page each keep their own', async (t) => {
  await run(t, {}, async (page) => {
    await page.goto(url('/hosts/three.html'));
    const looks = [];
    for (const index of [0, 1, 2]) {
      const widget = await new Widget(page, index).ready();
      looks.push({
        title: await widget.title.textContent(),
        background: (await widget.styles('.pg-root', ['background-color']))['background-color'],
        heading: (await widget.styles('h2', ['color'])).color,
      });
    }
    assert.deepEqual(looks.map((look) => look.title), ['Migraine', 'Serotonin', 'Health topics A to Z']);
    assert.deepEqual(looks.map((look) => look.background), ['rgb(255, 255, 255)', 'rgb(18, 26, 31)', 'rgb(255, 250, 245)']);
    assert.deepEqual(page.problems, []);
  });
});
