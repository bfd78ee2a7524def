// The glossary and the clinic's pages in WebKit, Safari's engine: what a custom element in a
// shadow root meets on real sites (page CSS, several widgets, page builders), and reading.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KEY, webkitSuite } from '../support/webkit.mjs';

const { host, run } = webkitSuite();

/** The widget's element with focus: its tag and text. */
const focused = (session) => session.run(() => {
  const element = widget().activeElement;
  return element && { tag: element.localName, text: element.textContent };
});

test('a patient searches the glossary, opens a topic and comes back to their search', async (t) => {
  await run(t, async (session) => {
    await session.goto(await host('plain.html', { attributes: 'start="learn"' }));
    await session.ready();
    const topics = () => session.run(() => [...widget().querySelectorAll('.pg-topic')].map((topic) => topic.textContent));
    const all = (await topics()).length;
    assert.ok(all >= 14, `the index lists every topic: ${all}`);
    await session.type('#pg-search', 'noradrenaline'); // another name for norepinephrine
    assert.deepEqual(await topics(), ['Norepinephrine']);
    assert.equal(await session.run(() => widget().querySelector('#pg-search-status').textContent), '1 topic');
    await session.type('#pg-search', 'sleep');
    await session.clickText('Sleep apnea', '.pg-topic');
    await session.waitFor(() => widget().querySelector('h2')?.textContent === 'Sleep apnea');
    assert.deepEqual(await focused(session), { tag: 'h2', text: 'Sleep apnea' });
    await session.click('.pg-back');
    await session.waitFor(() => widget().querySelector('#pg-search'));
    assert.equal(await session.run(() => widget().querySelector('#pg-search').value), 'sleep');
    assert.deepEqual(await focused(session), { tag: 'button', text: 'Sleep apnea' });
    assert.deepEqual(await session.problems(), []);
  });
});

test('a linked term explains itself, Escape closes it, and focus comes back to the term', async (t) => {
  await run(t, async (session) => {
    await session.goto(await host('plain.html'));
    await session.ready();
    await session.click('.pg-term');
    await session.waitFor(() => widget().querySelector('.pg-popover'));
    assert.deepEqual(await focused(session), { tag: 'p', text: 'Central sensitization' });
    assert.match(await session.run(() => widget().querySelector('.pg-popover').textContent), /nervous system becomes extra sensitive/);
    await session.press(KEY.ESCAPE);
    await session.waitFor(() => !widget().querySelector('.pg-popover'));
    assert.deepEqual(await focused(session), { tag: 'button', text: 'central sensitization' });
    assert.deepEqual(await session.problems(), []);
  });
});

test('on Bootstrap, dark and right-to-left pages the widget looks as on a plain page; three themed widgets and a script pasted twice work', async (t) => {
  await run(t, async (session) => {
    const look = () => session.run(() => [...document.querySelectorAll('pain-guide')].map((element) => {
      const root = element.shadowRoot.querySelector('.pg-root[role=region]');
      const tab = root.querySelector('.pg-tab');
      const style = getComputedStyle(tab);
      return {
        tab: [style.fontSize, style.lineHeight, style.textTransform, style.letterSpacing, tab.getBoundingClientRect().width, tab.getBoundingClientRect().height],
        background: getComputedStyle(root).backgroundColor,
        dir: root.getAttribute('dir'),
        flow: getComputedStyle(root).direction,
      };
    }));
    await session.goto(await host('plain.html'));
    await session.ready();
    const [plain] = await look();
    for (const page of ['bootstrap.html', 'dark.html', 'rtl.html', 'twice.html']) {
      await session.goto(await host(page));
      await session.ready();
      assert.deepEqual(await look(), [plain], page);
      assert.deepEqual(await session.problems(), [], page);
    }
    await session.goto(await host('three.html'));
    for (const index of [0, 1, 2]) await session.ready(index);
    const backgrounds = (await look()).map((widget) => widget.background);
    assert.equal(new Set(backgrounds).size, 3, `three themes: ${backgrounds}`);
    assert.deepEqual(await session.problems(), []);
  });
});

