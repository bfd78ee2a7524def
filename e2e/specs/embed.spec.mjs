// Journey of a clinic web admin: paste one script tag and an element into any page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appearance, assertLooksTheSame } from '../support/compare.mjs';
import { suite, events, plainHost } from '../support/suite.mjs';
import { Widget } from '../support/widget.mjs';
import { PainMap } from '../support/pain_map.mjs';
import { needsChromium } from '../support/browser.mjs';

const session = suite();
const { url, run } = session;

test('the demo clinic page shows the fibromyalgia entry through one script tag', async (t) => {
  await run(t, {}, async (page) => {
    await page.goto(url('/'));
    const widget = await new Widget(page).ready();
    assert.equal(await widget.title.textContent(), 'Fibromyalgia');
    for (const heading of ['What is fibromyalgia?', 'The main symptoms', 'How it is treated']) {
      assert.ok(await widget.heading(heading).isVisible(), heading);
    }
    const symptoms = widget.heading('The main symptoms').locator('xpath=..').getByRole('listitem');
    assert.equal(await symptoms.count(), 3);
    assert.match(await widget.host.getByText('This is education, not medical advice').textContent(), /care team/);
    const ready = (await events(page)).filter((event) => event.name === 'pain-guide:ready');
    assert.equal(ready.length, 1);
    assert.match(ready[0].detail.version, /^\d+\.\d+\.\d+$/);
    assert.deepEqual(page.problems, []);
  });
});

test('the widget loads its files from next to the script, under any sub-path', async (t) => {
  await run(t, {}, async (page) => {
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(url('/hosts/plain.html'));
    await new Widget(page).ready();
    const widgetFiles = requested.filter((path) => path.includes('pain-guide'));
    assert.deepEqual(widgetFiles.sort(), [
      '/cdn/pain-guide/v1/pain-guide-en.js',
      '/cdn/pain-guide/v1/pain-guide-en_bg.wasm',
      '/cdn/pain-guide/v1/pain-guide.js',
    ]);
    // The host page is left as it was: no leftover glue script or preload, nothing added to <head>/<body>.
    assert.equal(await page.locator('link[rel=modulepreload], script[type=module]').count(), 0);
    assert.equal(await page.locator('head style, body style').count(), 0);
    assert.deepEqual(page.problems, []);
  });
});

test('aggressive host page CSS does not change the widget', async (t) => {
  await run(t, {}, async (page) => {
    const plain = await appearance(page, url('/hosts/plain.html'));
    const hostile = await appearance(page, url('/hosts/hostile.html'));
    await assertLooksTheSame(session.browser, plain, hostile, 'hostile');
    assert.deepEqual(page.problems, []);
  });
});

test('two instances on one page are independent', async (t) => {
  await run(t, {}, async (page) => {
    await page.goto(url('/hosts/two.html'));
    const [first, second] = [await new Widget(page, 0).ready(), await new Widget(page, 1).ready()];
    const font = async (widget) => (await widget.styles('.pg-root', ['font-family']))['font-family'];
    assert.match(await font(first), /Georgia/, 'font-family="inherit" takes the host font');
    assert.match(await font(second), /system-ui/, 'the default is the system font');
    await page.locator('#first').evaluate((element) => element.remove());
    await page.waitForTimeout(50);
    assert.equal(await page.locator('pain-guide').count(), 1);
    assert.equal(await new Widget(page, 0).title.textContent(), 'Fibromyalgia');
    assert.deepEqual(page.problems, []);
  });
});

test('an element added after load mounts; a move keeps the app; removal tears it down', async (t) => {
  await run(t, {}, async (page) => {
    await page.goto(url('/hosts/plain.html'));
    await new Widget(page).ready();
    await page.waitForTimeout(300); // a page builder adds its block later
    const late = await (await Widget.add(page, { entry: 'fibromyalgia' })).ready();
    assert.equal(await late.title.textContent(), 'Fibromyalgia');

    // Moving keeps the same rendered app (same DOM nodes, same state).
    await late.host.evaluate((host) => {
      host.keptRoot = host.shadowRoot.querySelector('.pg-root');
      document.querySelector('#slot').before(host);
    });
    await page.waitForTimeout(50);
    const kept = await page.locator('pain-guide').first().evaluate(
      (host) => host.shadowRoot.querySelector('.pg-root') === host.keptRoot,
    );
    assert.ok(kept, 'the moved element kept its app');

    // Removing tears the app down: its nodes go, with no errors.
    const emptied = await page.locator('pain-guide').first().evaluate(async (host) => {
      host.remove();
      await new Promise((settled) => setTimeout(settled, 50));
      return host.shadowRoot.querySelector('.pg-root') === null;
    });
    assert.ok(emptied);
    assert.equal(await new Widget(page, 0).title.textContent(), 'Fibromyalgia', 'the other widget still works');
    assert.deepEqual(page.problems, []);
  });
});

