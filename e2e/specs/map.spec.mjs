// A patient marks where it hurts: by mouse, by keyboard alone, with the list; the answers are
// shared by every widget on the page, survive a reload, and storage problems never break it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, plainHost } from '../support/suite.mjs';
import { Widget } from '../support/widget.mjs';
import { PainMap } from '../support/pain_map.mjs';
import { Summary } from '../support/summary.mjs';
import { axeViolations } from '../support/axe.mjs';
import { needsChromium } from '../support/browser.mjs';

const { url, run, addPage } = suite();

async function openMap(page, path = '/hosts/plain.html', index = 0) {
  if (path) await page.goto(url(path));
  return new PainMap(await new Widget(page, index).ready()).open();
}

test('by mouse: a place marked on one figure is marked on both, with how much it hurts', async (t) => {
  await run(t, {}, async (page) => {
    const map = await openMap(page);
    assert.equal(await map.count.textContent(), '0 of 19 areas marked');
    await map.place('Your left shoulder').click();
    assert.equal(await map.count.textContent(), '1 of 19 areas marked');
    // A wide widget shows the place's details beside the figures: the question and the place
    // are in sight together.
    assert.ok(await map.howMuchInSight());
    const layout = await map.host.evaluate((host) => {
      const [figure, panel, reading, place] = ['.pg-figure', '.pg-panel', '.pg-scroll', '[data-state~=active]']
        .map((selector) => host.shadowRoot.querySelector(selector).getBoundingClientRect());
      return { beside: panel.left >= figure.right, placeInSight: place.top >= reading.top && place.bottom <= reading.bottom };
    });
    assert.deepEqual(layout, { beside: true, placeInSight: true });
    assert.ok(await map.anotherPlaceHidden(), 'no way back shown to figures that are beside it');
    assert.ok((await map.widget.sight(map.count)).inSight, 'the figures and the count above them stay in sight');
    // Nothing is ticked for the patient ("Not sure" was, which read as answered).
    assert.deepEqual(await map.howMuch(), []);
    await map.intensity(6).check();
    assert.deepEqual(await map.howMuch(), ['6']);
    assert.deepEqual(await map.markedPlaces('Front'), ['Your left shoulder, pain 6 of 10']);
    assert.deepEqual(await map.markedPlaces('Back'), ['Your left shoulder, pain 6 of 10']);
    // The number is drawn on the place too: selection is never shown by colour alone.
    assert.equal(await map.host.locator('.pg-site-number').first().textContent(), '6');
    await map.host.getByRole('checkbox', { name: 'Burning' }).check();
    // "Not sure" how much it hurts keeps what it feels like (it cleared "Burning"), and the place.
    await map.host.getByRole('radio', { name: 'Not sure' }).check();
    assert.ok(await map.host.getByRole('checkbox', { name: 'Burning' }).isChecked());
    assert.deepEqual(await map.markedPlaces('Front'), ['Your left shoulder, not sure how much it hurts']);
    await map.intensity(6).check();

    // Extra places can be marked, and say they are not counted.
    await map.place('Your head').click();
    assert.equal(await map.count.textContent(), '1 of 19 areas marked');
    assert.deepEqual(await map.markedPlaces('Front'), ['Your head, not counted in the score', 'Your left shoulder, pain 6 of 10']);

    // Clear all, then undo brings everything back.
    await map.button('Clear all').click();
    assert.deepEqual(await map.markedPlaces('Front'), []);
    await map.button('Undo').click();
    assert.equal((await map.markedPlaces('Front')).length, 2);
    assert.deepEqual(page.problems, []);
  });
});

// Many patients double-click what they mean to press: "Front", the caption below, turned
// highlighted as selected text, as if it were part of the answer.
test('a double click on a place marks it once and selects no text', async (t) => {
  await run(t, {}, async (page) => {
    const map = await openMap(page);
    await map.place('Your left shoulder').dblclick();
    assert.deepEqual(await map.markedPlaces('Front'), ['Your left shoulder']);
    assert.equal(await page.evaluate(() => getSelection().toString()), '');
    assert.deepEqual(page.problems, []);
  });
});

