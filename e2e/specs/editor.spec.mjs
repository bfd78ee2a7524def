// The theme editor (editor.html) for marketing staff: the real widget updates live on a light and
// a dark page, the contrast report says what passes and what the guard changed, the snippet does
// what the preview showed, and a theme file round-trips. None of it is loaded by clinic pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite, plainHost, shippedLoader } from '../support/suite.mjs';
import { Widget } from '../support/widget.mjs';
import { ThemeEditor } from '../support/editor.mjs';
import { axeViolations } from '../support/axe.mjs';
import { needsChromium } from '../support/browser.mjs';

const { run, url, addPage } = suite();
const primary = (widget) => widget.styles('.pg-root', ['--pg-primary']).then((styles) => styles['--pg-primary'].trim());

test('real widgets preview the theme on a light page, a dark page and a phone, with a contrast report; the page is accessible; clinic pages never load the editor', async (t) => {
  await run(t, {}, async (page) => {
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(url('/'));
    await new Widget(page).ready();
    assert.deepEqual(requested.filter((path) => path.includes('editor')), [], 'the demo clinic page');

    const editor = await new ThemeEditor(page).open(url('/editor.html'));
    const [light, dark, phone] = [await new Widget(page, 0).ready(), await new Widget(page, 1).ready(), await new Widget(page, 2).ready()];
    // The phone preview is in the phone layout: its tabs pinned, its footer after the part.
    assert.equal(await phone.styles('.pg-nav', ['position']).then((style) => style.position), 'sticky');
    const report = await editor.report();
    assert.deepEqual(report.headings, ['Colours: every pair passes WCAG AA']);
    assert.equal(report.rows.length, 10);
    assert.match(report.rows[0].join(' | '), /^text on background \| +#[0-9a-f]{6} on +#ffffff \| 1\d\.\d:1 \| 4\.5:1 \| Pass$/);
    assert.deepEqual(report.rows.map((row) => row.at(-1)), Array(10).fill('Pass'));

    await editor.preset('Automatic: follows each visitor\'s dark mode and contrast settings');
    await page.waitForFunction(() => document.querySelectorAll('.report h3').length === 3);
    assert.deepEqual((await editor.report()).headings, [
      'The light colours: every pair passes WCAG AA',
      'The dark colours: every pair passes WCAG AA',
      'The high-contrast colours: every pair passes WCAG AA',
    ]);
    assert.equal(await light.host.getAttribute('theme'), 'auto');
    assert.equal(await dark.host.getAttribute('theme'), 'auto');
    assert.equal(await phone.host.getAttribute('theme'), 'auto');
    assert.deepEqual(await axeViolations(page, 'html'), []);
    // On a phone: one column, nothing wider than the screen (the report's table included).
    await page.setViewportSize({ width: 360, height: 740 });
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
    // Its table scrolls sideways in its own box (a keyboard stop) rather than splitting words:
    // "Colours" and "Contrast" each stay on one line.
    const header = await page.locator('.report thead').first().evaluate((head) => ({
      height: head.getBoundingClientRect().height,
      line: parseFloat(getComputedStyle(head.querySelector('th')).lineHeight) || 20,
    }));
    assert.ok(header.height < 1.5 * header.line + 12, `the report's header is one line (${header.height} px)`);
    assert.equal(await page.locator('.report .table-scroll').first().getAttribute('tabindex'), '0');
    assert.deepEqual(page.problems, []);
  });
});

// On a tablet held upright the form filled the screen's width and the previews came below all of
// it, as on a phone: a colour changed at the top of the form showed 1,800 px further down.
test('on a tablet the previews are beside the form; on a phone the first one stays in sight below the field being edited', async (t) => {
  await run(t, { viewport: { width: 768, height: 1024 } }, async (page) => {
    await new ThemeEditor(page).open(url('/editor.html'));
    const box = (selector) => page.locator(selector).first().evaluate((element) => element.getBoundingClientRect().toJSON());
    const [form, preview] = [await box('#theme-form'), await box('.sample')];
    assert.ok(preview.left >= form.right && preview.top < 400, `beside the form (${JSON.stringify(preview)})`);
    assert.ok(preview.width >= 340, `as wide as a phone (${preview.width} px)`);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);

    await page.setViewportSize({ width: 360, height: 740 });
    for (const label of ['Main colour', 'Button words', 'Open a theme file']) {
      const input = page.getByLabel(label, { exact: true });
      await input.focus();
      const [field, pinned] = [await input.evaluate((element) => element.getBoundingClientRect().toJSON()), await box('.sample')];
      assert.ok(Math.min(pinned.bottom, 740) - pinned.top >= 250, `${label}: the preview is in sight (${JSON.stringify(pinned)})`);
      assert.ok(field.top >= 0 && field.bottom <= pinned.top, `${label}: the field is above it, not under it (${JSON.stringify(field)})`);
    }
    // The pinned preview scrolled twice: its box, and the guide in it (its whole height, 640 px).
    // The guide fills the box instead, so its end (the clinic's logo and link) is one scroll away.
    const fitted = await page.locator('.sample').first().evaluate((sample) => {
      const [outer, guide] = [sample.getBoundingClientRect(), sample.querySelector('pain-guide').getBoundingClientRect()];
      return { boxScrolls: sample.scrollHeight > sample.clientHeight + 1, guideInside: guide.top >= outer.top && guide.bottom <= outer.bottom + 0.5 };
    });
    assert.deepEqual(fitted, { boxScrolls: false, guideInside: true });
    // Past the form it takes its place again: the snippet and its button are not under it.
    await page.getByRole('button', { name: 'Copy the snippet' }).focus();
    const [copy, light] = [await box('#copy'), await box('.sample')];
    assert.ok(light.bottom <= copy.top, `the preview is back in its place (${JSON.stringify(light)})`);
    assert.deepEqual(await axeViolations(page, 'html'), []);
    // A phone on its side has no height to share: the previews are below the form again.
    await page.setViewportSize({ width: 640, height: 360 });
    await page.getByLabel('Main colour', { exact: true }).focus();
    assert.ok((await box('.sample')).top > 360, 'nothing pinned over the form');
    assert.deepEqual(page.problems, []);
  });
});

