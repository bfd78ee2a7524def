// A patient on a phone: a 360 × 640 touch screen and a slow CPU (4× throttled), reading the
// glossary with taps alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite } from '../support/suite.mjs';
import { Widget } from '../support/widget.mjs';

const { url, run } = suite();
const PHONE = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

test('on a slow phone, a patient finds and reads topics by touch alone', async (t) => {
  await run(t, PHONE, async (page) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(url('/hosts/plain.html'));
    const widget = await new Widget(page).ready();

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