// After the last place, the next step was only the "Summary" tab at the top: the map ended with
// nothing to press, as if the journey were over.
test('below the map, "Next: a few more questions" goes on to the Summary, focus on its title', async (t) => {
  await run(t, {}, async (page) => {
    const map = await openMap(page);
    await map.place('Your neck').click();
    await map.button('Next: a few more questions').click();
    await map.widget.waitForFocus('A few more questions');
    assert.deepEqual(page.problems, []);
  });
});

// The map's Undo went back one change to any answer: after the Summary's questions, it took back
// the last of them, out of sight, and a patient who pressed it again lost one more each time.
test("the map's Undo takes back the map's own changes, never an answer to the Summary's questions; Undo and Clear all keep focus", async (t) => {
  await run(t, {}, async (page) => {
    const map = await openMap(page);
    await map.place('Your neck').click();
    await map.intensity(6).check();
    const summary = await new Summary(map.widget).open();
    await summary.answer('feeling tired', 'Severe – it was always there and disrupted my life');
    await summary.answer('felt depressed', 'No');
    await map.open();
    // From the keyboard, as the button runs out of work, it keeps focus (disabled, it lost it to
    // the page: a screen reader said nothing, and the next Tab started from the page's top).
    await map.button('Clear all').focus();
    await page.keyboard.press('Enter');
    assert.deepEqual(await map.markedPlaces('Front'), []);
    assert.deepEqual(await map.widget.focused(), { tag: 'button', text: 'Clear all' });
    assert.equal(await map.button('Clear all').getAttribute('aria-disabled'), 'true');
    await map.button('Undo').focus();
    await page.keyboard.press('Enter');
    assert.deepEqual(await map.markedPlaces('Front'), ['Your neck, pain 6 of 10']);
    await map.button('Undo').click();
    assert.deepEqual(await map.markedPlaces('Front'), ['Your neck']);
    await page.keyboard.press('Enter');
    assert.deepEqual(await map.markedPlaces('Front'), []);
    assert.equal(await map.button('Undo').getAttribute('aria-disabled'), 'true', 'nothing more to take back on the map');
    assert.deepEqual(await map.widget.focused(), { tag: 'button', text: 'Undo' });
    await page.keyboard.press('Enter');
    assert.deepEqual(await map.markedPlaces('Front'), [], 'a press of it then does nothing');
    await summary.open();
    for (const [question, choice] of [['feeling tired', 'Severe – it was always there and disrupted my life'], ['felt depressed', 'No']]) {
      assert.ok(await summary.choice(question, choice).isChecked(), question);
    }
    assert.deepEqual(page.problems, []);
  });
});

// Undo keeps focus, and taking back a pain number leaves the count as it was: a screen reader
// said nothing, and the patient could not tell what it had taken back, or whether it had.
test('Undo says what it took back, as the place now is, until the next change', async (t) => {
  await run(t, {}, async (page) => {
    const map = await openMap(page);
    await map.place('Your neck').click();
    await map.intensity(6).check();
    await map.intensity(8).check();
    assert.equal(await map.said.textContent(), '');
    await map.button('Undo').focus();
    const steps = ['Undone. Your neck, pain 6 of 10', 'Undone. Your neck, marked', 'Undone. Your neck, not marked'];
    for (const said of steps) {
      await page.keyboard.press('Enter');
      assert.equal(await map.said.textContent(), said);
    }
    assert.equal(await map.count.textContent(), '0 of 19 areas marked');
    // Any other change ends it, and it does not come back when the place is as Undo left it.
    await map.place('Your neck').click();
    assert.equal(await map.said.textContent(), '');
    await map.button('Unmark this place').click();
    assert.deepEqual(await map.markedPlaces('Front'), []);
    assert.equal(await map.said.textContent(), '');
    // Undo of a change to several places says how many are marked.
    await map.place('Your chest').click();
    await map.place('Your left shoulder').click();
    await map.button('Clear all').click();
    await map.button('Undo').click();
    assert.equal(await map.said.textContent(), 'Undone. 2 places marked');
    assert.equal(await map.count.textContent(), '2 of 19 areas marked');
    // In the list too, and heard, not seen.
    await map.button('Show as a list').click();
    await map.button('Undo').click();
    assert.equal(await map.said.textContent(), 'Undone. Your left shoulder, not marked');
    const { width, height } = await map.said.boundingBox();
    assert.ok(width <= 1 && height <= 1, `${width} × ${height}`);
    assert.deepEqual(page.problems, []);
  });
});

