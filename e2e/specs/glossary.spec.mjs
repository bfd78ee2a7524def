// Journeys of a patient reading the glossary, and of a clinic extending it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite } from '../support/suite.mjs';
import { Widget } from '../support/widget.mjs';
import { axeViolations } from '../support/axe.mjs';
import { holdRequests, needsChromium } from '../support/browser.mjs';

const { url, run } = suite();
const ALL_TOPICS = 14;

/** Opens the glossary host page with one <pain-guide> carrying `attributes`, in `lang`'s words. */
async function openGlossary(page, attributes = {}, lang = 'en') {
  await page.goto(url('/hosts/plain.html'));
  await page.evaluate((attributes) => {
    const slot = document.querySelector('#slot');
    slot.replaceChildren();
    const element = document.createElement('pain-guide');
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    slot.append(element);
  }, attributes);
  return new Widget(page, 0, lang).ready();
}

// Someone in despair may type it into the only box there is. The search then answers with the
// crisis line and the clinic's contact, as "yes" to feeling depressed does, not only with "No
// topics match"; "my chest hurts" with the emergency number, as marking chest pain does.
test('a search for words of despair shows the crisis line, and one for an emergency the emergency number, in either language', async (t) => {
  await run(t, {}, async (page) => {
    const widget = await openGlossary(page, { 'cta-text': 'Call the clinic', 'cta-href': 'tel:5551234' });
    const notice = (title) => widget.host.locator('.pg-alert').filter({ has: page.getByRole('heading', { name: title }) });
    const lowMood = notice('Help is there if you feel low');
    await widget.search.fill('I don’t want to live anymore');
    await lowMood.waitFor();
    // No advice to try a shorter word beside the crisis line.
    assert.equal(await widget.searchStatus.textContent(), 'No topics match your search.');
    assert.equal(await lowMood.getByRole('link', { name: '988' }).getAttribute('href'), 'tel:988');
    assert.equal(await lowMood.getByRole('link', { name: 'Contact the clinic' }).getAttribute('href'), 'tel:5551234', 'the clinic\'s link in the notice\'s words');
    assert.deepEqual(await axeViolations(page), []);
    await widget.search.fill('fog');
    await lowMood.waitFor({ state: 'detached' });
    assert.deepEqual(await widget.topics(), ['Fibro fog']);
    await widget.search.fill('my chest hurts');
    const chest = notice('Chest pain can need care right away');
    await chest.waitFor();
    assert.equal(await chest.getByRole('link', { name: '911' }).getAttribute('href'), 'tel:911');

    const spanish = await openGlossary(page, { lang: 'es', 'crisis-number': '+34 024' }, 'es');
    await spanish.search.fill('Quiero morirme');
    const ayuda = spanish.host.locator('.pg-alert').filter({ hasText: '+34 024' });
    await ayuda.waitFor();
    assert.match(await ayuda.textContent(), /^Hay ayuda si se siente sin ánimo/);
    assert.equal(await ayuda.getByRole('link', { name: '+34 024' }).getAttribute('href'), 'tel:+34024');
    await spanish.search.fill('me duele el pecho');
    await spanish.host.locator('.pg-alert').filter({ hasText: '911' }).waitFor();
    assert.deepEqual(page.problems, []);
  });
});

test('a patient finds a topic by typing part of its name or another name for it, even misspelt or in a question, or a symptom it speaks of', async (t) => {
  await run(t, {}, async (page) => {
    const widget = await openGlossary(page);
    assert.equal((await widget.topics()).length, ALL_TOPICS);
    assert.equal(await widget.searchStatus.textContent(), `${ALL_TOPICS} topics`);
    await widget.search.fill('fog');
    assert.deepEqual(await widget.topics(), ['Fibro fog']);
    assert.equal(await widget.searchStatus.textContent(), '1 topic');
    await widget.search.fill('noradrenaline'); // another name for norepinephrine
    assert.deepEqual(await widget.topics(), ['Norepinephrine']);
    await widget.search.fill('What is fibromyalgia?'); // a question typed whole
    assert.deepEqual(await widget.topics(), ['Fibromyalgia']);
    await widget.search.fill('nausea'); // a symptom: no topic's name, one topic's summary
    assert.deepEqual(await widget.topics(), ['Migraine']);
    await widget.search.fill('fibromialgia'); // a letter wrong: nothing matches as typed
    assert.deepEqual(await widget.topics(), ['Fibromyalgia']);
    assert.equal(await widget.searchStatus.textContent(), '1 topic');
    await widget.search.fill('xyz');
    assert.deepEqual(await widget.topics(), []);
    assert.equal(await widget.searchStatus.textContent(), 'No topics match your search. Try a shorter word.');
    await widget.search.fill('');
    assert.equal((await widget.topics()).length, ALL_TOPICS);
    assert.deepEqual(page.problems, []);
  });
});

