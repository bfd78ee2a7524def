// A patient on a phone: a 360 × 640 touch screen and a slow CPU (4× throttled), reading the
// glossary, marking the map and answering the questions with taps alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite } from '../support/suite.mjs';
import { Widget } from '../support/widget.mjs';
import { PainMap } from '../support/pain_map.mjs';
import { Summary } from '../support/summary.mjs';
import { needsChromium } from '../support/browser.mjs';

const { url, run, addPage } = suite();
const PHONE = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** The plain host page on a CPU 4× slower, with its widget ready. */
async function openOnSlowPhone(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url('/hosts/plain.html'));
  return new Widget(page).ready();
}

test('on a slow phone, a patient finds and reads topics by touch alone', { skip: needsChromium('emulate touch or throttle the CPU') }, async (t) => {
  await run(t, PHONE, async (page) => {
    const widget = await openOnSlowPhone(page);

    await widget.back.tap();
    await widget.search.tap();
    await page.keyboard.type('fog'); // the phone's keyboard
    assert.deepEqual(await widget.topics(), ['Fibro fog']);
    await widget.topic('Fibro fog').tap();
    assert.equal(await widget.title.textContent(), 'Fibro fog');
    await widget.term('sleep apnea').tap();
    await widget.explanation.waitFor();
    await widget.host.getByRole('button', { name: 'Read more about Sleep apnea' }).tap();
    assert.equal(await widget.title.textContent(), 'Sleep apnea');
    await widget.back.tap();
    assert.equal(await widget.search.inputValue(), 'fog', 'the search is kept');

    // Everything tappable is at least 24 × 24 CSS px (WCAG 2.2 target size), inline links aside.
    const small = await widget.host.evaluate((host) =>
      [...host.shadowRoot.querySelectorAll('button:not(.pg-term), a:not(p a):not(li a), input')]
        .map((element) => ({ name: element.textContent.trim() || element.id, box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 24 || box.height < 24)
        .map(({ name }) => name),
    );
    assert.deepEqual(small, []);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    assert.equal(overflow, 0, 'no sideways scrolling');
    assert.deepEqual(page.problems, []);
  });
});

test('on a slow phone, a patient marks 7 places, answers every question and reads the summary by touch alone', { skip: needsChromium('emulate touch or throttle the CPU') }, async (t) => {
  await run(t, PHONE, async (page) => {
    const widget = await openOnSlowPhone(page);
    const map = new PainMap(widget);
    await widget.host.getByRole('navigation').getByRole('button', { name: 'My pain map' }).tap();
    await map.title.waitFor();
    const places = [
      ['Your left shoulder', 'Front', 7], ['Your right shoulder', 'Front', 6], ['Your neck', 'Front', 5],
      ['Your left upper leg', 'Front', 4], ['Your right lower arm', 'Front', 3],
      ['Your lower back', 'Back', 8], ['Your right hip and buttock', 'Back', 5],
    ];
    for (const [place, view, pain] of places) {
      const showing = view === 'Back' ? 'Show the back' : 'Show the front';
      if (await map.button(showing).isVisible()) await map.button(showing).tap();
      await map.place(place, view).tap();
      // The question comes into sight by itself (below the figure it was out of sight).
      assert.ok(await map.howMuchInSight(), `how much ${place} hurts is in sight`);
      await map.intensity(pain).tap();
      // One tap back to the figure, with focus, its top under the tabs and the place in sight.
      await map.anotherPlace.tap();
      assert.equal((await map.focus()).label, 'My pain map');
      assert.ok((await widget.sight('.pg-figure')).inSight, `the figure is in sight after ${place}`);
      assert.ok((await widget.sight('[data-state~=active]')).inSight, `${place} is in sight`);
    }
    assert.equal(await map.count.textContent(), '7 of 19 areas marked');

    await widget.host.getByRole('navigation').getByRole('button', { name: 'Summary' }).tap();
    const summary = new Summary(widget);
    for (const [question, choice] of [
      ['feeling tired', 'Moderate – it was often there'], ['waking up tired', 'Severe – it was always there and disrupted my life'],
      ['trouble thinking', 'Mild – it came and went'], ['headaches', 'Yes'], ['lower belly', 'No'],
      ['felt depressed', 'No'], ['How long', 'More than a year'],
    ]) {
      await widget.host.getByRole('group', { name: question }).getByRole('radio', { name: choice, exact: true }).tap();
    }
    assert.match(await summary.status.textContent(), /^You marked pain in 7 of the 19 areas doctors ask about\. Your pain is in 5 of 5 body regions\. It hurts on both sides, above and below the waist, in your neck and back\.$/);
    assert.equal((await summary.lines()).length, 14, '7 places and 7 answers');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    assert.equal(overflow, 0, 'no sideways scrolling');
    assert.deepEqual(page.problems, []);
  });
});

test('on a phone of today, a patient marks places and says how much with taps alone, never scrolling', { skip: needsChromium('emulate touch') }, async (t) => {
  // 390 × 844 (an iPhone 12 to 15): the place's questions and the way back to the figure fit.
  const phone = { ...PHONE, viewport: { width: 390, height: 844 } };
  await run(t, phone, async (page) => {
    await page.goto(url('/hosts/plain.html'));
    const widget = await new Widget(page).ready();
    const map = new PainMap(widget);
    await widget.host.getByRole('navigation').getByRole('button', { name: 'My pain map' }).tap();
    await map.title.waitFor();
    await page.evaluate(() => document.querySelector('pain-guide').scrollIntoView());
    await map.figure.scrollIntoViewIfNeeded(); // the patient's one scroll, to the figure
    const places = [['Your neck', 4], ['Your left shoulder', 7], ['Your chest', 3], ['Your right lower arm', 5], ['Your left lower leg', 6]];
    for (const [place, pain] of places) {
      // Each tap lands where the patient's finger is: nothing scrolls by hand, and nothing a
      // test driver would scroll for them.
      assert.ok(await widget.tapWhereItIs(map.place(place)), `${place} is in sight`);
      assert.ok(await widget.tapWhereItIs(map.intensity(pain)), `how much ${place} hurts is in sight`);
      assert.ok(await widget.tapWhereItIs(map.anotherPlace), `the way back is in sight after ${place}`);
    }
    assert.deepEqual(
      (await map.markedPlaces('Front')).sort(),
      ['Your chest, pain 3 of 10', 'Your left lower leg, pain 6 of 10', 'Your left shoulder, pain 7 of 10', 'Your neck, pain 4 of 10', 'Your right lower arm, pain 5 of 10'],
    );
    assert.deepEqual(page.problems, []);
  });
});

// An older clinic site without a mobile viewport: there phones wait about 300 ms after a tap for
// a second one (double-tap zoom), and zoom the page when a patient taps a rating or Undo twice.
// Headless browsers do not hold taps, so what is checked is what makes phones not wait: every
// control the patient taps, or a box around it, says `touch-action: manipulation` (pinch zoom stays).
test('on a site without a mobile viewport, no tap on the guide waits for a double tap', async (t) => {
  await run(t, {}, async (page) => {
    addPage('/no-viewport.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An older clinic site</title>
      <link rel="icon" href="data:,"></head><body style="width:960px"><h1>Riverside Clinic</h1>
      <script src="/cdn/pain-guide/v1/pain-guide.js"></script><pain-guide></pain-guide></body></html>`);
    await page.goto(url('/no-viewport.html'));
    const widget = await new Widget(page).ready();
    const held = () => widget.host.evaluate((host) => {
      const controls = host.shadowRoot.querySelectorAll('button, input:not([type=search]), [role=checkbox]');
      const manipulated = (element) => element && (getComputedStyle(element).touchAction === 'manipulation'
        || manipulated(element.parentElement));
      return [...controls].filter((control) => !manipulated(control))
        .map((control) => control.getAttribute('aria-label') || control.textContent.trim() || control.outerHTML.slice(0, 60));
    });
    assert.deepEqual(await held(), [], 'Learn');
    const map = await new PainMap(widget).open();
    await map.place('Your left shoulder').click();
    await map.intensity(6).check();
    assert.deepEqual(await held(), [], 'the map, with a place chosen');
    await new Summary(widget).open();
    assert.deepEqual(await held(), [], 'Summary');
    assert.deepEqual(page.problems, []);
  });
});
