// Marketing picks a preset; patients always get readable colours; `auto` follows the visitor.
import { test } from 'node:test';
import { readFile } from 'node:fs/promises';
import assert from 'node:assert/strict';
import { suite, plainHost } from '../support/suite.mjs';
import { Widget } from '../support/widget.mjs';
import { PainMap } from '../support/pain_map.mjs';
import { axeViolations } from '../support/axe.mjs';
import { holdRequests, needsChromium } from '../support/browser.mjs';

const { url, run, addPage } = suite();
const BACKGROUNDS = {
  light: 'rgb(255, 255, 255)',
  calm: 'rgb(247, 249, 252)',
  warm: 'rgb(255, 250, 245)',
  dark: 'rgb(18, 26, 31)',
  'high-contrast': 'rgb(0, 0, 0)',
};

async function widgetWith(page, attributes) {
  await page.goto(url('/hosts/plain.html'));
  await page.evaluate((attributes) => {
    const element = document.querySelector('pain-guide');
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  }, attributes);
  return new Widget(page).ready();
}

const background = async (widget) => (await widget.styles('.pg-root', ['background-color']))['background-color'];

for (const [preset, expected] of Object.entries(BACKGROUNDS)) {
  test(`the ${preset} preset renders its colours and passes axe-core`, async (t) => {
    await run(t, {}, async (page) => {
      const widget = await widgetWith(page, { theme: preset, 'cta-text': 'Book a visit', 'cta-href': '/contact' });
      assert.equal(await background(widget), expected);
      await widget.term('central sensitization').click();
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(page.problems, []);
    });
  });
}

test('printed, a dark theme (or a dark brand background) takes the light colours: paper is white', { skip: needsChromium('emulate print media') }, async (t) => {
  await run(t, {}, async (page) => {
    // Browsers leave backgrounds out of print: light text would print all but invisible.
    const widget = await widgetWith(page, { theme: 'dark', 'background-color': '#102030' });
    const colours = () => widget.styles('.pg-root', ['background-color', 'color']);
    const onScreen = await colours();
    assert.equal(onScreen['background-color'], 'rgb(16, 32, 48)');
    await page.emulateMedia({ media: 'print' });
    assert.deepEqual(await colours(), { 'background-color': BACKGROUNDS.light, color: 'rgb(28, 43, 51)' });
    await page.emulateMedia({ media: 'screen' });
    assert.deepEqual(await colours(), onScreen);
    assert.deepEqual(page.problems, []);
  });
});

test('changing the theme restyles the live widget and keeps what the patient was doing', async (t) => {
  await run(t, {}, async (page) => {
    const widget = await widgetWith(page, {});
    await widget.back.click();
    await widget.search.fill('fog');
    await widget.host.evaluate((host) => host.setAttribute('theme', 'dark'));
    await page.waitForFunction(
      () => getComputedStyle(document.querySelector('pain-guide').shadowRoot.querySelector('.pg-root')).backgroundColor === 'rgb(18, 26, 31)',
    );
    assert.equal(await widget.search.inputValue(), 'fog');
    assert.deepEqual(await widget.topics(), ['Fibro fog']);
    assert.deepEqual(page.problems, []);
  });
});

test("theme=auto follows the visitor's dark mode and contrast settings", { skip: needsChromium('emulate dark mode or more contrast') }, async (t) => {
  await run(t, {}, async (page) => {
    const widget = await widgetWith(page, { theme: 'auto' });
    assert.equal(await background(widget), BACKGROUNDS.light);
    const cdp = await page.context().newCDPSession(page);
    const emulate = (features) => cdp.send('Emulation.setEmulatedMedia', { features });
    await emulate([{ name: 'prefers-color-scheme', value: 'dark' }]);
    assert.equal(await background(widget), BACKGROUNDS.dark);
    await emulate([{ name: 'prefers-color-scheme', value: 'dark' }, { name: 'prefers-contrast', value: 'more' }]);
    assert.equal(await background(widget), BACKGROUNDS['high-contrast']);
    await emulate([]);
    assert.equal(await background(widget), BACKGROUNDS.light);
  });
});

