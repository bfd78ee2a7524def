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

test('axe-core finds no violations in the demo clinic page as a whole', async (t) => {
  await run(t, AXE_PAGE, async (page) => {
    await page.goto(url('/'));
    await new Widget(page).ready();
    assert.deepEqual(await axeViolations(page, 'html'), []);
  });
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
