// Accessibility: axe-core finds no violations in the widget, and its structure is what a screen
// reader user needs (a named region, a heading outline, a focusable reading area).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite } from '../support/suite.mjs';
import { Widget } from '../support/widget.mjs';
import { axeViolations } from '../support/axe.mjs';
import { PainMap } from '../support/pain_map.mjs';
import { needsChromium } from '../support/browser.mjs';

const { url, run } = suite();

test('axe-core finds no violations in the widget on the demo page', async (t) => {
  await run(t, {}, async (page) => {
    await page.goto(url('/'));
    await new Widget(page).ready();
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.problems, []);
  });
});

test('axe-core finds no violations in the demo clinic pages as a whole, English and Spanish', async (t) => {
  for (const [path, lang] of [['/', 'en'], ['/es.html', 'es']]) {
    await run(t, {}, async (page) => {
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

test('a widget keeps its landmark names through changes of language and edits of the page: only a second widget is "Patient guide 2"', async (t) => {
  await run(t, {}, async (page) => {
    await page.goto(url('/hosts/plain.html'));
    /** The names screen readers list for the widget's region and navigation, once in its language. */
    const landmarks = async (widget, region, navigation) => {
      await widget.host.locator(`.pg-root[role=region][lang=${widget.lang}]`).waitFor();
      assert.ok(await widget.host.getByRole('region', { name: region, exact: true }).isVisible(), region);
      assert.ok(await widget.host.getByRole('navigation', { name: navigation, exact: true }).isVisible(), navigation);
    };
    const first = await new Widget(page).ready();
    await landmarks(first, 'Patient guide', 'Patient guide sections');

    await first.host.getByRole('button', { name: 'Leer en español' }).click();
    const spanish = await new Widget(page, 0, 'es').ready();
    await landmarks(spanish, 'Guía para pacientes', 'Secciones de la guía para pacientes');
    await spanish.host.getByRole('button', { name: 'Read in English' }).click();
    await landmarks(await new Widget(page).ready(), 'Patient guide', 'Patient guide sections');

    const second = await (await Widget.add(page, { entry: 'fibromyalgia' })).ready();
    await landmarks(second, 'Patient guide 2', 'Patient guide sections 2');
    // A page builder replaces the first: the new one takes the free first name, the second keeps its own.
    await page.evaluate(async () => {
      document.querySelector('pain-guide').remove();
      await new Promise((resolve) => setTimeout(resolve));
      document.querySelector('#slot').append(document.createElement('pain-guide'));
    });
    await landmarks(await new Widget(page).ready(), 'Patient guide', 'Patient guide sections');
    await landmarks(second, 'Patient guide 2', 'Patient guide sections 2');
    assert.deepEqual(page.problems, []);
  });
});

test("in a forced-colours theme (Windows' contrast themes) the figure takes the system's colours and a chosen answer is ticked in its highlight", { skip: needsChromium('emulate forced colours') }, async (t) => {
  await run(t, {}, async (page) => {
    await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    await page.goto(url('/hosts/plain.html'));
    const map = await new PainMap(await new Widget(page).ready()).open();
    await map.place('Your left shoulder').click();
    await map.intensity(7).check();
    // Focused from the keyboard, as it is when the patient tabs back to it.
    await page.keyboard.press('Shift');
    await map.intensity(7).focus();
    const drawn = await page.locator('pain-guide').evaluate((host) => {
      // The theme's system colours, as this browser resolves them.
      const probe = document.body.appendChild(document.createElement('i'));
      probe.style.cssText = 'forced-color-adjust: none; color: Canvas; background-color: Highlight; border-color: CanvasText; outline-color: HighlightText';
      const system = getComputedStyle(probe);
      const colours = { Canvas: system.color, Highlight: system.backgroundColor, CanvasText: system.borderTopColor, HighlightText: system.outlineColor };
      probe.remove();
      // Dark themes' HighlightText is their Canvas: a text colour is told among text colours.
      const named = (value, names = ['Canvas', 'CanvasText', 'Highlight']) => names.find((name) => colours[name] === value) || value;
      const root = host.shadowRoot;
      const style = (selector, pseudo) => getComputedStyle(root.querySelector(selector), pseudo);
      const choices = [...root.querySelectorAll('.pg-choice input')];
      const chosen = choices.find((input) => input.checked).nextElementSibling;
      return {
        body: named(style('.pg-silhouette rect').fill),
        outline: named(style('.pg-silhouette rect').stroke),
        marked: named(style('#pg-front-shoulder-left').fill),
        chosen: {
          mark: getComputedStyle(chosen, '::before').content,
          background: named(getComputedStyle(chosen).backgroundColor),
          text: named(getComputedStyle(chosen).color, ['HighlightText', 'CanvasText']),
          focusRing: named(getComputedStyle(chosen).outlineColor),
        },
        ticked: choices.filter((input) => getComputedStyle(input.nextElementSibling, '::before').content !== 'none').length,
      };
    });
    // The theme's light fill made the body a pale blot on a dark contrast theme, and a chosen
    // answer showed only by its weight once the system replaced its fill. The tick is not read
    // out (screen readers say "checked"): the answer's name stays "7".
    assert.deepEqual(drawn, {
      body: 'Canvas',
      outline: 'CanvasText',
      marked: 'Highlight',
      chosen: { mark: '"✓\u00a0" / ""', background: 'Highlight', text: 'HighlightText', focusRing: 'CanvasText' },
      ticked: 1,
    });
    assert.equal(await map.intensity(7).isChecked(), true);
  });
});

test('at 320 px wide (a small phone, or 400% zoom) nothing scrolls sideways', async (t) => {
  await run(t, { viewport: { width: 320, height: 640 } }, async (page) => {
    await page.goto(url('/hosts/plain.html'));
    const widget = await new Widget(page).ready();
    const overflow = await widget.host.evaluate((host) => {
      const scroller = host.shadowRoot.querySelector('.pg-scroll');
      const page = document.documentElement;
      return { page: page.scrollWidth - page.clientWidth, widget: scroller.scrollWidth - scroller.clientWidth };
    });
    assert.deepEqual(overflow, { page: 0, widget: 0 });
  });
});

/** Which of the widget's boxes scroll, whether its tabs are pinned, and its sideways overflow. */
function layout(widget) {
  return widget.host.evaluate((host) => {
    const [root, scroll, nav] = ['.pg-root', '.pg-scroll', '.pg-nav'].map((selector) => host.shadowRoot.querySelector(selector));
    return {
      rootScrolls: root.scrollHeight > root.clientHeight,
      readingScrolls: scroll.scrollHeight > scroll.clientHeight,
      tabsPinned: getComputedStyle(nav).position === 'sticky',
      sideways: root.scrollWidth - root.clientWidth,
    };
  });
}

test('on a phone, or a screen made short by zoom, the whole widget scrolls as one under pinned tabs that never hide what has focus', async (t) => {
  // A phone; a laptop at 200% zoom; a 1920×1080 screen at 200% zoom (its browser's bars take
  // 140 px), where a pinned footer of two rows and the tabs took 40% of the widget's height.
  for (const viewport of [{ width: 360, height: 640 }, { width: 1000, height: 360 }, { width: 960, height: 470 }]) {
    await run(t, { viewport }, async (page) => {
      await page.goto(url('/hosts/plain.html'));
      const widget = await new Widget(page).ready();
      const where = `${viewport.width}x${viewport.height}`;
      assert.deepEqual(await layout(widget), { rootScrolls: true, readingScrolls: false, tabsPinned: true, sideways: 0 }, where);
      // The tabs keep to one row, so they take little of the height (a long label wraps inside its tab).
      const tops = await widget.host.locator('.pg-nav .pg-tab').evaluateAll((tabs) => tabs.map((tab) => tab.getBoundingClientRect().top));
      assert.equal(new Set(tops).size, 1, `${where}: tabs in one row`);
      // Keyboard through each part: the widget scrolls, and each focused control is below the
      // pinned tabs and inside the widget (WCAG 2.4.11, focus not obscured); of the map's figure,
      // taller than the widget, its top.
      for (const part of ['My pain map', 'Summary', 'Learn']) {
        await widget.host.getByRole('navigation').getByRole('button', { name: part }).focus();
        await page.keyboard.press('Enter');
        for (let step = 0; step < 14; step += 1) {
          await page.keyboard.press('Tab');
          // What has focus in the part (not a tab, not the reading area or the scrolling widget
          // itself, which Firefox makes a stop).
          const seen = await widget.sight(':focus:not(.pg-nav *, .pg-scroll, .pg-root)');
          if (seen) assert.ok(seen.inSight, `${where}, ${part}: ${seen.name}`);
        }
      }
      const scrolled = await widget.host.evaluate((host) => {
        const [root, nav] = ['.pg-root', '.pg-nav'].map((selector) => host.shadowRoot.querySelector(selector));
        return { scrollTop: root.scrollTop, tabsAtTop: Math.abs(nav.getBoundingClientRect().top - root.getBoundingClientRect().top) <= 1 };
      });
      assert.ok(scrolled.scrollTop > 0, `${where}: the widget scrolled to what had focus`);
      assert.ok(scrolled.tabsAtTop, `${where}: the tabs stay at the top`);
      // At the end of a part, its footer (the clinic's notice and call to action) comes into view.
      const footerInView = await widget.host.evaluate((host) => {
        const [root, footer] = ['.pg-root', '.pg-footer'].map((selector) => host.shadowRoot.querySelector(selector));
        root.scrollTop = root.scrollHeight;
        return footer.getBoundingClientRect().bottom <= root.getBoundingClientRect().bottom + 1;
      });
      assert.ok(footerInView, `${where}: the footer at the end`);
      assert.deepEqual(page.problems, []);
    });
  }
});

test('with the largest text on a small phone the tabs scroll away too; a usual screen keeps its tabs and footer and scrolls the reading area', async (t) => {
  await run(t, { viewport: { width: 320, height: 640 } }, async (page) => {
    await page.goto(url('/hosts/plain.html'));
    await page.evaluate(() => document.querySelector('pain-guide').setAttribute('text-size', 'larger'));
    const widget = await new Widget(page).ready();
    await page.waitForFunction(() => getComputedStyle(document.querySelector('pain-guide').shadowRoot.querySelector('.pg-root')).fontSize === '24px');
    // Pinned, two or three rows of large tabs would take a third of the height.
    assert.deepEqual(await layout(widget), { rootScrolls: true, readingScrolls: false, tabsPinned: false, sideways: 0 });
    // Keyboard: from the reading area, Page Down scrolls the widget.
    await widget.host.locator('.pg-scroll').focus();
    await page.keyboard.press('PageDown');
    await page.waitForFunction(() => document.querySelector('pain-guide').shadowRoot.querySelector('.pg-root').scrollTop > 0);
    // A laptop or tablet: the tabs and footer stay, the reading area scrolls.
    await page.setViewportSize({ width: 800, height: 700 });
    await page.evaluate(() => document.querySelector('pain-guide').removeAttribute('text-size'));
    await page.waitForFunction(() => getComputedStyle(document.querySelector('pain-guide').shadowRoot.querySelector('.pg-root')).fontSize === '16px');
    assert.deepEqual(await layout(widget), { rootScrolls: false, readingScrolls: true, tabsPinned: false, sideways: 0 });
    assert.deepEqual(page.problems, []);
  });
});
