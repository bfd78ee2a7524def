// What the clinic receives can be imported as is: the Questionnaire shipped beside the widget and
// a patient's saved answers (QuestionnaireResponse) are valid FHIR R4 for two independent
// validators, and the answers fit the Questionnaire they name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { suite } from '../support/suite.mjs';
import { Widget } from '../support/widget.mjs';
import { PainMap } from '../support/pain_map.mjs';
import { Summary } from '../support/summary.mjs';
import { fhirProblems, misfits } from '../support/fhir.mjs';
import { needsChromium } from '../support/browser.mjs';

const { run, url } = suite();
const shipped = async () => JSON.parse(await readFile(new URL('../../dist/pain-guide-questionnaire.json', import.meta.url), 'utf8'));

test('the Questionnaire in dist/ is valid FHIR R4, with a canonical URL and version', async () => {
  const questionnaire = await shipped();
  assert.deepEqual(fhirProblems(questionnaire), []);
  assert.equal(questionnaire.url, 'https://pain-guide.org/fhir/Questionnaire/pain-guide');
  assert.match(questionnaire.version, /^\d+\.\d+\.\d+$/);
  const [sites, symptoms] = questionnaire.item;
  assert.equal(sites.item.length, 26, 'the 19 scored areas and 7 more');
  assert.deepEqual(sites.item[0].item.map((item) => [item.linkId, item.type]), [['jaw-left.intensity', 'integer'], ['jaw-left.quality', 'choice']]);
  assert.deepEqual(symptoms.item.map((item) => item.type), ['integer', 'integer', 'integer', 'boolean', 'boolean', 'boolean', 'choice']);
});

test('the validators are not a formality: they reject a response with a wrong status or value type', () => {
  const broken = {
    resourceType: 'QuestionnaireResponse', status: 'done', questionnaire: 'https://pain-guide.org/fhir/Questionnaire/pain-guide|0.1.0',
    item: [{ linkId: 'neck', answer: [{ valueBoolean: 'yes' }] }],
  };
  const problems = fhirProblems(broken);
  assert.ok(problems.some((p) => p.startsWith('schema:')), problems.join('\n'));
  assert.ok(problems.some((p) => p.startsWith('medplum:')), problems.join('\n'));
  const group = { resourceType: 'Questionnaire', status: 'active', item: [{ linkId: 'empty', type: 'group' }] };
  assert.ok(fhirProblems(group).some((p) => p.includes('que-1')), 'an invariant of the specification');
});

test('a patient\'s saved answers are a valid QuestionnaireResponse that fits the shipped Questionnaire', { skip: needsChromium('catch a download') }, async (t) => {
  await run(t, {}, async (page) => {
    await page.goto(url('/hosts/plain.html'));
    const widget = await new Widget(page).ready();
    const map = await new PainMap(widget).open();
    for (const [place, pain] of [['Your left shoulder', 7], ['Your chest', 4], ['Your right knee', 2]]) {
      await map.place(place).click();
      await map.intensity(pain).check();
    }
    await widget.host.getByRole('checkbox', { name: 'Burning' }).check();
    // "Not sure" how much it hurts: FHIR's "asked, unknown", in place of a number.
    await map.place('Your left hip and buttock').click();
    await map.host.getByRole('radio', { name: 'Not sure' }).check();
    const summary = await new Summary(widget).open();
    for (const [question, choice] of [
      ['feeling tired', 'Severe – it was always there and disrupted my life'],
      ['waking up tired', 'Mild – it came and went'],
      ['thinking or remembering', 'No problem'],
      ['had headaches', 'Yes'], ['lower belly', 'No'], ['felt depressed', 'Yes'], ['How long', '3 to 12 months'],
    ]) {
      await summary.answer(question, choice);
    }
    const [download] = await Promise.all([page.waitForEvent('download'), summary.button('Save a file for the clinic').click()]);
    const response = JSON.parse(await readFile(await download.path(), 'utf8'));
    const questionnaire = await shipped();

    assert.deepEqual(fhirProblems(response), []);
    assert.equal(response.questionnaire, `${questionnaire.url}|${questionnaire.version}`);
    assert.deepEqual(misfits(questionnaire.item, response.item), []);
    const hip = response.item[0].item.find((item) => item.linkId === 'hip-left').answer[0];
    assert.deepEqual(hip.item, [{ linkId: 'hip-left.intensity', extension: [{
      url: 'http://hl7.org/fhir/StructureDefinition/data-absent-reason', valueCode: 'asked-unknown',
    }] }]);
    const scores = response.item.find((group) => group.linkId === 'scores').item;
    assert.deepEqual(scores.map((item) => [item.linkId, item.answer[0].valueInteger]), [
      ['wpi', 3], ['generalised-regions', 2], ['sss', 6], ['severity', 9],
    ], 'WPI: shoulder, chest and hip (the knee is not counted); SSS: 3 + 1 + 0, and 1 each for headaches and depression');
    assert.deepEqual(page.problems, []);
  });
});
