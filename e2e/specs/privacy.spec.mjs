// A patient's marks and answers are health information: a session-recording script on the clinic's
// page copies the page to its servers, shadow roots included. The widget carries each tool's
// "leave this out" marker; here rrweb, the recorder PostHog and Sentry build on, records a whole
// journey with each of their blocking classes and must come away with none of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { suite } from '../support/suite.mjs';
import { Widget } from '../support/widget.mjs';
import { PainMap } from '../support/pain_map.mjs';
import { Summary } from '../support/summary.mjs';

const { url, run, addPage } = suite();
// Its browser build (the package exports only its module builds).
const recorder = readFile(join(dirname(createRequire(import.meta.url).resolve('rrweb')), 'rrweb.umd.min.cjs'), 'utf8');

/** The plain host page with rrweb recording into `window.recorded`, from the start or on `startRecording()`. */
async function recordedPage(path, blockClass, atOnce) {
  const host = await readFile(new URL('../hosts/plain.html', import.meta.url), 'utf8');
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
