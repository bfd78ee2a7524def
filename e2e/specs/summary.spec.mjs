// After the map: a few more questions, then the patient's summary in plain words, never a score
// or a diagnosis; "Forget my answers" erases everything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, plainHost } from '../support/suite.mjs';
import { Widget } from '../support/widget.mjs';
import { PainMap } from '../support/pain_map.mjs';
import { Summary } from '../support/summary.mjs';
import { axeViolations } from '../support/axe.mjs';
import { BROWSER, back, keepsGuidePages, needsChromium, openWithoutAutomation } from '../support/browser.mjs';

const summarySuite = suite();
const { url, run, keptPage, addPage } = summarySuite;

/** The plain host page opened in `target` (a tab of the browser): its widget, map and summary. */
async function visit(target) {
  await target.goto(url('/hosts/plain.html'));
  const widget = await new Widget(target).ready();
  return { widget, map: new PainMap(widget), summary: new Summary(widget) };
}

test('the summary says where it hurts in plain words, with every answer, and keeps them', async (t) => {
  await run(t, {}, async (page) => {
    await page.goto(url('/hosts/plain.html'));
    const widget = await new Widget(page).ready();
    const summary = await new Summary(widget).open();
    assert.equal(await summary.status.textContent(), 'You have not marked any places on the pain map yet.');
    assert.equal(await widget.host.getByRole('button', { name: 'Forget my answers' }).isDisabled(), true);

    const map = await new PainMap(widget).open();
    await map.place('Your left shoulder').click();
    await map.intensity(6).check();
    await map.place('Your right upper leg').click();
    await map.place('Your lower back', 'Back').click();
    await map.place('Your head').click();
    // A part opens at its top, wherever the patient had scrolled the part before.
    const reading = widget.host.locator('.pg-scroll');
    assert.ok(await reading.evaluate((area) => (area.scrollTop = area.scrollHeight)) > 0);
    await summary.open();
    assert.equal(await reading.evaluate((area) => area.scrollTop), 0);
    await summary.answer('feeling tired', 'Moderate – it was often there');
    await summary.answer('have you had headaches', 'Yes');
    await summary.answer('How long', 'More than a year');
    assert.equal(
      await summary.status.textContent(),
      'You marked pain in 3 of the 19 areas doctors ask about. The head, hands, knees and feet are not among them. ' +
        'Your pain is in 3 of 5 body regions. It hurts on both sides, above and below the waist, in your back.',
    );
    // Head to toe, as the patient looks for a place (not the criteria form's order, which puts
    // the back after the legs and the head last).
    assert.deepEqual(await summary.lines(), [
      'Your head',
      'Your left shoulder, pain 6 of 10',
      'Your lower back',
      'Your right upper leg',
      'Feeling tired: Moderate – it was often there',
      'Headaches: Yes',
      'How long: More than a year',
    ]);
    const text = await widget.host.locator('section').first().textContent();
    assert.doesNotMatch(text, /fibromyalgia|score|WPI|severity/i, 'no diagnosis, no score for the patient');
    assert.deepEqual(await axeViolations(page), []);

    await page.reload();
    const again = await new Summary(await new Widget(page).ready()).open();
    assert.equal((await again.lines()).length, 7, 'a reload keeps every answer');
    assert.equal(await again.choice('have you had headaches', 'Yes').isChecked(), true);
    assert.deepEqual(page.problems, []);
  });
});

test('"Forget my answers" asks first, then erases every answer, the stored copy and the undo history', async (t) => {
  await run(t, {}, async (page) => {
    const { widget, map, summary } = await visit(page);
    await map.open();
    await map.place('Your neck').click();
    await summary.open();
    await summary.answer('felt depressed', 'No');
    const stored = await page.evaluate(() => sessionStorage.getItem('pain-guide:answers'));
    assert.ok(stored);
    // A slip of the finger costs nothing: the patient is asked, with focus on keeping them.
    const forget = widget.host.getByRole('button', { name: 'Forget my answers' });
    await forget.click();
    const question = widget.host.getByRole('group', { name: /^Forget all your answers\? They are erased/ });
    await question.waitFor();
    await widget.waitForFocus('No, keep them');
    assert.deepEqual(await axeViolations(page), []);
    await page.keyboard.press('Enter');
    await question.waitFor({ state: 'detached' });
    await widget.waitForFocus('Forget my answers');
    assert.equal(await page.evaluate(() => sessionStorage.getItem('pain-guide:answers')), stored, 'nothing forgotten');
    assert.equal((await summary.lines()).length, 2);

    await forget.click();
    await question.getByRole('button', { name: 'Yes, forget them' }).click();
    await question.waitFor({ state: 'detached' });
    assert.equal(await forget.isDisabled(), true, 'nothing left to forget');
    await widget.waitForFocus('A few more questions');
    assert.equal(await summary.status.textContent(), 'You have not marked any places on the pain map yet.');
    assert.deepEqual(await summary.lines(), []);
    assert.equal(await page.evaluate(() => sessionStorage.getItem('pain-guide:answers')), null);
    await map.open();
    assert.equal(await map.button('Undo').isDisabled(), true, 'nothing to bring back');
    assert.deepEqual(page.problems, []);
  });
});