// "Clear all" keeps focus, and over places that are none of the 19 (a headache, a knee) it left the
// count at 0: a screen reader heard nothing, from it or from its Undo.
test('Clear all, and its Undo, say what they did, for places the count leaves out too', async (t) => {
  await run(t, {}, async (page) => {
    const map = await openMap(page);
    await map.place('Your head').click();
    await map.place('Your left knee').click();
    await map.button('Clear all').focus();
    await page.keyboard.press('Enter');
    assert.deepEqual(await map.markedPlaces('Front'), []);
    assert.equal(await map.said.textContent(), 'All marks cleared');
    assert.equal(await map.count.textContent(), '0 of 19 areas marked');
    await map.button('Undo').click();
    assert.equal(await map.said.textContent(), 'Undone. 2 places marked');
    assert.deepEqual(await map.markedPlaces('Front'), ['Your head, not counted in the score', 'Your left knee, not counted in the score']);
    assert.deepEqual(page.problems, []);
  });
});

// Every widget on a page shows the same answers: each one's status line said what a number key or
// Undo did, and a screen reader heard it once for each widget.
test('with two widgets on the map, only the one the patient uses says what a number key, Undo or Clear all did', async (t) => {
  await run(t, {}, async (page) => {
    const first = await openMap(page, '/hosts/two.html', 0);
    const second = await openMap(page, null, 1);
    // The same place chosen in both, so that only the widget tells them apart.
    await second.place('Your neck').click();
    await first.figure.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('6');
    assert.deepEqual(await second.markedPlaces('Front'), ['Your neck, pain 6 of 10']);
    assert.deepEqual([await first.keySaid.textContent(), await second.keySaid.textContent()], ['pain 6 of 10', '']);
    await first.button('Undo').focus();
    await page.keyboard.press('Enter');
    assert.deepEqual([await first.said.textContent(), await second.said.textContent()], ['Undone. Your neck, marked', '']);
    // The other widget's Undo speaks there, and here it is said no more.
    await second.button('Undo').click();
    assert.deepEqual([await first.said.textContent(), await second.said.textContent()], ['', 'Undone. Your neck, not marked']);
    // And "Clear all", pressed in the first.
    await first.place('Your neck').click();
    await first.button('Clear all').click();
    assert.deepEqual([await first.said.textContent(), await second.said.textContent()], ['All marks cleared', '']);
    assert.deepEqual(page.problems, []);
  });
});

