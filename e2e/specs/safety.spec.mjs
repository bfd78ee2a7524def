// The safety net: chest pain on the map and "yes" to feeling depressed raise calm notices with a
// number to call, on screen (for screen readers too) and on the printed sheet; the clinic sets the
// numbers; nothing blocks the patient.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite } from '../support/suite.mjs';
import { Widget } from '../support/widget.mjs';
import { PainMap } from '../support/pain_map.mjs';
import { Summary } from '../support/summary.mjs';
import { axeViolations } from '../support/axe.mjs';
import { BROWSER } from '../support/browser.mjs';

const session = suite();
const { run, strictHost } = session;

const CHEST = 'Chest pain can need care right away';
const LOW_MOOD = 'Help is there if you feel low';

const box = (widget, title) =>
  widget.host.locator('.pg-alert').filter({ has: widget.page.getByRole('heading', { name: title, level: 3 }) });

/** A notice in the widget, by its title, once shown: its words, links (words and address), region. */
async function notice(widget, title) {
  const shown = box(widget, title);
  await shown.waitFor();
  return {
    text: await shown.innerText(),
    links: await shown.getByRole('link').evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute('href')])),
    live: await shown.evaluate((element) => element.parentElement.getAttribute('aria-live')),
  };
}

/** Waits until no notice with this title shows. */
const noNotice = (widget, title) => box(widget, title).waitFor({ state: 'detached' });

test('chest pain shows the emergency notice as it is marked; yes to depression the crisis line, by the clinic\'s link', async (t) => {
  await run(t, {}, async (page) => {
    await page.goto(await strictHost('/hosts/safety.html', 'cta-text="Book a consultation" cta-href="/contact"'));
    const widget = await new Widget(page).ready();
    const map = await new PainMap(widget).open();
    await map.place('Your left shoulder').click();
    await map.place('Your left shoulder').and(widget.host.locator('[aria-checked=true]')).waitFor();
    assert.equal(await box(widget, CHEST).count(), 0, 'no notice for other places');

    await map.place('Your chest').click();
    const chest = await notice(widget, CHEST);
    assert.match(chest.text, /new or very bad.*trouble breathing, sweating, or pain that spreads to your arm or jaw\. Call 911, or your local emergency number\. Do not wait/s);
    assert.deepEqual(chest.links, [['911', 'tel:911']]);
    assert.equal(chest.live, 'polite', 'announced by screen readers when it appears');
    // Below the figure: the map did not move under the patient's finger, who carries on marking.
    await map.place('Your neck').click();
    assert.equal(await map.place('Your neck').getAttribute('aria-checked'), 'true');
    assert.deepEqual(await axeViolations(page), []);

    const summary = await new Summary(widget).open();
    await notice(widget, CHEST); // the summary shows it too
    assert.equal(await box(widget, LOW_MOOD).count(), 0);
    await summary.answer('felt depressed', 'Yes');
    const lowMood = await notice(widget, LOW_MOOD);
    assert.match(lowMood.text, /talk to someone now\. Call 988 any time, day or night\. In the US, you can also text 988\./);
    // The clinic's link in plain words: its own button's words ("Book a consultation") would read
    // as marketing beside a crisis line.
    assert.deepEqual(lowMood.links, [['988', 'tel:988'], ['Contact the clinic', '/contact']], 'the crisis line, then the clinic');
    // It never blocks: the last question still takes an answer.
    await summary.answer('How long', 'More than a year');
    assert.deepEqual(await axeViolations(page), []);

    await summary.answer('felt depressed', 'No');
    await noNotice(widget, LOW_MOOD); // gone with the answer
    await summary.answer('felt depressed', 'Yes');
    for (const question of ['feeling tired', 'waking up tired', 'thinking or remembering']) {
      await summary.answer(question, 'Severe – it was always there and disrupted my life');
    }
    await summary.answer('had headaches', 'Yes');
    await summary.answer('lower belly', 'Yes');

    const { text } = await summary.print();
    assert.ok(text.includes('Safety notices shown to the patient'), text);
    // Each notice's title, then its text, as one paragraph.
    assert.match(text, new RegExp(`${CHEST} Get help now .* Call 911, or your local emergency number`));
    assert.match(text, new RegExp(`${LOW_MOOD} Feeling down .* Call 988 any time`));
    // Both notices, three places, all seven answers: still one A4 page (counted in Chromium's
    // PDF; the count cannot read Firefox's).
    if (BROWSER === 'chromium') assert.equal(await summary.printedPages(session.browser), 1);
    assert.deepEqual(page.problems, []);
  });
});

test('a clinic sets its own numbers; a number that is not one is refused with a console warning', async (t) => {
  const expected = ['<pain-guide crisis-number="javascript:alert(1)"> is not valid (expected a phone number'];
  await run(t, { expected }, async (page) => {
    await page.goto(await strictHost('/hosts/safety-numbers.html', 'emergency-number="112" crisis-number="+44 116-123"'));
    const widget = await new Widget(page).ready();
    const map = await new PainMap(widget).open();
    await map.place('Your chest').click();
    assert.deepEqual((await notice(widget, CHEST)).links, [['112', 'tel:112']]);
    const summary = await new Summary(widget).open();
    await summary.answer('felt depressed', 'Yes');
    const lowMood = await notice(widget, LOW_MOOD);
    assert.deepEqual(lowMood.links, [['+44 116-123', 'tel:+44116123']], 'no clinic link: this page has no cta-href');
    assert.match(lowMood.text, /Call \+44 116-123 any time, day or night\. You can also tell your clinic\.$/,
      "the clinic's own crisis line, without the US one (\"In the US, you can also text 988\")");

    // Changed live (the page's own script, or a typo): the safe default, and a clear warning.
    await widget.host.evaluate((element) => element.setAttribute('crisis-number', 'javascript:alert(1)'));
    await page.waitForFunction(() =>
      document.querySelector('pain-guide').shadowRoot.querySelector('a[href="tel:988"]'));
    const usLine = await notice(widget, LOW_MOOD);
    assert.deepEqual(usLine.links, [['988', 'tel:988']]);
    assert.match(usLine.text, /In the US, you can also text 988\. Outside the US, call your local crisis line\./);
    assert.deepEqual(page.problems, []);
  });
});
