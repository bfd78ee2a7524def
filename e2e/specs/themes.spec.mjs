// Marketing picks a preset; patients always get readable colours; `auto` follows the visitor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite } from '../support/suite.mjs';
import { Widget } from '../support/widget.mjs';
import { axeViolations } from '../support/axe.mjs';

const { url, run } = suite();
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
    await run(t, { bypassCSP: true }, async (page) => {
      const widget = await widgetWith(page, { theme: preset, 'cta-text': 'Book a visit', 'cta-href': '/contact' });
      assert.equal(await background(widget), expected);
      await widget.term('central sensitization').click();
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(page.problems, []);
    });
  });
}

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

test("theme=auto follows the visitor's dark mode and contrast settings", async (t) => {
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