test('by keyboard alone: the map is one tab stop; arrows move, Space marks, digits say how much', async (t) => {
  await run(t, {}, async (page) => {
    const map = await openMap(page);
    await map.figure.focus();
    assert.ok(await map.host.locator('#pg-map-keys').isVisible(), 'the keys are written under the figures');
    const start = await map.focus();
    assert.equal(start.label, 'My pain map');
    assert.match(start.active, /^pg-front-/, 'a place is active as soon as the map has focus');
    // Moving to the other view, a screen reader names it once ("Back, group"), not as a figure
    // named by its caption around a group of the same name ("Back, figure, Back, group").
    assert.equal(await map.figure.getByRole('figure').count(), 0, 'no figure around each view');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const { active } = await map.focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('7');
    assert.deepEqual(await map.markedPlaces('Front'), ['Your chest, pain 7 of 10']);
    assert.equal(await map.host.locator(`#${active}`).getAttribute('aria-checked'), 'true');
    // The top of the scale takes two keys: "10" typed is 10, not 1 and then 0 ("no pain"). A 0
    // typed after that is 0.
    await page.keyboard.type('10');
    assert.deepEqual(await map.markedPlaces('Front'), ['Your chest, pain 10 of 10']);
    // One Undo takes the two keys back, as the one answer they were.
    await map.button('Undo').click();
    assert.deepEqual(await map.markedPlaces('Front'), ['Your chest, pain 7 of 10']);
    await map.figure.focus();
    await page.keyboard.type('10');
    assert.deepEqual(await map.markedPlaces('Front'), ['Your chest, pain 10 of 10']);
    await page.keyboard.press('0');
    assert.deepEqual(await map.markedPlaces('Front'), ['Your chest, pain 0 of 10']);
    await page.keyboard.press('7');
    // The active place carries a thick focus stroke (3.5 against 1.2 or 2 for the others).
    const stroke = (id) => map.host.locator(`#${id}`).evaluate((place) => getComputedStyle(place).strokeWidth);
    assert.equal(await stroke(active), '3.5px');
    assert.equal(await stroke('pg-back-neck'), '1.2px');
    // Delete unmarks the active place; Space marks it again.
    await page.keyboard.press('Delete');
    assert.deepEqual(await map.markedPlaces('Front'), []);
    await page.keyboard.press('Space');
    assert.deepEqual(await map.markedPlaces('Front'), ['Your chest']);
    // Right from the front figure's right edge goes on to the back figure.
    for (let i = 0; i < 6; i += 1) await page.keyboard.press('ArrowRight');
    assert.match((await map.focus()).active, /^pg-back-/);
    // Tab leaves the map at once: no trap of 19 stops.
    await page.keyboard.press('Tab');
    assert.notEqual((await map.focus())?.label, 'My pain map');
    assert.deepEqual(page.problems, []);
  });
});

// A number key changes only the name of the place the keyboard is on, which JAWS does not say
// again (FreedomScientific/standards-support#624): the patient heard nothing. The figure says
// the new pain in a status line of its own, for those keys only (the panel's buttons, which a
// click or Tab reaches, say themselves).
test('a number key on the figure is said aloud: its status line gives the new pain, and nothing else does', async (t) => {
  await run(t, {}, async (page) => {
    const map = await openMap(page);
    const said = map.keySaid;
    await map.figure.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    assert.equal(await said.textContent(), '');
    await page.keyboard.press('6');
    assert.equal(await said.textContent(), 'pain 6 of 10');
    await page.keyboard.type('10');
    assert.equal(await said.textContent(), 'pain 10 of 10');
    // Moving on, the place's name says its pain; coming back, nothing is said twice.
    await page.keyboard.press('ArrowDown');
    assert.equal(await said.textContent(), '');
    await page.keyboard.press('ArrowUp');
    assert.equal(await said.textContent(), '');
    await page.keyboard.press('3');
    assert.equal(await said.textContent(), 'pain 3 of 10');
    await map.intensity(5).check();
    assert.equal(await said.textContent(), '');
    // Heard, not seen.
    const { width, height } = await said.boundingBox();
    assert.ok(width <= 1 && height <= 1, `${width} × ${height}`);
    assert.deepEqual(page.problems, []);
  });
});

test('by keyboard in a wide widget: after the answers, Tab and Enter go back to the figures', async (t) => {
  await run(t, {}, async (page) => {
    const map = await openMap(page);
    await map.figure.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    const { active } = await map.focus();
    // How much it hurts (one stop), what it feels like (six), then the way back: it shows only
    // now, where Shift+Tab would have gone back through all seven.
    let presses = 0;
    while (presses < 12 && (await map.host.evaluate((host) => host.shadowRoot.activeElement?.textContent)) !== map.words.another_place) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    assert.equal(presses, 8);
    assert.ok(!(await map.anotherPlaceHidden()), 'the focused way back is drawn');
    assert.ok((await map.widget.sight(map.anotherPlace)).inSight);
    await page.keyboard.press('Enter');
    assert.deepEqual(await map.focus(), { label: map.words.part_map, active });
    assert.ok(await map.anotherPlaceHidden(), 'hidden again once focus has left it');
    // The panel's button that unmarks the place, and the one then in its stead that marks it
    // again, replace what holds focus: focus stays in the panel (it went to the page), on the
    // button in its stead, then on how much it hurts.
    await map.button('Unmark this place').focus();
    await page.keyboard.press('Enter');
    await map.widget.waitForFocus('Mark: Your neck');
    await page.keyboard.press('Enter');
    await page.waitForFunction((host) => host.shadowRoot.activeElement?.matches('input[type=radio]'), await map.host.elementHandle());
    assert.deepEqual(await map.markedPlaces('Front'), ['Your neck']);
    assert.deepEqual(page.problems, []);
  });
});