test('a removed widget can be freed: nothing keeps its element (a single-page site adds one at every visit to its page)', { skip: needsChromium('collect garbage on demand') }, async (t) => {
  await run(t, {}, async (page) => {
    await page.goto(url('/hosts/plain.html'));
    await new Widget(page).ready();
    const added = await (await Widget.add(page, { start: 'map' })).ready();
    await new PainMap(added).place('Your neck').click();
    await added.host.evaluate((host) => {
      window.removedWidget = new WeakRef(host);
      host.remove();
    });
    await page.waitForTimeout(100); // the removal is torn down after the task that made it
    const devtools = await page.context().newCDPSession(page);
    await devtools.send('HeapProfiler.collectGarbage');
    // Yew keeps its listeners, and the node it rendered into, for the page's life; that node held
    // the element, its shadow root and everything in it.
    assert.ok(await page.evaluate(() => window.removedWidget.deref() === undefined), 'the element is still held');
    assert.deepEqual(page.problems, []);
  });
});

test('changing an attribute restyles the live widget', async (t) => {
  await run(t, {}, async (page) => {
    await page.goto(url('/hosts/plain.html'));
    const widget = await new Widget(page).ready();
    await widget.host.evaluate((host) => { host.keptRoot = host.shadowRoot.querySelector('.pg-root'); });
    await widget.host.evaluate((host) => host.setAttribute('font-family', 'inherit'));
    const after = await widget.host.evaluate((host) => ({
      same: host.shadowRoot.querySelector('.pg-root') === host.keptRoot,
      font: getComputedStyle(host.shadowRoot.querySelector('.pg-root')).fontFamily,
      pageFont: getComputedStyle(document.body).fontFamily,
    }));
    assert.ok(after.same, 'not re-mounted');
    assert.equal(after.font, after.pageFont);
    assert.deepEqual(page.problems, []);
  });
});

test('attributes set one after another are applied together, without warnings about the half-set state', async (t) => {
  await run(t, {}, async (page) => {
    await page.goto(url('/hosts/plain.html'));
    const widget = await new Widget(page).ready();
    await widget.host.evaluate((host) => {
      host.setAttribute('cta-text', 'Book a visit'); // alone, this would lack its cta-href
      host.setAttribute('cta-href', '/contact');
      host.setAttribute('theme', 'dark');
    });
    await widget.host.getByRole('link', { name: 'Book a visit' }).waitFor();
    assert.deepEqual(page.problems, []);
  });
});

test('start="map" opens on the pain map; a later start shows that part; a new language keeps the patient\'s part', async (t) => {
  await run(t, {}, async (page) => {
    await page.goto(url('/hosts/plain.html'));
    const widget = await (await Widget.add(page, { start: 'map', entry: 'fibromyalgia' })).ready();
    const current = () => widget.host.locator('nav [aria-current=page]').textContent();
    assert.equal(await widget.title.textContent(), 'Where does it hurt?');
    assert.equal(await current(), 'My pain map');
    assert.equal(await new Widget(page, 0).title.textContent(), 'Fibromyalgia', 'the other widget opens as before');

    await widget.host.evaluate((host) => host.setAttribute('start', 'summary'));
    await widget.heading('A few more questions').waitFor();
    assert.equal(await current(), 'Summary');
    assert.equal(await widget.focused(), null, 'focus stays where the visitor had it');

    // The patient goes to read; in the other language they are still reading, whatever `start` says.
    await widget.host.getByRole('button', { name: 'Learn' }).click();
    await widget.host.getByRole('button', { name: 'Leer en español' }).click();
    const spanish = await new Widget(page, 1, 'es').ready();
    await spanish.heading('Fibromialgia').waitFor();
    assert.deepEqual(page.problems, []);
  });
});

test('a bad attribute value gets a clear console warning and a working widget', async (t) => {
  await run(t, { expected: ['font-family="'] }, async (page) => {
    const warnings = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await page.goto(url('/hosts/plain.html'));
    const widget = await (await Widget.add(page, { 'font-family': 'x;}</style><script>alert(1)</script>', entry: 'fibromyalgia' })).ready();
    assert.equal(await widget.title.textContent(), 'Fibromyalgia');
    assert.match((await widget.styles('.pg-root', ['font-family']))['font-family'], /system-ui/);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /pain-guide: <pain-guide font-family=".*"> is not valid .*using "system"/);
    assert.equal(await widget.host.evaluate((host) => host.shadowRoot.querySelectorAll('script, style').length), 0);
    assert.deepEqual(page.problems, []);
  });
});