test('a colour patients could not read: the report says what the guard changed, and the previews use it', async (t) => {
  const expected = ['primary-color #ffff00 has only 1.1:1 contrast with the background; using #'];
  await run(t, { expected }, async (page) => {
    const editor = await new ThemeEditor(page).open(url('/editor.html'));
    const preview = await new Widget(page, 0).ready();
    await editor.colour('Main colour', '#ffff00');
    await page.waitForFunction(() => document.querySelectorAll('#palettes li').length === 1);
    const [change] = (await editor.report()).changes;
    const used = change.match(/using (#[0-9a-f]{6})/)[1];
    assert.match(change, /^primary-color #ffff00 has only 1\.1:1 contrast with the background; using #[0-9a-f]{6} so patients can read it\. Buttons keep #ffff00\.$/);
    await page.waitForFunction((used) =>
      getComputedStyle(document.querySelector('pain-guide').shadowRoot.querySelector('.pg-root')).getPropertyValue('--pg-primary').trim() === used, used);
    const links = (await editor.report()).rows.find((row) => row[0] === 'links on background');
    assert.ok(links[1].includes(used) && links.at(-1) === 'Pass', String(links));
    assert.equal(await primary(preview), used);
    assert.equal((await editor.snippet()).element, '<pain-guide primary-color="#ffff00"></pain-guide>', 'the clinic\'s own choice; every page guards it');
  });
});

test('the snippet, pasted into a page, gives the widget the preview showed', async (t) => {
  await run(t, {}, async (page) => {
    const editor = await new ThemeEditor(page).open(url('/editor.html'));
    await editor.preset('Calm: soft blue-green');
    await editor.colour('Main colour', '#5b3f8c');
    await editor.field('Clinic name').fill('Riverside Pain & Wellness');
    await editor.field('Button words').fill('Book a visit');
    await editor.field('Button link').fill('/book');
    await page.getByLabel('Our website\'s font').check();
    await editor.field('Corner roundness').fill('4');
    await editor.field('Spacing').selectOption('compact');
    await page.getByLabel('Hide the "Español" / "English" button').check();
    await editor.field('Opens on').selectOption('map');
    await editor.field('Height').fill('560');
    await page.waitForFunction(() => document.getElementById('snippet').value.includes('/book'));
    const { script, element } = await editor.snippet();
    assert.equal(element,
      '<pain-guide theme="calm" font-family="inherit" density="compact" corner-radius="4" primary-color="#5b3f8c" height="560" start="map" cta-text="Book a visit" cta-href="/book" clinic-name="Riverside Pain &amp; Wellness" language-switch="hide"></pain-guide>');
    // The script line is the release's: this version, and the hash of the loader it ships.
    const loader = await shippedLoader();
    const integrity = 'sha384-' + createHash('sha384').update(loader).digest('base64');
    assert.equal(script, `<script src="https://YOUR-SITE/pain-guide/0.1.0/pain-guide.js" integrity="${integrity}" crossorigin="anonymous"></script>`);
    // The demo cannot know where a clinic puts the files (its copy in their folder can: release.spec).
    assert.ok(await page.locator('p', { hasText: 'Replace YOUR-SITE with' }).isVisible());

    const preview = new Widget(page, 0);
    await page.waitForFunction(() =>
      getComputedStyle(document.querySelector('pain-guide').shadowRoot.querySelector('.pg-root')).borderTopLeftRadius === '6px');
    const look = async (widget) => ({
      ...(await widget.styles('.pg-root', ['--pg-primary', '--pg-background', '--pg-surface', '--pg-text', '--pg-space', 'background-color', 'border-top-left-radius'])),
      cta: await widget.host.getByRole('link', { name: 'Book a visit' }).getAttribute('href'),
      languageButtons: await widget.host.locator('.pg-lang').count(),
      part: await widget.host.locator('nav [aria-current=page]').textContent(),
      height: (await widget.box()).height,
    });
    const previewed = await look(preview);
    const html = (await plainHost()).replace(/<pain-guide[^>]*>\s*<\/pain-guide>/, element);
    addPage('/hosts/pasted.html', html);
    await page.goto(url('/hosts/pasted.html'));
    const pasted = await new Widget(page).ready();
    assert.deepEqual(await look(pasted), previewed);
    assert.equal(await pasted.host.getAttribute('clinic-name'), 'Riverside Pain & Wellness');
    assert.deepEqual(page.problems, []);
  });
});

test('typing a value key by key: the previews follow (a logo once its address is typed), and a problem is said once the field is done, not at each key', async (t) => {
  await run(t, {}, async (page) => {
    const editor = await new ThemeEditor(page).open(url('/editor.html'));
    const preview = new Widget(page, 0);
    await editor.countAnnouncements();
    // "5" and "56" are refused heights on the way to "560": nothing to say about them.
    await editor.type('Height', '560');
    await page.waitForFunction(() => document.querySelector('pain-guide').getAttribute('height') === '560');
    await editor.field('Height').press('Tab');
    assert.equal(await editor.announcements(), 0);
    assert.equal((await preview.box()).height, 560);

    // Words for the button with no link yet: refused, said once, when the field is left.
    await editor.type('Button words', 'Book a visit');
    assert.equal(await editor.announcements(), 0, 'nothing said while typing');
    await editor.field('Button words').press('Tab');
    const [problem] = (await editor.report()).problems;
    assert.match(problem, /cta-text="Book a visit".*cta-href/);
    assert.equal(await editor.announcements(), 1);
    // A standing problem is not read out again at each key pressed in another field.
    await editor.type('Clinic name', 'Riverside');
    assert.equal(await editor.announcements(), 0);
    // The link, once typed, answers it: the list empties (and says so) at the first key.
    await editor.type('Button link', '/book');
    assert.deepEqual((await editor.report()).problems, []);
    assert.equal(await editor.announcements(), 1);
    await page.waitForFunction(() => document.querySelector('pain-guide').shadowRoot.querySelector('a[href="/book"]'));

    // A logo's address is fetched: the previews get it once it is typed, not "/c", "/cl", …
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await editor.type('Logo address', '/clinic-logo.svg');
    assert.deepEqual(requested, [], 'no request while typing');
    await editor.field('Logo address').press('Tab');
    await preview.host.locator('img[src="/clinic-logo.svg"]').waitFor();
    assert.deepEqual([...new Set(requested)], ['/clinic-logo.svg']);

    // A value that stays refused is said when the field is done.
    await editor.field('Height').fill('');
    await editor.type('Height', '50');
    assert.deepEqual((await editor.report()).problems, []);
    await editor.field('Height').press('Tab');
    assert.match((await editor.report()).problems.join(), /height="50"/);
    assert.deepEqual(page.problems, []);
  });
});

// The editor's own policy let its previews load images from its own address only: a logo at
// https://… on the clinic's site showed nowhere, and the console alone said a logo could not load.
test("a logo the previews cannot load is named in the editor's list, with what to do; one from another site (https) may load", async (t) => {
  const options = { expected: ['could not be loaded; showing no logo', 'Failed to load resource', 'ERR_NAME_NOT_RESOLVED'] };
  await run(t, options, async (page) => {
    const editor = await new ThemeEditor(page).open(url('/editor.html'));
    const problem = async () => (await editor.report()).problems.join('\n');
    await editor.type('Logo address', '/images/logo.png'); // on the clinic's site, not here
    await editor.field('Logo address').press('Tab');
    await page.waitForFunction(() => document.querySelector('#problems li'));
    assert.equal(await problem(), 'The logo at "/images/logo.png" could not be loaded here. An address on your own site ' +
      '(starting with /) loads only there: to see the logo here, give its full address (https://…).');
    await editor.field('Logo address').fill('');
    await editor.type('Logo address', 'https://clinic.invalid/logo.png');
    await editor.field('Logo address').press('Tab');
    await page.waitForFunction(() => /clinic\.invalid/.test(document.querySelector('#problems')?.textContent));
    assert.equal(await problem(), 'The logo at "https://clinic.invalid/logo.png" could not be loaded here. Check the address.');
    assert.ok(!page.problems.some((text) => /Content Security Policy/.test(text)), 'the editor lets its previews load it');
    await editor.field('Logo address').fill('');
    await editor.type('Logo address', '/clinic-logo.svg');
    await editor.field('Logo address').press('Tab');
    await page.waitForFunction(() => !document.querySelector('#problems li'));
    await new Widget(page, 0).host.locator('img[src="/clinic-logo.svg"]').waitFor();
    assert.deepEqual(page.problems.filter((text) => /Content Security Policy/.test(text)), []);
  });
});

// "www.riverside.example/book", "555-0100" or an email address in "Button link" was taken as a
// page of the clinic's own site: patients who pressed the button got a missing page.
test('a button link typed without https://, tel: or mailto: is refused, with how to write it, and never reaches the snippet', async (t) => {
  await run(t, {}, async (page) => {
    const editor = await new ThemeEditor(page).open(url('/editor.html'));
    const preview = new Widget(page, 0);
    // Its words too stay out of the previews while the link is refused: on their own, they made
    // each preview warn at each key typed.
    await editor.field('Button words').fill('Book a visit');
    for (const typed of ['www.riverside.example/book', '555-0100', 'desk@riverside.example']) {
      await editor.field('Button link').fill('');
      await editor.type('Button link', typed);
      await editor.field('Button link').press('Tab');
      assert.deepEqual((await editor.report()).problems, [`<pain-guide cta-href="${typed}"> is not valid (expected a page of ` +
        'your site (/contact), or an address starting https:, tel: or mailto:); using "no call-to-action link".']);
      assert.doesNotMatch((await editor.snippet()).element, /cta-/);
      assert.equal(await preview.host.locator('.pg-cta').count(), 0, 'no button to a missing page');
    }
    await editor.field('Button link').fill('');
    await editor.type('Button link', 'tel:555-0100');
    await preview.host.getByRole('link', { name: 'Book a visit' }).and(page.locator('[href="tel:555-0100"]')).waitFor();
    assert.deepEqual((await editor.report()).problems, []);
    assert.deepEqual(page.problems, []);
  });
});

test('a theme file downloads and opens again; a file with bad values opens only what is usable', { skip: needsChromium('catch a download') }, async (t) => {
  await run(t, { expected: [] }, async (page) => {
    const editor = await new ThemeEditor(page).open(url('/editor.html'));
    await editor.preset('Warm: cream and terracotta');
    await editor.colour('Text colour', '#202020');
    await editor.field('Crisis line').fill('116 123');
    const before = await editor.snippet();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the theme file' }).click()]);
    assert.equal(download.suggestedFilename(), 'pain-guide-theme.json');
    const themeFile = join(tmpdir(), 'pain-guide-theme.json');
    await download.saveAs(themeFile);
    const saved = JSON.parse(await readFile(themeFile, 'utf8'));
    assert.deepEqual(saved, { theme: 'warm', 'text-color': '#202020', 'crisis-number': '116 123' });

    await editor.open(url('/editor.html'));
    await page.getByLabel('Open a theme file').setInputFiles(themeFile);
    await page.getByRole('status').filter({ hasText: 'Opened pain-guide-theme.json.' }).waitFor();
    assert.deepEqual(await editor.snippet(), before);
    assert.equal(await page.getByLabel('Our own text colour').isChecked(), true);

    const hostile = join(tmpdir(), 'hostile-theme.json');
    await writeFile(hostile, JSON.stringify({ theme: 'calm', 'primary-color': 'red;}</style><script>alert(1)</script>', shadow: '#000', 'cta-href': 'javascript:alert(1)' }));
    await page.getByLabel('Open a theme file').setInputFiles(hostile);
    await page.getByRole('status').filter({ hasText: 'except what the list' }).waitFor();
    assert.equal((await editor.snippet()).element, '<pain-guide theme="calm"></pain-guide>');
    const { problems } = await editor.report();
    assert.equal(problems.length, 3, problems.join('\n'));
    assert.equal(await page.getByLabel('Our own main colour').isChecked(), false);
    assert.equal(await page.locator('script').evaluateAll((scripts) => scripts.filter((s) => s.textContent.includes('alert')).length), 0);

    await writeFile(hostile, 'not json');
    await page.getByLabel('Open a theme file').setInputFiles(hostile);
    await page.getByRole('status').filter({ hasText: 'not a theme file' }).waitFor();
    assert.equal((await editor.snippet()).element, '<pain-guide theme="calm"></pain-guide>', 'nothing changed');
    assert.deepEqual(page.problems, []);
  });
});
