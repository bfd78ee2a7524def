// Accessibility: axe-core finds no violations in the widget, and its structure is what a screen
// reader user needs (a named region, a heading outline, a focusable reading area).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite } from '../support/suite.mjs';
import { Widget } from '../support/widget.mjs';
import { axeViolations } from '../support/axe.mjs';

const { url, run } = suite();
// axe is injected as a script, which the demo page's strict CSP would (rightly) block.
const AXE_PAGE = { bypassCSP: true };

test('axe-core finds no violations in the widget on the demo page', async (t) => {
  await run(t, AXE_PAGE, async (page) => {
    await page.goto(url('/'));
    await new Widget(page).ready();
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.problems, []);
  });
});

test('axe-core finds no violations in the demo clinic pages as a whole, English and Spanish', async (t) => {
  for (const [path, lang] of [['/', 'en'], ['/es.html', 'es']]) {
    await run(t, AXE_PAGE, async (page) => {
      await page.goto(url(path));
      const widget = await new Widget(page, 0, lang).ready();
      assert.equal(await widget.root.getAttribute('lang'), lang, `${path} speaks its page's language`);
      assert.deepEqual(await axeViolations(page, 'html'), []);
      assert.deepEqual(page.problems, []);
    });
  }
});

test('the widget is a named region with a heading outline and a keyboard-scrollable reading area', async (t) => {
  await run(t, {}, async (page) => {
    await page.goto(url('/hosts/plain.html'));
    const widget = await new Widget(page).ready();
    assert.ok(await widget.host.getByRole('region', { name: 'Patient guide' }).isVisible());
    assert.equal(await widget.host.getByRole('heading', { level: 2 }).count(), 1);
    assert.ok((await widget.host.getByRole('heading', { level: 3 }).count()) >= 7);
    // Tab goes through the parts' navigation (Learn, My pain map, Summary) to the reading area;
    // arrow keys then scroll it.
    const navigation = widget.host.getByRole('navigation', { name: 'Patient guide sections' });
    assert.deepEqual(await navigation.getByRole('button').allTextContents(), ['Learn', 'My pain map', 'Summary']);
    const reading = widget.host.getByRole('group', { name: 'Fibromyalgia' });
    for (const key of ['Tab', 'Tab', 'Tab', 'Tab']) await page.keyboard.press(key);
    assert.ok(await reading.evaluate((element) => element.matches(':focus-visible')));
    await page.keyboard.press('PageDown');
    await page.waitForTimeout(300);
    assert.ok((await reading.evaluate((element) => element.scrollTop)) > 0);
  });
});

test('at 320 px wide (a small phone, or 400% zoom) nothing scrolls sideways', async (t) => {
  await run(t, { viewport: { width: 320, height: 640 } }, async (page) => {
    await page.goto(url('/hosts/plain.html'));
    const widget = await new Widget(page).ready();
    const overflow = await widget.host.evaluate((host) => {
      const scroller = host.shadowRoot.querySelector('.pg-scroll');
      return { page: document.documentElement.scrollWidth - innerWidth, widget: scroller.scrollWidth - scroller.clientWidth };
    });
    assert.deepEqual(overflow, { page: 0, widget: 0 });
  });
});

test('with the largest text on a small phone the whole widget scrolls as one, so the reading area is not a few lines', async (t) => {
  await run(t, { viewport: { width: 320, height: 640 } }, async (page) => {
    await page.goto(url('/hosts/plain.html'));
    await page.evaluate(() => document.querySelector('pain-guide').setAttribute('text-size', 'larger'));
    const widget = await new Widget(page).ready();
    await page.waitForFunction(() => getComputedStyle(document.querySelector('pain-guide').shadowRoot.querySelector('.pg-root')).fontSize === '24px');
    const layout = () => widget.host.evaluate((host) => {
      const [root, scroll] = ['.pg-root', '.pg-scroll'].map((selector) => host.shadowRoot.querySelector(selector));
      return { rootScrolls: root.scrollHeight > root.clientHeight, readingScrolls: scroll.scrollHeight > scroll.clientHeight, sideways: root.scrollWidth - root.clientWidth };
    });
    assert.deepEqual(await layout(), { rootScrolls: true, readingScrolls: false, sideways: 0 });
    // Keyboard: from the reading area, Page Down scrolls the widget.
    await widget.host.locator('.pg-scroll').focus();
    await page.keyboard.press('PageDown');
    await page.waitForFunction(() => document.querySelector('pain-guide').shadowRoot.querySelector('.pg-root').scrollTop > 0);
    // A usual phone with the usual text size keeps the usual layout: the tabs and footer stay,
    // the reading area scrolls (the switch is at 20em wide, in the widget's own text size).
    await page.setViewportSize({ width: 360, height: 640 });
    await page.evaluate(() => document.querySelector('pain-guide').removeAttribute('text-size'));
    await page.waitForFunction(() => getComputedStyle(document.querySelector('pain-guide').shadowRoot.querySelector('.pg-root')).fontSize === '16px');
    assert.deepEqual(await layout(), { rootScrolls: false, readingScrolls: true, sideways: 0 });
    assert.deepEqual(page.problems, []);
  });
});