test('an element added after load mounts; a move keeps the app; removal tears it down', async (t) => {
  await run(t, async (session) => {
    await session.goto(await host('plain.html'));
    await session.ready();
    await session.run(() => {
      const element = document.createElement('pain-guide');
      element.setAttribute('start', 'map');
      document.querySelector('#elsewhere').append(element);
    });
    await session.ready(1);
    assert.equal(await session.run(() => widget(1).querySelector('h2').textContent), 'Where does it hurt?');
    const kept = await session.runAsync(async () => {
      const element = document.querySelectorAll('pain-guide')[1];
      const root = element.shadowRoot.querySelector('.pg-root');
      document.querySelector('#slot').before(element);
      await new Promise((settled) => setTimeout(settled, 50));
      return element.shadowRoot.querySelector('.pg-root') === root;
    });
    assert.ok(kept, 'the moved element kept its app');
    const emptied = await session.runAsync(async () => {
      const element = document.querySelector('pain-guide');
      element.remove();
      await new Promise((settled) => setTimeout(settled, 50));
      return element.shadowRoot.querySelector('.pg-root') === null;
    });
    assert.ok(emptied, 'the removed element let its app go');
    // The other widget still works.
    await session.clickText('My pain map');
    await session.waitFor(() => widget().querySelector('h2')?.textContent === 'Where does it hurt?');
    assert.deepEqual(await session.problems(), []);
  });
});

test('where the page sizes the element to its content the widget takes 48em or the room there is; a CSS height or maximum it takes; in a closed popup it takes no clicks, and hidden no room', async (t) => {
  await run(t, async (session) => {
    const places = ['display:flex', 'display:flex;flex-direction:column;align-items:center', 'display:grid;place-items:center', 'float:left']
      .map((style) => `<div class="content-sized" style="${style}"><pain-guide></pain-guide></div><div style="clear:both"></div>`).join('');
    const popup = '<div id="popup" style="position:fixed;inset:0;visibility:hidden;opacity:0;pointer-events:none"><pain-guide></pain-guide></div>';
    const cssHeights = ['height:420px', 'max-height:400px']
      .map((style) => `<section class="css-height"><pain-guide style="${style}"></pain-guide><p>Below.</p></section>`).join('');
    const hidden = '<pain-guide id="hidden-guide" hidden></pain-guide>';
    await session.goto(await host('plain.html', { extra: places + cssHeights + popup + hidden }));
    for (let index = 0; index < 9; index++) await session.ready(index);
    const sizes = await session.run(() => ({
      expected: Math.round(Math.min(48 * 16, 0.9 * window.innerWidth)) + 2,
      widths: [...document.querySelectorAll('.content-sized pain-guide')].map((element) => Math.round(element.getBoundingClientRect().width)),
    }));
    assert.deepEqual(sizes.widths, [1, 2, 3, 4].map(() => sizes.expected));
    // The first widget's height is left to it; the page's CSS gives others 420 px, or at most 400.
    const heights = await session.run(() => {
      const root = (element) => element.shadowRoot.querySelector('.pg-root[role=region]').getBoundingClientRect();
      return { own: Math.round(root(document.querySelector('pain-guide')).height),
        given: [...document.querySelectorAll('.css-height')].map((section) => ({
          height: Math.round(root(section.querySelector('pain-guide')).height),
          clearOfBelow: root(section.querySelector('pain-guide')).bottom <= section.querySelector('p').getBoundingClientRect().top + 0.5,
        })) };
    });
    assert.deepEqual(heights, { own: 640, given: [{ height: 420, clearOfBelow: true }, { height: 400, clearOfBelow: true }] });
    const hit = await session.run(() => {
      const box = document.querySelector('#popup pain-guide').getBoundingClientRect();
      return document.elementFromPoint(box.left + box.width / 2, box.top + 100)?.closest('#popup') === null;
    });
    assert.ok(hit, 'a point over the closed popup reaches the page beneath');
    assert.equal(await session.run(() => document.querySelector('#hidden-guide').getBoundingClientRect().height), 0);
    assert.deepEqual(await session.problems(), []);
  });
});