// Each change of an attribute (a page's script sets `entry` as the patient browses, `height` as
// its layout changes) read every setting again and said again everything still wrong with
// them: the web admin's console repeated the same warnings, and the new one was lost among them.
test('a bad value, or a colour the guard changed, is said once, however often the page changes other attributes; again when it comes back', async (t) => {
  await run(t, { expected: ['theme="', 'density="', 'contrast with'] }, async (page) => {
    const warnings = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await page.goto(url('/hosts/plain.html'));
    const widget = await (await Widget.add(page, { theme: 'bogus', 'primary-color': '#ffff66', entry: 'fibromyalgia' })).ready();
    // The loader reads changes in a microtask (several in a row at once): a task later, all is
    // said.
    const set = (name, value) => widget.host.evaluate((host, [name, value]) => {
      host.setAttribute(name, value);
      return new Promise((done) => setTimeout(done));
    }, [name, value]);
    const first = [...warnings];
    assert.equal(first.length, 2, first.join('\n'));
    assert.match(first[0], /<pain-guide theme="bogus"> is not valid/);
    assert.match(first[1], /#ffff66 has only .* contrast with/);
    await set('height', '700');
    await set('entry', 'sleep-apnea');
    await set('text-size', 'large');
    assert.deepEqual(warnings, first);
    await set('theme', 'bogus-two');
    assert.equal(warnings.length, 3);
    assert.match(warnings[2], /<pain-guide theme="bogus-two"> is not valid/);
    // Put right, then wrong again: said again.
    await set('density', 'roomy');
    await set('density', 'compact');
    await set('density', 'roomy');
    assert.equal(warnings.length, 5);
    assert.match(warnings[3], /<pain-guide density="roomy"> is not valid/);
    assert.equal(warnings[4], warnings[3]);
    assert.deepEqual(page.problems, []);
  });
});

// An attribute with a name the guide does not know does nothing: `cta-url` for `cta-href`, a
// British `primary-colour`, `primaryColor` (HTML lowercases it), `language` for `lang`,
// `data-theme` as other embeds are configured. The clinic's button or colour was missing, and
// nothing said why.
test('a misspelt attribute gets a console warning naming the one it is like; the page\'s own attributes none', async (t) => {
  await run(t, { expected: ['is not an attribute of the guide'] }, async (page) => {
    const warnings = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await page.goto(url('/hosts/plain.html'));
    const widget = await (await Widget.add(page, {
      'cta-url': '/book', 'primary-colour': '#5b3f8c', primaryColor: '#5b3f8c', 'data-theme': 'dark', theme_config: '{}', language: 'es',
      // The page's, its framework's and its tools': nothing to say.
      id: 'guide', class: 'wide', style: 'margin: 0', title: 'Guide', 'data-v-7ba5bd90': '', 'aria-describedby': 'x',
      'x-data': '', 'hx-boost': 'true', 'data-elementor-id': '12', _ngcontent: '', tabindex: '-1', translate: 'no',
      entry: 'fibromyalgia',
    })).ready();
    assert.equal(await widget.title.textContent(), 'Fibromyalgia');
    const said = (name, like) => `pain-guide: <pain-guide ${name}> is not an attribute of the guide and does nothing; did you mean ${like}?`;
    assert.deepEqual(warnings, [
      said('cta-url', 'cta-text or cta-href'),
      said('primary-colour', 'primary-color'),
      said('primarycolor', 'primary-color'),
      said('data-theme', 'theme or theme-config'),
      said('theme_config', 'theme or theme-config'),
      said('language', 'lang or language-switch'),
    ]);
    // Said once: a move within the page, as page builders make, says nothing again.
    await page.evaluate(() => document.querySelector('#slot').append(document.querySelector('#guide')));
    await page.waitForTimeout(100);
    assert.equal(warnings.length, 6);
    // One the page's script adds later is said as it comes; the page's own, and the guide's, not.
    await page.evaluate(() => {
      const guide = document.querySelector('#guide');
      guide.setAttribute('data-state', 'open');
      guide.setAttribute('theme', 'calm');
      guide.setAttribute('cta-link', '/book');
      guide.setAttribute('cta-link', '/book-now');
    });
    await page.waitForTimeout(100);
    assert.deepEqual(warnings.slice(6), [said('cta-link', 'cta-text or cta-href')]);
    assert.deepEqual(page.problems, []);
  });
});

// A `--pg-` property the guide does not know does nothing: an attribute's name
// (`--pg-primary-color` for `--pg-primary`), another word for a setting (`--pg-font-size`).
test('a misspelt --pg- CSS property gets one console warning naming the one it is like; the page\'s own --pg- properties none', async (t) => {
  await run(t, { expected: ['is not a CSS property of the guide'] }, async (page) => {
    const warnings = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    const html = (await plainHost())
      .replace('</head>', '<style>:root { --pg-primary-color: #5b3f8c; --pg-corner-radius: 4px; --pg-font-size: 20px; ' +
        '--pg-width: 60rem; --pg-grid-gap: 1em; --pg-surface: #ffffff }</style>\n</head>')
      .replace('<pain-guide entry="fibromyalgia"></pain-guide>', '<pain-guide></pain-guide><pain-guide start="map"></pain-guide>');
    session.addPage('/hosts/misspelt-properties.html', html);
    await page.goto(url('/hosts/misspelt-properties.html'));
    await new Widget(page, 0).ready();
    await new Widget(page, 1).ready();
    await page.waitForTimeout(100);
    const said = (name, like) => `pain-guide: ${name} is not a CSS property of the guide and does nothing; did you mean ${like}?`;
    assert.deepEqual(warnings.sort(), [
      said('--pg-corner-radius', '--pg-radius'),
      said('--pg-font-size', '--pg-text-size'),
      said('--pg-primary-color', '--pg-primary'),
    ]);
    assert.deepEqual(page.problems, []);
  });
});

// `<pain-guide … />` does not close the element in HTML: the page's content after it went inside,
// where the guide's shadow root hid it, and nothing said so.
test('content of the page inside the element (a "self-closed" <pain-guide />) gets a console warning that says how to close it', async (t) => {
  await run(t, { expected: ['hides the page content inside it'] }, async (page) => {
    const warnings = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    const html = (await plainHost()).replace('<pain-guide entry="fibromyalgia"></pain-guide>',
      '<pain-guide entry="fibromyalgia"/>\n    <p>Questions before your visit? Call us on (555) 010-0199.</p>');
    session.addPage('/hosts/self-closed.html', html);
    await page.goto(url('/hosts/self-closed.html'));
    const widget = await new Widget(page).ready();
    assert.equal(await widget.title.textContent(), 'Fibromyalgia');
    assert.deepEqual(warnings, ['pain-guide: <pain-guide> hides the page content inside it ("Questions before your visit? Call us on…"). ' +
      'Close the element right after it opens: <pain-guide …></pain-guide> (<pain-guide … /> does not close it).']);
    // Whitespace, or an empty paragraph a CMS adds, is nothing to warn about.
    await page.evaluate(() => {
      const element = document.createElement('pain-guide');
      element.innerHTML = '\n  <p> </p><br>\n';
      document.querySelector('#elsewhere').append(element);
    });
    await new Widget(page, 1).ready();
    assert.equal(warnings.length, 1);
    assert.deepEqual(page.problems, []);
  });
});

test('a page\'s keyboard shortcuts do not take the patient\'s typing or the map\'s keys; Tab still reaches the page', async (t) => {
  await run(t, {}, async (page) => {
    await page.goto(url('/hosts/plain.html'));
    // Like many sites' scripts: "s" jumps to the site's search unless the key came from a field,
    // judged by the event's target (which, outside the widget, is <pain-guide> itself).
    await page.evaluate(() => {
      const search = Object.assign(document.createElement('input'), { id: 'site-search' });
      document.body.prepend(search);
      window.pageKeys = [];
      document.addEventListener('keydown', (event) => {
        if (['INPUT', 'TEXTAREA'].includes(event.target.nodeName)) return;
        window.pageKeys.push(event.key);
        if (event.key === 's') {
          event.preventDefault();
          search.focus();
        }
      });
    });
    const widget = await new Widget(page).ready();
    await widget.back.click();
    await widget.search.click();
    await page.keyboard.type('sleep');
    assert.equal(await widget.search.inputValue(), 'sleep');
    const map = await new PainMap(widget).open();
    await map.figure.focus();
    for (const key of ['ArrowDown', 'ArrowRight', 'Space', '7']) await page.keyboard.press(key);
    assert.equal((await map.markedPlaces('Front')).length, 1);
    assert.deepEqual(await page.evaluate(() => window.pageKeys), [], 'the page saw none of these keys');
    await page.keyboard.press('Tab');
    assert.deepEqual(await page.evaluate(() => window.pageKeys), ['Tab']);
    assert.deepEqual(page.problems, []);
  });
});

test('a second copy of the script is harmless', async (t) => {
  await run(t, {}, async (page) => {
    await page.goto(url('/hosts/twice.html'));
    const widget = await new Widget(page).ready();
    assert.equal(await widget.title.textContent(), 'Fibromyalgia');
    assert.equal((await events(page)).filter((event) => event.name === 'pain-guide:ready').length, 1);
    assert.deepEqual(page.problems, []);
  });
});