// A phone's "Search" key, or Enter, is how people end a search; it did nothing, and on a phone
// the keyboard stayed over the topics found.
test('Enter in the search opens the one topic found, or goes to the first of several; with none, the patient stays in the box', async (t) => {
  await run(t, {}, async (page) => {
    const widget = await openGlossary(page);
    await widget.search.fill('fog');
    await widget.search.press('Enter');
    assert.equal(await widget.title.textContent(), 'Fibro fog');
    assert.deepEqual(await widget.focused(), { tag: 'h2', text: 'Fibro fog' });
    await widget.back.click();
    await widget.search.fill('pain');
    const found = await widget.topics();
    assert.ok(found.length > 1, `several topics: ${found}`);
    await widget.search.press('Enter');
    assert.deepEqual(await widget.focused(), { tag: 'button', text: found[0] });
    assert.deepEqual(await widget.topics(), found);
    await widget.search.fill('xyz');
    await widget.search.press('Enter');
    assert.equal((await widget.focused()).tag, 'input');
    assert.deepEqual(page.problems, []);
  });
});

test('opening a topic and going back returns to where the patient was, without touching the page URL', async (t) => {
  await run(t, {}, async (page) => {
    const widget = await openGlossary(page);
    const before = await page.evaluate(() => ({ href: location.href, history: history.length }));
    await widget.search.fill('sleep');
    await widget.topic('Sleep apnea').click();
    assert.equal(await widget.title.textContent(), 'Sleep apnea');
    assert.deepEqual(await widget.focused(), { tag: 'h2', text: 'Sleep apnea' });
    await widget.back.click();
    assert.equal(await widget.search.inputValue(), 'sleep');
    assert.deepEqual(await widget.focused(), { tag: 'button', text: 'Sleep apnea' });
    assert.deepEqual(await page.evaluate(() => ({ href: location.href, history: history.length })), before);
    assert.deepEqual(page.problems, []);
  });
});

test('a linked term explains itself, by keyboard alone, and focus comes back', async (t) => {
  await run(t, {}, async (page) => {
    const widget = await openGlossary(page, { entry: 'fibromyalgia' });
    const term = widget.term('central sensitization');
    await term.focus();
    await page.keyboard.press('Enter');
    await widget.explanation.waitFor();
    assert.equal(await term.getAttribute('aria-expanded'), 'true');
    assert.deepEqual(await widget.focused(), { tag: 'p', text: 'Central sensitization' });
    assert.match(await widget.explanation.textContent(), /nervous system becomes extra sensitive/);
    await page.keyboard.press('Escape');
    assert.equal(await widget.explanation.count(), 0);
    assert.deepEqual(await widget.focused(), { tag: 'button', text: 'central sensitization' });

    await page.keyboard.press('Enter');
    await widget.explanation.waitFor();
    await page.keyboard.press('Tab'); // to "Read more about …"
    assert.deepEqual(await widget.focused(), { tag: 'button', text: 'Read more about Central sensitization' });
    await page.keyboard.press('Enter');
    assert.equal(await widget.title.textContent(), 'Central sensitization');
    assert.deepEqual(await widget.focused(), { tag: 'h2', text: 'Central sensitization' });
    assert.deepEqual(page.problems, []);
  });
});

test('related topics open their entry', async (t) => {
  await run(t, {}, async (page) => {
    const widget = await openGlossary(page, { entry: 'ketamine' });
    await widget.host.locator('.pg-related').getByRole('button', { name: 'NMDA receptor' }).click();
    assert.equal(await widget.title.textContent(), 'NMDA receptor');
    assert.deepEqual(page.problems, []);
  });
});

test('the entry attribute opens a topic, and changing it later does not take focus from the page', async (t) => {
  await run(t, {}, async (page) => {
    const widget = await openGlossary(page, { entry: 'migraine' });
    assert.equal(await widget.title.textContent(), 'Migraine');
    await page.evaluate(() => document.querySelector('#below').setAttribute('tabindex', '-1'));
    await page.evaluate(() => document.querySelector('#below').focus());
    await widget.host.evaluate((host) => host.setAttribute('entry', 'serotonin'));
    await widget.heading('Serotonin').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'below');
    assert.deepEqual(page.problems, []);
  });
});

