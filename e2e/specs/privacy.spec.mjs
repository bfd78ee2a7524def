// A patient's marks and answers are health information: a session-recording script on the clinic's
// page copies the page to its servers, shadow roots included, and an analytics script's click
// capture sends the words of what was clicked. The widget carries each tool's "leave this out"
// marker; here rrweb, the recorder PostHog and Sentry build on, records a whole journey with each
// of their blocking classes, and PostHog captures clicks: neither may come away with any of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { suite, plainHost } from '../support/suite.mjs';
import { Widget } from '../support/widget.mjs';
import { PainMap } from '../support/pain_map.mjs';
import { Summary } from '../support/summary.mjs';

const { url, run, addPage } = suite();
const require = createRequire(import.meta.url);
// Its browser build (the package exports only its module builds).
const recorder = readFile(join(dirname(require.resolve('rrweb')), 'rrweb.umd.min.cjs'), 'utf8');

/** The plain host page with rrweb recording into `window.recorded`, from the start or on `startRecording()`. */
async function recordedPage(path, blockClass, atOnce) {
  const host = await plainHost();
  const start = `window.recorded = []; window.startRecording = () => rrweb.record({ emit: (event) => window.recorded.push(event), blockClass: ${JSON.stringify(blockClass)} });`;
  addPage(path, host.replace('</head>', `<script>${await recorder}</script><script>${start}${atOnce ? 'startRecording();' : ''}</script></head>`));
  return url(path);
}

for (const [tool, blockClass, atOnce] of [
  ['rrweb', 'rr-block', true],
  ['PostHog', 'ph-no-capture', true],
  ['Sentry', 'sentry-block', false],
]) {
  test(`a session recorder (${tool}'s settings, started ${atOnce ? 'with the page' : 'after the widget'}) records the page but nothing the patient marks, types or answers`, async (t) => {
    await run(t, {}, async (page) => {
      await page.goto(await recordedPage(`/hosts/recorded-${tool}.html`, blockClass, atOnce));
      const widget = await new Widget(page).ready();
      if (!atOnce) await page.evaluate(() => window.startRecording());
      await widget.back.click();
      await widget.search.fill('trouble sleeping');
      const map = await new PainMap(widget).open();
      await map.place('Your neck').click();
      await map.intensity(6).check();
      await map.host.getByRole('checkbox', { name: 'Burning' }).check();
      const summary = await new Summary(widget).open();
      await summary.answer('In the past 6 months, have you felt depressed?', 'Yes');
      await page.waitForTimeout(300); // rrweb hands over mutations in batches
      const recorded = JSON.stringify(await page.evaluate(() => window.recorded));
      assert.ok(recorded.includes('Text below the widget.'), 'the recorder recorded the page');
      assert.ok(recorded.includes('pain-guide'), 'and saw the widget');
      for (const secret of ['trouble sleeping', 'Your neck', 'pain 6 of 10', 'Burning', 'felt depressed', 'Where does it hurt']) {
        assert.ok(!recorded.includes(secret), `"${secret}" was recorded`);
      }
      assert.deepEqual(page.problems, []);
    });
  });
}

test("an analytics script's click capture (PostHog's autocapture) captures the page's clicks but none in the widget", async (t) => {
  await run(t, {}, async (page) => {
    // posthog-js as a clinic would load it, sending nothing: its events are kept in the page.
    addPage('/posthog.js', await readFile(require.resolve('posthog-js/dist/array.full.no-external.js'), 'utf8'));
    const host = await plainHost();
    const init = `window.captured = []; posthog.init('phc_test', { api_host: 'http://127.0.0.1:9', autocapture: true,
      advanced_disable_decide: true, advanced_disable_flags: true, opt_out_useragent_filter: true, disable_session_recording: true,
      capture_pageview: false, persistence: 'memory', before_send: (event) => { window.captured.push(event); return null; } });`;
    addPage('/hosts/analytics.html', host
      .replace('</head>', `<script src="/posthog.js"></script><script>${init}</script></head>`)
      .replace('<p id="below">', '<button type="button" id="book">Book a visit</button><p id="below">'));
    await page.goto(url('/hosts/analytics.html'));
    const widget = await new Widget(page).ready();
    const map = await new PainMap(widget).open();
    await map.place('Your neck').click();
    await map.intensity(6).check();
    await map.host.getByRole('checkbox', { name: 'Burning' }).check();
    await map.button(map.words.unmark).click();
    await page.locator('#book').click();
    await page.waitForTimeout(300);
    const captured = await page.evaluate(() => window.captured.filter((event) => event.event === '$autocapture').map((event) => JSON.stringify(event.properties)));
    assert.equal(captured.length, 1, 'only the page\'s own button');
    assert.match(captured[0], /Book a visit/);
    assert.ok(!/Your neck|Burning|pg-/.test(captured[0]));
    assert.deepEqual(page.problems, []);
  });
});