// A page that opens on the summary (start="summary"), or a patient who went there first, read
// that nothing was marked, and then had to find where to mark it.
test('with nothing marked, the summary takes the patient to the map in one press', async (t) => {
  await run(t, {}, async (page) => {
    const { widget, map, summary } = await visit(page);
    await summary.open();
    assert.equal(await summary.status.textContent(), 'You have not marked any places on the pain map yet.');
    await summary.button('Mark where it hurts').click();
    await map.title.waitFor();
    await widget.waitForFocus('Where does it hurt?');
    await map.place('Your neck').click();
    await summary.open();
    assert.equal(await summary.button('Mark where it hurts').count(), 0, 'gone once a place is marked');
    assert.deepEqual(page.problems, []);
  });
});

// The Summary tab opens on its questions, and on a phone the summary came five screens below
// them: a patient back to show it, or answering nothing more, had to know to scroll that far.
test('on a phone, "See your summary" under the questions\' title goes straight to the summary', async (t) => {
  await run(t, { viewport: { width: 360, height: 640 } }, async (page) => {
    const { widget, map, summary } = await visit(page);
    await map.open();
    await map.place('Your neck').click();
    await summary.open();
    const summaryTitle = widget.host.getByRole('heading', { name: 'Your summary' });
    assert.equal((await widget.sight(summaryTitle)).inSight, false, 'below the questions');
    const seeSummary = summary.button('See your summary');
    assert.ok((await widget.sight(seeSummary)).inSight, 'in sight under the title');
    await seeSummary.click();
    await widget.waitForFocus('Your summary');
    assert.equal((await widget.sight(summaryTitle)).inSight, true);
    assert.deepEqual(page.problems, []);
  });
});

// Reached by keyboard, the summary's title sat flush under the pinned tabs, which hid the top of
// its focus ring.
test('"See your summary" pressed by keyboard: the title\'s focus ring is all in sight, under the tabs', async (t) => {
  await run(t, {}, async (page) => {
    const { widget, summary } = await visit(page);
    await summary.open();
    await summary.button('See your summary').focus();
    await page.keyboard.press('Enter');
    await widget.waitForFocus('Your summary');
    const ring = await widget.host.evaluate((host) => {
      const title = host.shadowRoot.querySelector('#pg-summary-title');
      const style = getComputedStyle(title);
      const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
      return {
        shown: title.matches(':focus-visible') && style.outlineStyle !== 'none',
        room: Math.round(title.getBoundingClientRect().top - reach - host.shadowRoot.querySelector('.pg-nav').getBoundingClientRect().bottom),
      };
    });
    assert.ok(ring.shown, 'a focus ring');
    assert.ok(ring.room >= 0 && ring.room <= 15, `its top ${ring.room} px below the tabs`);
    assert.deepEqual(page.problems, []);
  });
});

// "Your pain is in 0 of 5 body regions. It hurts … in your chest." read as a mistake: the
// criteria's 5 regions leave out the jaw, chest and belly, which the patient cannot know.
test('with only the chest marked, the summary says why it is in none of the 5 regions', async (t) => {
  await run(t, {}, async (page) => {
    const { map, summary } = await visit(page);
    await map.open();
    await map.place('Your chest').click();
    await summary.open();
    assert.equal(await summary.status.textContent(),
      'You marked pain in 1 of the 19 areas doctors ask about. Your pain is in 0 of 5 body regions. ' +
      'It hurts above the waist, in your chest. The jaw, chest and belly are not counted in these 5 regions.');
    assert.deepEqual(page.problems, []);
  });
});

// "You marked pain in 0 of the 19 areas doctors ask about." over a patient's own head, hand or
// knee pain read as if those marks had been lost.
test('with only the head and a knee marked, the summary says they are not among the 19 areas', async (t) => {
  await run(t, {}, async (page) => {
    const { map, summary } = await visit(page);
    await map.open();
    await map.place('Your head').click();
    await map.place('Your left knee').click();
    await summary.open();
    assert.equal(await summary.status.textContent(),
      'You marked pain in 0 of the 19 areas doctors ask about. The head, hands, knees and feet are not among them.');
    assert.equal((await summary.lines()).length, 2, 'both listed');
    assert.deepEqual(page.problems, []);
  });
});

