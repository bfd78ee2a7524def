// The guide for clinic web admins is part of the demo site (rendered from docs/clinic-guide.md
// at build time), reachable from the demo page, readable, and within the same strict policy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { suite } from '../support/suite.mjs';
import { axeViolations } from '../support/axe.mjs';
import { Widget } from '../support/widget.mjs';

const { url, run } = suite();
const GUIDE = readFileSync(new URL('../../docs/clinic-guide.md', import.meta.url), 'utf8');

test('the demo page links to the clinic guide, which shows all of docs/clinic-guide.md', async (t) => {
  await run(t, {}, async (page) => {
    await page.goto(url('/'));
    await new Widget(page).ready(); // leaving mid-load would abort the widget's download
    await page.getByRole('link', { name: 'how to put the patient guide on your site' }).click();
    await page.waitForURL(/guide\.html$/);
    const headings = GUIDE.match(/^#{1,2} .+$/gm).map((line) => line.replace(/^#+ /, ''));
    assert.deepEqual(
      await page.locator('main h1, main h2').allTextContents(),
      headings.map((heading) => heading.replace(/`/g, '')),
    );
    const messages = await page.locator('main table').last().locator('tbody tr').count();
    const troubleshooting = GUIDE.split('## 9. Troubleshooting')[1];
    assert.equal(messages, troubleshooting.match(/^\| `/gm).length + troubleshooting.match(/^\| \(browser\)/gm).length);
    assert.match(await page.getByRole('link', { name: 'Back to the demo page' }).getAttribute('href'), /index\.html$/);
    assert.deepEqual(await axeViolations(page, 'html'), []);
    assert.deepEqual(page.problems, []);
  });
});