test('the list does everything the picture does, with ordinary checkboxes and radio buttons', async (t) => {
  await run(t, {}, async (page) => {
    const map = await openMap(page);
    await map.button('Show as a list').click();
    assert.equal(await map.button('Show as a list').count(), 0, 'the button says what it will show next');
    // Head to toe in each group, as a patient looks for a place: the neck right after the jaw,
    // not after the legs as on the criteria form; the head first of the other areas.
    const names = (group) => map.host.getByRole('group', { name: group }).locator('label').allTextContents();
    assert.deepEqual((await names('Areas counted in the pain score')).slice(0, 4), ['Your left jaw', 'Your right jaw', 'Your neck', 'Your left shoulder']);
    assert.deepEqual((await names('Areas counted in the pain score')).slice(-8, -6), ['Your upper back', 'Your lower back']);
    assert.deepEqual(await names('Other areas'), ['Your head', 'Your left hand', 'Your right hand', 'Your left knee', 'Your right knee', 'Your left foot', 'Your right foot']);
    const jaw = map.host.getByRole('checkbox', { name: 'Your left jaw', exact: true });
    await jaw.check();
    const details = map.host.getByRole('group', { name: 'Your left jaw', exact: true });
    await map.intensity(3, details).check();
    assert.equal(await map.count.textContent(), '1 of 19 areas marked');
    await map.button('Show the body').click();
    assert.deepEqual(await map.markedPlaces('Front'), ['Your left jaw, pain 3 of 10']);
    assert.deepEqual(page.problems, []);
  });
});

test('answers survive a reload and are the same in every widget on the page', async (t) => {
  await run(t, {}, async (page) => {
    const first = await openMap(page, '/hosts/two.html', 0);
    const second = await openMap(page, null, 1);
    await first.place('Your lower back', 'Back').click();
    await first.intensity(5).check();
    assert.deepEqual(await second.markedPlaces('Back'), ['Your lower back, pain 5 of 10']);
    await first.place('Your neck', 'Back').click();
    await first.host.getByRole('radio', { name: 'Not sure' }).check();
    await first.place('Your right shoulder', 'Back').click();
    await page.reload();
    const reloaded = await openMap(page, null, 0);
    // The patient's "Not sure" is said with the place, unlike a place not yet answered.
    assert.deepEqual(await reloaded.markedPlaces('Back'),
      ['Your neck, not sure how much it hurts', 'Your right shoulder', 'Your lower back, pain 5 of 10']);
    // "Not sure" comes back as the patient's answer; a place only marked, still unanswered.
    await reloaded.button('Show as a list').click();
    assert.deepEqual(await reloaded.howMuch('Your neck'), ['Not sure']);
    assert.deepEqual(await reloaded.howMuch('Your right shoulder'), []);
    assert.deepEqual(await reloaded.howMuch('Your lower back'), ['5']);
    // Nothing about the answers is in the page's address, title, attributes or console.
    assert.ok(!page.url().includes('back'));
    const attributes = await page.evaluate(() => [...document.querySelectorAll('pain-guide')].map((el) => el.outerHTML).join(''));
    assert.ok(!/back|pain 5/.test(attributes), attributes);
    assert.deepEqual(page.problems, []);
  });
});

test('stored answers that are corrupt or from elsewhere are set aside with a warning', async (t) => {
  await run(t, { expected: ['pain-guide: saved answers were set aside'] }, async (page) => {
    // Not in the blank page the browser opens first (Firefox refuses it storage).
    await page.addInitScript(() => location.protocol === 'http:' && sessionStorage.setItem('pain-guide:answers', '{"version": 99, "marks": {}}'));
    const map = await openMap(page);
    assert.equal(await map.count.textContent(), '0 of 19 areas marked');
    await map.place('Your neck').click();
    assert.equal(await map.count.textContent(), '1 of 19 areas marked');
    assert.deepEqual(page.problems, []);
  });
});