// A typo in `entry` showed the list of topics without a word: the clinic's web admin could not
// tell why the topic did not open, nor which ids there are.
test('an entry attribute that names no topic shows the list of topics, and the console says which topics there are', async (t) => {
  const typo = 'pain-guide: <pain-guide entry="fibromyalgya"> names no topic of the guide.';
  const later = 'pain-guide: <pain-guide entry="activity-pacin"> names no topic of the guide.';
  await run(t, { expected: [typo, later] }, async (page) => {
    const warnings = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    // Console messages reach the test a moment after the page logs them.
    const warned = page.waitForEvent('console', (message) => message.type() === 'warning');
    const widget = await openGlossary(page, { entry: 'fibromyalgya' });
    assert.equal((await widget.topics()).length, ALL_TOPICS);
    await warned;
    assert.equal(warnings.length, 1);
    assert.ok(warnings[0].startsWith(`${typo} Its topics: fibromyalgia fibro-fog `), warnings[0]);
    // One that a clinic's content brings is found once that content has arrived: no warning.
    const clinic = await openGlossary(page, { 'content-src': '/glossary-example.json', entry: 'activity-pacing' });
    await clinic.title.filter({ hasText: 'Activity pacing' }).waitFor();
    assert.equal(warnings.length, 1);
    // Set later by the page's script, it is checked against the clinic's content too, once.
    const warnedAgain = page.waitForEvent('console', { predicate: (message) => message.type() === 'warning', timeout: 5000 });
    await clinic.host.evaluate((host) => host.setAttribute('entry', 'activity-pacin'));
    await warnedAgain;
    assert.ok(warnings[1].startsWith(later) && warnings[1].endsWith(' activity-pacing'), warnings[1]);
    await clinic.host.evaluate((host) => host.setAttribute('primary-color', '#5b3f8c'));
    await clinic.host.evaluate((host) => host.setAttribute('entry', 'activity-pacing'));
    await clinic.title.filter({ hasText: 'Activity pacing' }).waitFor();
    assert.equal(warnings.length, 2, warnings.join('\n'));
    // Changed while the clinic's content is on its way, the entry it has then is the one checked.
    const release = await holdRequests(page, '**/glossary-example.json');
    const loading = await openGlossary(page, { 'content-src': '/glossary-example.json', entry: 'activity-pacing' });
    await loading.host.evaluate((host) => host.setAttribute('entry', 'activity-pacin'));
    const warnedOnArrival = page.waitForEvent('console', { predicate: (message) => message.type() === 'warning', timeout: 5000 });
    release();
    await warnedOnArrival;
    assert.ok(warnings[2].startsWith(later), warnings[2]);
    assert.equal(warnings.length, 3, warnings.join('\n'));
    assert.deepEqual(page.problems, []);
  });
});

test("content-src adds the clinic's own entries, linked like the built-in ones", async (t) => {
  await run(t, {}, async (page) => {
    const widget = await openGlossary(page, { 'content-src': '/glossary-example.json' });
    await widget.topic('Activity pacing').waitFor();
    assert.equal((await widget.topics()).length, ALL_TOPICS + 1);
    await widget.topic('Activity pacing').click();
    await widget.term('fibro fog').click();
    assert.match(await widget.explanation.textContent(), /Trouble thinking/);
    assert.deepEqual(page.problems, []);
  });
});

test('invalid clinic entries are skipped and named; a broken link reads as plain text', async (t) => {
  await run(t, { expected: ['content-src /hosts/clinic-mixed.json'] }, async (page) => {
    const warnings = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    const widget = await openGlossary(page, { 'content-src': '/hosts/clinic-mixed.json', entry: 'migraine' });
    await widget.heading("Migraine (our clinic's guide)").waitFor();
    assert.equal(await widget.host.locator('.pg-term').count(), 0, 'the link to a missing entry is text');
    assert.match(await widget.host.locator('article').textContent(), /See nerve blocks too/);
    assert.deepEqual(warnings.sort(), [
      'pain-guide: content-src /hosts/clinic-mixed.json: entry "#3": "id" must be lowercase letters, digits and dashes; it was skipped.',
      'pain-guide: content-src /hosts/clinic-mixed.json: entry "migraine": it links to "nerve-block", which is not an entry; it shows as plain text.',
      'pain-guide: content-src /hosts/clinic-mixed.json: entry "no-summary": "summary" must be text; it was skipped.',
    ]);
    assert.deepEqual(page.problems, []);
  });
});