test('an unknown theme name gets a console warning and the light preset', async (t) => {
  await run(t, { expected: ['theme="neon"'] }, async (page) => {
    const warnings = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    const widget = await widgetWith(page, { theme: 'neon' });
    assert.equal(await background(widget), BACKGROUNDS.light);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /theme="neon".*light, calm, warm, dark, high-contrast or auto.*using "light"/);
  });
});

/** WCAG's contrast ratio of two computed colours (`rgb(…)`). */
function contrast(one, other) {
  const luminance = (colour) => {
    const [r, g, b] = colour.match(/[\d.]+/g).slice(0, 3).map((channel) => {
      const value = channel / 255;
      return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(one), luminance(other)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

// Dark Reader, a browser extension some light-sensitive patients use, paints every SVG fill as it
// paints text: a pain number and its marked place came out near white on mint, 1.2:1. It lightens
// the places' dashed outlines with the figure too: in the high-contrast preset they vanished
// (1.0:1), in the others they were faint (1.5:1), so a patient could not see where to tap.
test('under Dark Reader the places on the map keep a visible edge and their pain numbers stay readable; without it they are drawn as before', async (t) => {
  await run(t, {}, async (page) => {
    await page.addInitScript({ path: new URL('../../node_modules/darkreader/darkreader.js', import.meta.url).pathname });
    for (const theme of ['light', 'dark', 'high-contrast']) {
      const widget = await widgetWith(page, { theme });
      const map = await new PainMap(widget).open();
      await map.place('Your neck').click();
      await map.intensity(7).click();
      const number = widget.host.locator('.pg-site-number').first();
      const look = () => number.evaluate((text) => ({
        number: getComputedStyle(text).fill,
        place: getComputedStyle(text.previousElementSibling).fill,
        filter: getComputedStyle(text).filter,
      }));
      const before = await look();
      assert.equal(before.filter, 'none', `${theme}: no halo of its own`);
      assert.equal(await widget.host.evaluate((host) => getComputedStyle(host.shadowRoot.querySelector('.pg-site')).filter), 'none',
        `${theme}: no edge of its own`);
      await page.evaluate(() => DarkReader.enable({ brightness: 100, contrast: 90, sepia: 10 }));
      await page.waitForFunction((before) => getComputedStyle(document.querySelector('pain-guide').shadowRoot
        .querySelector('.pg-site-number')).fill !== before, before.number);
      const { number: fill, place, filter } = await look();
      const halo = filter.match(/^drop-shadow\((rgb\([^)]*\))/)?.[1] ?? place;
      assert.ok(contrast(fill, halo) >= 4.5, `${theme}: ${fill} on ${halo} (the place ${place}, filter ${filter})`);
      // An unmarked place's edge (its dark halo, or else its outline) against the figure (3:1, as
      // for any control's boundary).
      const unmarked = await widget.host.evaluate((host) => {
        const site = host.shadowRoot.querySelector('.pg-site:not([data-state~=marked])');
        const style = getComputedStyle(site);
        return { stroke: style.stroke, filter: style.filter, figure: getComputedStyle(host.shadowRoot.querySelector('.pg-silhouette rect')).fill };
      });
      const edge = unmarked.filter.match(/^drop-shadow\((rgb\([^)]*\))/)?.[1] ?? unmarked.stroke;
      assert.ok(contrast(edge, unmarked.figure) >= 3, `${theme}: a place's edge ${edge} on the figure ${unmarked.figure} (${JSON.stringify(unmarked)})`);
      await page.evaluate(() => DarkReader.disable());
    }
    assert.deepEqual(page.problems, []);
  });
});

const headingColour = (widget) => widget.styles('h3', ['color']).then((styles) => styles.color);

test("a clinic's brand colour is used, and an unreadable one is made readable with a console note (its buttons keep it)", async (t) => {
  await run(t, { expected: ['primary-color #ffff00'] }, async (page) => {
    const warnings = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    const widget = await widgetWith(page, { 'primary-color': 'rgb(91, 63, 140)', 'cta-href': '/book' });
    assert.equal(await headingColour(widget), 'rgb(91, 63, 140)');
    await widget.host.evaluate((host) => host.setAttribute('primary-color', 'yellow'));
    for (let waited = 0; warnings.length === 0 && waited < 2000; waited += 50) await page.waitForTimeout(50);
    const guarded = await headingColour(widget);
    assert.notEqual(guarded, 'rgb(255, 255, 0)');
    // A button is known by its label: the call to action keeps the yellow, with a dark label.
    const button = await widget.styles('.pg-cta', ['background-color', 'color', 'border-top-color']);
    assert.deepEqual(button, { 'background-color': 'rgb(255, 255, 0)', color: 'rgb(28, 43, 51)', 'border-top-color': guarded });
    assert.deepEqual(await axeViolations(page), []);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /^pain-guide: primary-color #ffff00 has only 1\.1:1 contrast with the background; using #[0-9a-f]{6} so patients can read it\. Buttons keep #ffff00\.$/);
  });
});

test('settings layer up: page CSS, then attributes, then theme-config, then setTheme', async (t) => {
  await run(t, {}, async (page) => {
    await page.goto(url('/hosts/plain.html'));
    // The host page's CSS on the element.
    const widget = await (await Widget.add(page, { entry: 'fibromyalgia', style: '--pg-primary: #7a1f5c; --pg-text: #1a1a40' })).ready();
    assert.equal(await headingColour(widget), 'rgb(122, 31, 92)', 'from the page CSS');
    assert.equal((await widget.styles('.pg-root', ['color'])).color, 'rgb(26, 26, 64)');
    await widget.host.evaluate((host) => host.setAttribute('primary-color', '#1f5c7a'));
    await page.waitForTimeout(50);
    assert.equal(await headingColour(widget), 'rgb(31, 92, 122)', 'the attribute beats the page CSS');
    await widget.host.evaluate((host) => host.setAttribute('theme-config', '{"primary-color": "#2d6a2d"}'));
    await page.waitForTimeout(50);
    assert.equal(await headingColour(widget), 'rgb(45, 106, 45)', 'theme-config beats the attribute');
    await widget.host.evaluate((host) => host.setTheme({ 'primary-color': '#6a2d2d' }));
    await page.waitForTimeout(50);
    assert.equal(await headingColour(widget), 'rgb(106, 45, 45)', 'setTheme beats theme-config');
    assert.deepEqual(page.problems, []);
  });
});

test('setTheme called before the code has arrived is applied when it does', async (t) => {
  await run(t, {}, async (page) => {
    const release = await holdRequests(page, '**/pain-guide-en_bg.wasm');
    await page.goto(url('/hosts/plain.html'));
    await new Widget(page).placeholder.waitFor();
    await page.evaluate(() => {
      const element = document.querySelector('pain-guide');
      element.setTheme({ theme: 'dark' });
      element.setTheme({ 'primary-color': '#5fd0c7' }); // adds to the first call
    });
    release();
    const widget = await new Widget(page).ready();
    assert.equal(await background(widget), BACKGROUNDS.dark);
    assert.equal(await headingColour(widget), 'rgb(95, 208, 199)');
    assert.deepEqual(page.problems, []);
  });
});

test('hostile theme values are ignored with a warning and inject nothing', async (t) => {
  await run(t, { expected: ['primary-color', 'theme-config'] }, async (page) => {
    const widget = await widgetWith(page, {
      'primary-color': 'red;}</style><script>window.injected=1</script>',
      'theme-config': '{"text-color": "url(javascript:alert(1))", "primary-color": "expression(alert(1))"}',
    });
    assert.equal(await headingColour(widget), 'rgb(11, 107, 102)', "the preset's primary");
    const injected = await widget.host.evaluate((host) => ({
      nodes: host.shadowRoot.querySelectorAll('script, style').length,
      css: [...host.shadowRoot.adoptedStyleSheets].map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('')).join(''),
      flag: window.injected,
    }));
    assert.equal(injected.nodes, 0);
    assert.equal(injected.flag, undefined);
    assert.doesNotMatch(injected.css, /javascript|expression|<\/style>/);
  });
});

test('a brand web font the page loads is used inside the widget with font-family="inherit"', async (t) => {
  await run(t, {}, async (page) => {
    // Any real font file will do: DejaVu Sans comes with fontconfig, which Chromium needs.
    const font = await readFile('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf');
    await page.route('**/fonts/clinic-brand.ttf', (route) => route.fulfill({ body: font, contentType: 'font/ttf' }));
    const html = (await plainHost())
      .replace('</head>', '<style>@font-face { font-family: "Clinic Brand"; src: url(/fonts/clinic-brand.ttf); }\n'
        + 'pain-guide { font-family: "Clinic Brand", serif; }</style></head>')
      .replace('<pain-guide entry="fibromyalgia">', '<pain-guide entry="fibromyalgia" font-family="inherit">');
    addPage('/hosts/web-font.html', html);
    await page.goto(url('/hosts/web-font.html'));
    const widget = await new Widget(page).ready();
    assert.match((await widget.styles('.pg-root', ['font-family']))['font-family'], /^"Clinic Brand"/);
    // Only the widget's text asks for the face (the element has no text of its own), so the
    // browser loading it shows the widget's text uses it.
    const status = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].find((face) => face.family.replace(/"/g, '') === 'Clinic Brand')?.status;
    });
    assert.equal(status, 'loaded');
    assert.deepEqual(page.problems, []);
  });
});

test('text size, corners and the clinic logo: checked, shown, and changed live without losing marks', async (t) => {
  const expected = ['<pain-guide logo-src="javascript:alert(1)"> is not valid', '<pain-guide text-size="huge"> is not valid'];
  await run(t, { expected }, async (page) => {
    const html = (await plainHost()).replace('<pain-guide entry="fibromyalgia">',
      '<pain-guide entry="fibromyalgia" text-size="larger" corner-radius="12" clinic-name="Riverside Pain &amp; Wellness" logo-src="/clinic-logo.svg">');
    addPage('/hosts/brand.html', html);
    await page.goto(url('/hosts/brand.html'));
    const widget = await new Widget(page).ready();
    const size = async () => (await widget.styles('.pg-root', ['font-size']))['font-size'];
    assert.equal(await size(), '24px', 'larger: x-large, from the visitor\'s 16px');
    assert.equal((await widget.styles('.pg-root', ['border-top-left-radius']))['border-top-left-radius'], '18px', 'the outer corners: 1.5 × 12px');
    assert.equal((await widget.styles('.pg-tab', ['border-top-left-radius']))['border-top-left-radius'], '12px', 'the tabs: 12px');
    const logo = widget.host.getByRole('img', { name: 'Riverside Pain & Wellness' });
    await page.waitForFunction(() => document.querySelector('pain-guide').shadowRoot.querySelector('.pg-logo')?.naturalWidth > 0);
    assert.match(await logo.getAttribute('src'), /\/clinic-logo\.svg$/);
    const box = await logo.boundingBox();
    assert.ok(box.height <= 2.5 * 24 + 1, `the logo stays small: ${box.height}px`);

    await widget.host.getByRole('navigation').getByRole('button', { name: 'My pain map' }).click();
    await widget.host.getByRole('checkbox', { name: /^Your neck/ }).first().click();
    await widget.host.evaluate((element) => element.setTheme({ 'text-size': 'large' }));
    await page.waitForFunction(() => getComputedStyle(document.querySelector('pain-guide').shadowRoot.querySelector('.pg-root')).fontSize === '18px');
    assert.equal(await widget.host.getByRole('checkbox', { name: /^Your neck/ }).first().getAttribute('aria-checked'), 'true', 'the mark is kept');

    await widget.host.evaluate((element) => { element.setAttribute('logo-src', 'javascript:alert(1)'); element.setAttribute('text-size', 'huge'); });
    await widget.host.locator('.pg-logo').waitFor({ state: 'detached' });
    assert.equal(await size(), '18px', 'setTheme still wins over the bad attribute');
    assert.deepEqual(page.problems, []);
  });
});

test('a logo that arrives after the widget has drawn moves nothing in it, on a phone too', async (t) => {
  await run(t, { viewport: { width: 400, height: 800 } }, async (page) => {
    addPage('/hosts/late-logo.html', (await plainHost()).replace('<pain-guide entry="fibromyalgia">',
      '<pain-guide entry="fibromyalgia" clinic-name="Riverside" logo-src="/clinic-logo.svg" cta-text="Book a visit" cta-href="/book">'));
    const release = await holdRequests(page, '**/clinic-logo.svg');
    // Not until `load`: the held logo may be what holds it.
    await page.goto(url('/hosts/late-logo.html'), { waitUntil: 'domcontentloaded' });
    const widget = await new Widget(page).ready();
    const footer = () => widget.host.locator('.pg-footer').evaluate((element) =>
      [...element.children].map((child) => JSON.stringify(child.getBoundingClientRect())));
    const before = await footer();
    release();
    await page.waitForFunction(() => document.querySelector('pain-guide').shadowRoot.querySelector('.pg-logo')?.naturalWidth > 0);
    assert.deepEqual(await footer(), before, 'the logo, the notice and the link keep their places');
    assert.deepEqual(page.problems, []);
  });
});

// A logo address that is wrong (a typo, a file moved, a server that refuses other sites' pages)
// drew the broken-image sign and the clinic's name cut off in every patient's widget.
test('a logo that cannot be loaded is not drawn, the console says so, and a corrected address shows the logo', async (t) => {
  const warning = 'pain-guide: <pain-guide logo-src="/no-such-logo.png"> could not be loaded; showing no logo.';
  await run(t, { expected: [warning, '404'] }, async (page) => {
    const warned = page.waitForEvent('console', (message) => message.text() === warning);
    const widget = await widgetWith(page, { 'clinic-name': 'Riverside', 'logo-src': '/no-such-logo.png', 'cta-text': 'Book a visit', 'cta-href': '/book' });
    await warned;
    const logo = widget.host.locator('.pg-logo');
    assert.equal(await logo.isVisible(), false);
    assert.equal(await widget.host.getByRole('img').count(), 0, 'no image in the accessibility tree either');
    assert.ok(await widget.host.getByRole('link', { name: 'Book a visit' }).isVisible());
    await widget.host.evaluate((element) => element.setAttribute('logo-src', '/clinic-logo.svg'));
    await page.waitForFunction(() => document.querySelector('pain-guide').shadowRoot.querySelector('.pg-logo')?.naturalWidth > 0);
    assert.ok(await widget.host.getByRole('img', { name: 'Riverside' }).isVisible());
    assert.deepEqual(page.problems, []);
  });
});

test('density: less or more room around the text, the same size of tap targets, from the page too', async (t) => {
  await run(t, {}, async (page) => {
    const widget = await widgetWith(page, {});
    const room = async () => {
      const scroll = await widget.styles('.pg-scroll', ['padding-left']);
      const tab = await widget.host.locator('.pg-tab').first().boundingBox();
      return { padding: scroll['padding-left'], tabHeight: Math.round(tab.height) };
    };
    const { padding, tabHeight } = await room();
    assert.equal(padding, '24px', 'comfortable: 1.5em of 16px');
    assert.ok(tabHeight >= 44, `a tab is a 44 px target at least: ${tabHeight}`);
    await widget.host.evaluate((element) => element.setAttribute('density', 'compact'));
    await page.waitForFunction(() => getComputedStyle(document.querySelector('pain-guide').shadowRoot.querySelector('.pg-scroll')).paddingLeft !== '24px');
    assert.deepEqual(await room(), { padding: '14.4px', tabHeight }, 'compact: 0.6 of the room, targets unchanged');
    assert.deepEqual(await axeViolations(page), []);
    // The page's own stylesheet can set it, like the other theme settings.
    await page.addStyleTag({ content: 'pain-guide { --pg-density: spacious }' });
    await widget.host.evaluate((element) => { element.removeAttribute('density'); });
    await page.waitForFunction(() => getComputedStyle(document.querySelector('pain-guide').shadowRoot.querySelector('.pg-scroll')).paddingLeft === '33.6px');
    assert.equal((await room()).tabHeight, tabHeight);
    assert.deepEqual(page.problems, []);
  });
});
