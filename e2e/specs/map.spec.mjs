// A patient marks where it hurts: by mouse, by keyboard alone, with the list; the answers are
// shared by every widget on the page, survive a reload, and storage problems never break it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite } from '../support/suite.mjs';
import { Widget } from '../support/widget.mjs';
import { PainMap } from '../support/pain_map.mjs';
import { axeViolations } from '../support/axe.mjs';

const { url, run } = suite();

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
    await map.intensity(6).check();
    assert.deepEqual(await map.markedPlaces('Front'), ['Your left shoulder, pain 6 of 10']);
    assert.deepEqual(await map.markedPlaces('Back'), ['Your left shoulder, pain 6 of 10']);
    // The number is drawn on the place too: selection is never shown by colour alone.
    assert.equal(await map.host.locator('.pg-site-number').first().textContent(), '6');
    await map.host.getByRole('checkbox', { name: 'Burning' }).check();

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

test('by keyboard alone: the map is one tab stop; arrows move, Space marks, digits say how much', async (t) => {
  await run(t, {}, async (page) => {
    const map = await openMap(page);
    await map.figure.focus();
    const start = await map.focus();
    assert.equal(start.label, 'My pain map');
    assert.match(start.active, /^pg-front-/, 'a place is active as soon as the map has focus');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const { active } = await map.focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('7');
    assert.deepEqual(await map.markedPlaces('Front'), ['Your chest, pain 7 of 10']);
    assert.equal(await map.host.locator(`#${active}`).getAttribute('aria-checked'), 'true');
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

test('the list does everything the picture does, with ordinary checkboxes and radio buttons', async (t) => {
  await run(t, {}, async (page) => {
    const map = await openMap(page);
    await map.button('Show as a list').click();
    assert.equal(await map.button('Show as a list').getAttribute('aria-pressed'), 'true');
    const jaw = map.host.getByRole('checkbox', { name: 'Your left jaw', exact: true });
    await jaw.check();
    const details = map.host.getByRole('group', { name: 'Your left jaw', exact: true });
    await map.intensity(3, details).check();
    assert.equal(await map.count.textContent(), '1 of 19 areas marked');
    await map.button('Show as a list').click();
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
    await page.reload();
    const reloaded = await openMap(page, null, 0);
    assert.deepEqual(await reloaded.markedPlaces('Back'), ['Your lower back, pain 5 of 10']);
    // Nothing about the answers is in the page's address, title, attributes or console.
    assert.ok(!page.url().includes('back'));
    const attributes = await page.evaluate(() => [...document.querySelectorAll('pain-guide')].map((el) => el.outerHTML).join(''));
    assert.ok(!/back|pain 5/.test(attributes), attributes);
    assert.deepEqual(page.problems, []);
  });
});

test('stored answers that are corrupt or from elsewhere are set aside with a warning', async (t) => {
  await run(t, { expected: ['pain-guide: saved answers were set aside'] }, async (page) => {
    await page.addInitScript(() => sessionStorage.setItem('pain-guide:answers', '{"version": 99, "marks": {}}'));
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
  await run(t, { bypassCSP: true }, async (page) => {
    const map = await openMap(page);
    assert.deepEqual(await axeViolations(page), []);
    await map.place('Your left shoulder').click();
    await map.intensity(4).check();
    assert.deepEqual(await axeViolations(page), []);
    await map.button('Show as a list').click();
    assert.deepEqual(await axeViolations(page), []);
  });
});