test('without storage (private mode, sandboxed frames) the map works and says answers are not kept', async (t) => {
  await run(t, { expected: ['pain-guide: this browser does not let the page keep answers'] }, async (page) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'sessionStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
    });
    const map = await openMap(page);
    await map.host.getByText('This browser is not letting the page keep your answers.').waitFor();
    await map.place('Your neck').click();
    assert.equal(await map.count.textContent(), '1 of 19 areas marked');
    assert.deepEqual(page.problems, []);
  });
});

test('the fibromyalgia entry leads straight to the map, with focus on its title', async (t) => {
  await run(t, {}, async (page) => {
    await page.goto(url('/hosts/plain.html'));
    const widget = await new Widget(page).ready();
    await widget.host.getByRole('button', { name: 'Mark where you feel pain on a body map' }).click();
    const map = new PainMap(widget);
    await map.title.waitFor();
    assert.deepEqual(await widget.focused(), { tag: 'h2', text: 'Where does it hurt?' });
    // Back in Learn, the patient is where they were reading.
    await widget.host.getByRole('navigation').getByRole('button', { name: 'Learn' }).click();
    assert.equal(await widget.title.textContent(), 'Fibromyalgia');
  });
});

test('axe-core finds no violations in the map: empty, marked, and as a list', async (t) => {
  await run(t, {}, async (page) => {
    const map = await openMap(page);
    assert.deepEqual(await axeViolations(page), []);
    await map.place('Your left shoulder').click();
    await map.intensity(4).check();
    assert.deepEqual(await axeViolations(page), []);
    await map.button('Show as a list').click();
    assert.deepEqual(await axeViolations(page), []);
  });
});

test('on a phone one figure shows at a time; the patient turns it around by button, F or arrows', { skip: needsChromium('emulate touch') }, async (t) => {
  const PHONE = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true };
  await run(t, PHONE, async (page) => {
    const map = await openMap(page);
    const front = map.host.getByRole('group', { name: 'Front', exact: true });
    const back = map.host.getByRole('group', { name: 'Back', exact: true });
    assert.ok((await front.isVisible()) && !(await back.isVisible()));
    // Above the figure, two rows of two buttons (they wrapped into three), so it comes higher.
    const tops = [];
    for (const name of ['Show as a list', 'Show the back', 'Undo', 'Clear all']) tops.push(Math.round((await map.button(name).boundingBox()).y));
    assert.ok(tops[0] === tops[1] && tops[2] === tops[3] && tops[0] < tops[2], `two rows of two: ${tops}`);
    await map.button('Show as a list').tap();
    assert.equal(await map.button('Show the back').count(), 0, 'no figure to turn around in the list');
    await map.button('Show the body').tap();
    await map.button('Show the back').tap();
    assert.ok(!(await front.isVisible()) && (await back.isVisible()));
    await map.place('Your lower back', 'Back').tap();
    assert.equal(await map.count.textContent(), '1 of 19 areas marked');
    // From the place's questions, by keyboard too: back to the figure, at the same place.
    await map.anotherPlace.focus();
    await page.keyboard.press('Enter');
    assert.deepEqual(await map.focus(), { label: 'My pain map', active: 'pg-back-lower-back' });
    // No keyboard instructions on a touch screen; a screen reader still has them.
    const keys = map.host.locator('#pg-map-keys');
    assert.ok(!(await keys.isVisible()));
    assert.equal(await map.figure.getAttribute('aria-describedby'), 'pg-map-keys');
    assert.match(await keys.textContent(), /^Arrow keys move between places/);
    // From the keyboard (a phone with a keyboard, or zoom on a computer): F turns around, and
    // the figure shown follows the place the arrows reach.
    await map.figure.focus();
    await page.keyboard.press('f');
    assert.ok(await front.isVisible());
    assert.match((await map.focus()).active, /^pg-front-/);
    for (let i = 0; i < 6; i += 1) await page.keyboard.press('ArrowRight');
    assert.match((await map.focus()).active, /^pg-back-/);
    assert.ok(await back.isVisible(), 'the back shows once a place on it is active');
    // Every control is a comfortable target, and nothing scrolls sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    assert.equal(overflow, 0);
    assert.deepEqual(page.problems, []);
  });
});