test('"Remember on this device" keeps the answers for a later visit, only when asked', async (t) => {
  await run(t, {}, async (page) => {
    const first = await visit(page);
    await first.map.open();
    await first.map.place('Your neck').click();
    // A new tab is a new session: without the patient's say-so, nothing carries over.
    const second = await visit(await page.context().newPage());
    await second.map.open();
    assert.equal(await second.map.count.textContent(), '0 of 19 areas marked');
    assert.equal(await page.evaluate(() => localStorage.length), 0);

    const summary = await first.summary.open();
    const remember = summary.remember();
    assert.equal(await remember.isChecked(), false);
    await remember.check();
    await summary.answer('How long', '3 to 12 months');
    const third = await visit(await page.context().newPage());
    await third.map.open();
    assert.equal(await third.map.count.textContent(), '1 of 19 areas marked');
    assert.equal(await third.summary.open().then(() => third.summary.remember().isChecked()), true);

    // Unticking erases the copy on this device; the tab keeps its own.
    await remember.uncheck();
    assert.equal(await page.evaluate(() => localStorage.getItem('pain-guide:answers')), null);
    assert.equal((await summary.lines()).length, 2);
    await remember.check();
    await summary.forget();
    assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
    assert.equal(await remember.isChecked(), false);
    assert.deepEqual(page.problems, []);
  });
});

test('with "Remember on this device", the tabs of the site follow one another, and "Remember" lasts while there is nothing to keep', async (t) => {
  await run(t, {}, async (page) => {
    const first = await visit(page);
    await first.summary.open();
    await first.summary.remember().check();
    // Nothing marked yet: the device keeps the patient's wish all the same, for the next visit.
    await first.widget.page.reload();
    await first.summary.open();
    assert.equal(await first.summary.remember().isChecked(), true, 'still remembering after a reload');
    await first.map.open();
    await first.map.place('Your neck').click();

    const second = await visit(await page.context().newPage());
    await second.map.open();
    await second.map.place('Your left shoulder').click();
    // The first tab follows: its next change keeps the second's, where it overwrote them.
    await first.map.count.filter({ hasText: '2 of 19 areas marked' }).waitFor();
    await first.map.place('Your lower back', 'Back').click();
    const third = await visit(await page.context().newPage());
    await third.map.open();
    assert.equal(await third.map.count.textContent(), '3 of 19 areas marked');
    await third.widget.page.close();

    // Unticked in one tab, the others stop writing to the device too; each keeps its own answers.
    await second.summary.open();
    await second.summary.remember().uncheck();
    await first.summary.open();
    await first.summary.remember(false).waitFor();
    await first.summary.answer('How long', '3 to 12 months');
    assert.equal(await page.evaluate(() => localStorage.getItem('pain-guide:answers')), null);
    assert.equal((await first.summary.lines()).length, 4);
    assert.deepEqual(page.problems, []);
  });
});

test('Back to the page before shows the marks made on the next page, and keeps them (the browser kept it, or in Firefox loads it again)', async (t) => {
  await run(t, {}, async (page) => {
    const [first, next] = [await keptPage('plain'), await keptPage('dark')];
    await page.goto(first);
    const kept = new PainMap(await new Widget(page).ready());
    await kept.open();
    await kept.place('Your neck').click();
    await page.evaluate(() => { window.leftHere = true; });
    await page.goto(next);
    const other = new PainMap(await new Widget(page).ready());
    await other.open();
    await other.place('Your left shoulder').click();

    await back(page, '/kept/plain.html');
    assert.equal(await page.evaluate(() => window.leftHere), keepsGuidePages ? true : undefined, 'the browser brought the page back as it was, or (Firefox) loaded it again');
    if (!keepsGuidePages) await kept.open(); // loaded again, it opens where a new page does
    // Its widget shows the shoulder too, and its next mark keeps it, where it wrote over it.
    await kept.count.filter({ hasText: '2 of 19 areas marked' }).waitFor();
    await kept.place('Your lower back', 'Back').click();
    await page.reload();
    await kept.open();
    assert.equal(await kept.count.textContent(), '3 of 19 areas marked');
    assert.deepEqual(page.problems, []);
  });
});