for (const [what, src, reason] of [
  ['missing', '/hosts/no-such-file.json', /HTTP 404/],
  ['not valid JSON', '/hosts/clinic-broken.json', /line 1, column \d+/], // the reader says where
]) {
  test(`a content-src that is ${what} keeps the built-in glossary and says why`, async (t) => {
    await run(t, { expected: [`content-src ${src}`, '404'] }, async (page) => {
      const warnings = [];
      page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
      const widget = await openGlossary(page, { 'content-src': src });
      await page.waitForFunction(() => true);
      await widget.host.page().waitForTimeout(300);
      assert.equal((await widget.topics()).length, ALL_TOPICS);
      assert.equal(warnings.length, 1);
      assert.match(warnings[0], new RegExp(`content-src ${src} could not be used`));
      assert.match(warnings[0], reason);
      assert.match(warnings[0], /showing the built-in glossary/);
    });
  });
}

test("the clinic's call to action goes to the clinic's page; an unsafe link is refused", async (t) => {
  await run(t, { expected: ['cta-href'] }, async (page) => {
    const widget = await openGlossary(page, { 'cta-text': 'Book a consultation', 'cta-href': '/contact' });
    const cta = widget.host.getByRole('link', { name: 'Book a consultation' });
    assert.equal(await cta.getAttribute('href'), '/contact');
    await widget.host.evaluate((host) => host.setAttribute('cta-href', 'javascript:alert(1)'));
    await cta.waitFor({ state: 'detached' });
    assert.equal(await widget.host.locator('a[href^="javascript"]').count(), 0);
  });
});

test('axe-core finds no violations on the index, an entry, and an open explanation', async (t) => {
  await run(t, {}, async (page) => {
    const widget = await openGlossary(page, { 'cta-text': 'Book a consultation', 'cta-href': '/contact' });
    assert.deepEqual(await axeViolations(page), [], 'index');
    await widget.search.fill('zzz');
    assert.deepEqual(await axeViolations(page), [], 'index with no results');
    await widget.search.fill('');
    await widget.topic('Fibromyalgia').click();
    assert.deepEqual(await axeViolations(page), [], 'entry');
    await widget.term('central sensitization').click();
    await widget.explanation.waitFor();
    assert.deepEqual(await axeViolations(page), [], 'open explanation');
  });
});

test('printing the page (Ctrl+P) prints the whole entry, not the first screenful of the widget, and both figures of the map', { skip: needsChromium('emulate print media') }, async (t) => {
  await run(t, {}, async (page) => {
    await page.goto(url('/hosts/plain.html'));
    const widget = await new Widget(page).ready();
    await page.emulateMedia({ media: 'print' });
    const printed = await widget.host.evaluate((host) => {
      const root = host.shadowRoot.querySelector('.pg-root[role=region]');
      const box = (selector) => host.shadowRoot.querySelector(selector).getBoundingClientRect();
      return {
        clipped: [root, host.shadowRoot.querySelector('.pg-scroll')].map((box) => box.scrollHeight - box.clientHeight),
        footerInside: box('.pg-root[role=region]').bottom >= box('.pg-footer').bottom,
        tabs: getComputedStyle(host.shadowRoot.querySelector('.pg-nav')).display,
        // Paper cannot go back to the topics, or open the map.
        buttons: [...host.shadowRoot.querySelectorAll('.pg-back, .pg-button')].map((button) => getComputedStyle(button).display),
        // Not an inline box (the screen's), which a browser moves to the next page whole, leaving
        // the page the widget starts on blank.
        display: getComputedStyle(root).display,
      };
    });
    assert.deepEqual(printed, { clipped: [0, 0], footerInside: true, tabs: 'none', buttons: ['none', 'none'], display: 'flex' });
    assert.ok(await widget.heading('How it is treated').isVisible());
    assert.ok(await widget.host.getByText('This is education, not medical advice').isVisible());
    // On screen again, the usual fixed-height box.
    await page.emulateMedia({ media: 'screen' });
    assert.equal(Math.round((await widget.box()).height), 640);
    // The map of a narrow widget, which shows one figure at a time on screen, prints both.
    await page.setViewportSize({ width: 400, height: 800 });
    await widget.host.getByRole('navigation').getByRole('button', { name: 'My pain map' }).click();
    const figures = () => widget.host.locator('.pg-view').evaluateAll((views) => views.map((view) => getComputedStyle(view).display));
    assert.deepEqual(await figures(), ['block', 'none']);
    await page.emulateMedia({ media: 'print' });
    assert.deepEqual(await figures(), ['block', 'block']);
    assert.deepEqual(page.problems, []);
  });
});