test('keyboard only: from the page to the map, 7 places with their pain, the questions and the summary', async (t) => {
  await run(t, {}, async (page) => {
    await page.goto(url('/hosts/plain.html'));
    const widget = await new Widget(page).ready();
    const map = new PainMap(widget);
    await page.keyboard.press('Tab'); // Learn
    await page.keyboard.press('Tab'); // My pain map
    await page.keyboard.press('Enter');
    await map.title.waitFor();
    // Summary, the reading area, Español, Show as a list, Undo, Clear all (both unavailable, but
    // stops), the figure.
    for (let i = 0; i < 7; i += 1) await page.keyboard.press('Tab');
    assert.equal((await map.focus()).label, 'My pain map');
    // A digit marks the active place with that pain; arrows and F move. Seven places, at least.
    const visited = new Set();
    const moves = ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'ArrowUp', 'f', 'ArrowUp', 'ArrowRight'];
    for (const move of moves) {
      await page.keyboard.press(move);
      await page.keyboard.press('6');
      visited.add((await map.focus()).active.replace(/^pg-(front|back)-/, ''));
    }
    assert.ok(visited.size >= 7, [...visited].join(', '));
    const marked = new Set(
      [...(await map.markedPlaces('Front')), ...(await map.markedPlaces('Back'))].map((label) => label.split(',')[0]),
    );
    assert.equal(marked.size, visited.size, [...marked].join(', '));
    const counted = (await map.count.textContent()).match(/^(\d+) of 19 areas marked$/);
    assert.ok(counted && Number(counted[1]) >= 6, await map.count.textContent());

    // To the Summary part and through its questions: Tab into each group, arrows choose.
    await widget.host.getByRole('button', { name: 'Summary' }).focus();
    await page.keyboard.press('Enter');
    await widget.host.getByRole('heading', { name: 'A few more questions' }).waitFor();
    await widget.host.getByRole('group', { name: 'feeling tired' }).getByRole('radio').first().focus();
    for (let question = 0; question < 7; question += 1) {
      await page.keyboard.press('ArrowRight'); // the second choice of each question
      await page.keyboard.press('Tab');
    }
    const summary = new Summary(widget);
    const lines = await summary.lines();
    assert.equal(lines.filter((line) => line.includes(': ')).length, 7, lines.join('\\n'));
    assert.ok(lines.includes('Headaches: Yes'));
    assert.deepEqual(page.problems, []);
  });
});

test('on a page zoomed with CSS zoom, "Choose another place" still brings the figure back under the tabs, the page left where it is', async (t) => {
  // A narrow widget (400 px of the page's own, so its panel comes below the figures) in a window
  // it fits in, drawn 1.5 times as large.
  await run(t, { viewport: { width: 600, height: 1100 } }, async (page) => {
    addPage('/hosts/zoomed.html', (await plainHost()).replace('</head>', '<style>body { zoom: 1.5 }</style></head>'));
    const map = await openMap(page, '/hosts/zoomed.html');
    await map.place('Your left upper leg').click();
    await map.intensity(6).check();
    const pageScroll = await page.evaluate(() => scrollY);
    await map.anotherPlace.click();
    assert.equal((await map.focus()).label, 'My pain map');
    const gap = await map.host.evaluate((host) => {
      const box = (selector) => host.shadowRoot.querySelector(selector).getBoundingClientRect();
      return Math.round(box('.pg-figure').top - box('.pg-nav').bottom);
    });
    // Just under them, with room for its focus ring (3 px, 2 px out).
    assert.ok(gap >= 6 && gap <= 20, `the figure's top is just under the tabs: ${gap} px below them`);
    assert.ok((await map.widget.sight('[data-state~=active]')).inSight, 'the place answered is in sight');
    assert.equal(await page.evaluate(() => scrollY), pageScroll);
    assert.deepEqual(page.problems, []);
  });
});