test('a page prerendered ahead of the click shows the marks made meanwhile, and keeps them', { skip: BROWSER !== 'chromium' && 'speculation rules are Chromium\'s: Firefox never prerenders' }, async () => {
  // Page A has the browser prerender page B at once (as a site's speculation rules may). Once B's
  // widget has drawn (B says so in local storage), A marks the neck, as a patient would, and goes
  // to B. B, shown, sends the server what its widget shows.
  const html = await plainHost();
  const rules = '<script type="speculationrules">{"prerender": [{"source": "list", "urls": ["/prerender/b.html"], "eagerness": "immediate"}]}</script>';
  addPage('/prerender/a.html', html.replace('</main>', `</main>${rules}<script>
    const markOnceBIsDrawn = () => {
      if (!localStorage.getItem('b-drawn')) return setTimeout(markOnceBIsDrawn, 100);
      const widget = document.querySelector('pain-guide').shadowRoot;
      widget.querySelectorAll('.pg-tab')[1].click();
      setTimeout(() => {
        widget.querySelector('#pg-front-neck').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        location.href = '/prerender/b.html';
      }, 100);
    };
    document.addEventListener('pain-guide:ready', markOnceBIsDrawn, { once: true });
  </script>`));
  addPage('/prerender/b.html', html.replace('<pain-guide entry="fibromyalgia">', '<pain-guide start="map">').replace('</main>', `</main><script>
    let drawnWhilePrerendering = false;
    document.addEventListener('pain-guide:ready', () => {
      drawnWhilePrerendering = document.prerendering;
      localStorage.setItem('b-drawn', 'yes');
    }, { once: true });
    document.addEventListener('prerenderingchange', () => setTimeout(() => {
      const count = document.querySelector('pain-guide').shadowRoot.querySelector('.pg-status').textContent;
      fetch('/api/pain-summary', { method: 'POST', body: JSON.stringify({ drawnWhilePrerendering, count }) });
    }, 500));
  </script>`));
  const report = () => summarySuite.received.map((request) => JSON.parse(request.body)).find((body) => 'drawnWhilePrerendering' in body);
  const close = await openWithoutAutomation(url('/prerender/a.html'));
  try {
    const deadline = Date.now() + 30000;
    while (!report() && Date.now() < deadline) await new Promise((wait) => setTimeout(wait, 100));
  } finally {
    await close();
  }
  assert.ok(report(), 'page B never reported: it was not prerendered, or not shown');
  assert.deepEqual(report(), { drawnWhilePrerendering: true, count: '1 of 19 areas marked' });
});

test('printing the page (Ctrl+P) keeps the chosen answers, ticked in ink, and leaves out what only a screen can use', { skip: needsChromium('emulate print media') }, async (t) => {
  await run(t, {}, async (page) => {
    const { widget, map, summary } = await visit(page);
    await map.open();
    await map.place('Your left shoulder').click();
    await map.intensity(7).check();
    await summary.open();
    await summary.answer('feeling tired', 'Moderate – it was often there');
    const shown = () => widget.host.evaluate((host) => {
      const visible = (element) => element.checkVisibility();
      const root = host.shadowRoot;
      const choices = [...root.querySelectorAll('.pg-choice input')].map((input) => {
        const style = getComputedStyle(input.nextElementSibling);
        const mark = getComputedStyle(input.nextElementSibling, '::before').content;
        return { checked: input.checked, mark, border: style.borderTopWidth, background: style.backgroundColor, color: style.color };
      });
      return {
        buttons: [...root.querySelectorAll('button')].filter(visible).length,
        headings: [...root.querySelectorAll('h2')].filter(visible).map((heading) => heading.textContent),
        remember: [...root.querySelectorAll('input[type=checkbox]')].filter(visible).length,
        chosen: choices.filter((choice) => choice.checked),
        others: [...new Set(choices.filter((choice) => !choice.checked).map((choice) => choice.mark))],
        text: getComputedStyle(root.querySelector('.pg-root')).color,
      };
    });
    const onScreen = await shown();
    assert.ok(onScreen.buttons >= 6, `tabs, appointment tools, Forget: ${onScreen.buttons}`);
    assert.equal(onScreen.chosen.length, 1);
    assert.notEqual(onScreen.chosen[0].background, 'rgba(0, 0, 0, 0)', 'on screen the chosen answer is filled');

    // Browsers leave backgrounds out of print: the chosen answer must not depend on its fill.
    await page.emulateMedia({ media: 'print' });
    const printed = await shown();
    assert.deepEqual(printed.headings, ['A few more questions', 'Your summary'], 'no "For your appointment"');
    assert.equal(printed.buttons, 0);
    assert.equal(printed.remember, 0);
    assert.deepEqual(printed.chosen, [{ checked: true, mark: '"✓\u00a0" / ""', border: '3px', background: 'rgba(0, 0, 0, 0)', color: printed.text }]);
    assert.deepEqual(printed.others, ['none'], 'only the chosen answer is ticked');
    assert.deepEqual(await summary.lines(), ['Your left shoulder, pain 7 of 10', 'Feeling tired: Moderate – it was often there']);

    await page.emulateMedia({ media: 'screen' });
    assert.deepEqual(await shown(), onScreen);
    assert.deepEqual(page.problems, []);
  });
});
