// Spanish: a patient who reads Spanish gets the whole widget in Spanish, chosen from the element's
// `lang`, the page's, or the browser's; the switch moves every widget on the page to the other
// language and keeps the patient's answers. Each language is its own build: a page downloads only
// the one its patient reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, events } from '../support/suite.mjs';
import { Widget } from '../support/widget.mjs';
import { PainMap } from '../support/pain_map.mjs';
import { Summary } from '../support/summary.mjs';
import { axeViolations } from '../support/axe.mjs';
import { back, dropFirstRequest, holdRequests, keepsGuidePages } from '../support/browser.mjs';

const { url, run, addPage, strictHost, keptPage } = suite();

/** The widget files a page requested, by name ('pain-guide-es_bg.wasm', …). */
function widgetRequests(page) {
  const seen = [];
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop();
    if (/^pain-guide-(en|es)/.test(name)) seen.push(name);
  });
  return seen;
}

/** A page with one widget (its attributes `attributes`) whose <html> has `htmlLang` (or none). */
function pageIn(path, htmlLang, attributes = 'entry="fibromyalgia"') {
  const lang = htmlLang ? ` lang="${htmlLang}"` : '';
  addPage(path, `<!doctype html>
<html${lang}>
<head>
  <meta charset="utf-8">
  <link rel="icon" href="data:,">
  <title>Language</title>
  <script src="/cdn/pain-guide/v1/pain-guide.js" defer></script>
</head>
<body><pain-guide ${attributes}></pain-guide></body>
</html>`);
  return url(path);
}

test('lang="es": the glossary, map, questions and summary are all in Spanish, and only the Spanish build loads', async (t) => {
  await run(t, {}, async (page) => {
    const requested = widgetRequests(page);
    await page.goto(await strictHost('/hosts/spanish-element.html', 'lang="es" entry="fibromyalgia"'));
    const widget = await new Widget(page, 0, 'es').ready();
    assert.deepEqual(requested, ['pain-guide-es.js', 'pain-guide-es_bg.wasm']);
    assert.equal(await widget.root.getAttribute('lang'), 'es', 'screen readers speak it as Spanish');
    assert.ok(await widget.host.getByRole('region', { name: 'Guía para pacientes' }).isVisible());
    assert.equal(await widget.title.textContent(), 'Fibromialgia');
    assert.ok(await widget.heading('Qué quiere decir «dolor generalizado»').isVisible());
    assert.ok(await widget.host.getByText('Revisado por última vez', { exact: false }).isVisible());
    assert.deepEqual(await axeViolations(page), [], 'entry');

    await widget.back.click();
    await widget.search.fill('sueno'); // without its ñ, as patients often type it
    assert.deepEqual(await widget.topics(), ['Apnea del sueño']);
    await widget.search.fill('fibromyalgia'); // spelt as in English
    assert.deepEqual(await widget.topics(), ['Fibromialgia']);
    assert.equal(await widget.searchStatus.textContent(), '1 tema');
    await widget.search.fill('');
    assert.deepEqual(await axeViolations(page), [], 'index');

    const map = await new PainMap(widget).open();
    await map.place('Su hombro izquierdo').click();
    await map.intensity(6).check();
    await map.place('La parte baja de su espalda', 'Back').click();
    assert.equal(await map.count.textContent(), '2 de 19 zonas marcadas');
    assert.deepEqual(await map.markedPlaces(), ['Su hombro izquierdo, dolor 6 de 10']);
    assert.deepEqual(await axeViolations(page), [], 'map');

    const summary = await new Summary(widget).open();
    await summary.answer('cansancio?', 'Moderado – estaba ahí a menudo');
    const text = await widget.root.textContent();
    for (const line of ['Su resumen', 'Marcó dolor en 2 de las 19 zonas', 'Cansancio', 'Para su cita', 'Imprimir para mi médico']) {
      assert.ok(text.includes(line), `the summary lacks "${line}"`);
    }
    assert.deepEqual(await axeViolations(page), [], 'summary');
    // The sheet for the doctor follows the patient's language (sheet-lang can fix it).
    const printed = await summary.print();
    for (const line of ['Resumen de dolor y síntomas', 'Fatiga (última semana)\t2 de 3: Moderado – estaba ahí a menudo']) {
      assert.ok(printed.text.includes(line), `the sheet lacks "${line}":\n${printed.text}`);
    }
    assert.deepEqual(page.problems, []);
  });
});

test('without a lang of its own the widget follows the page, then the browser, then English', async (t) => {
  const cases = [
    // [the page's <html lang>, the browser's language, what the widget speaks]
    ['es-MX', 'en-US', 'es'],
    ['en', 'es-ES', 'en'],
    ['fr', 'es-ES', 'es'], // a language without a build is passed over
    [null, 'es-419', 'es'],
    ['fr', 'de-DE', 'en'],
  ];
  for (const [htmlLang, locale, expected] of cases) {
    await run(t, { locale }, async (page) => {
      await page.goto(pageIn(`/hosts/page-${htmlLang}-${locale}.html`, htmlLang));
      const widget = await new Widget(page, 0, expected).ready();
      const lang = await widget.root.getAttribute('lang');
      assert.equal(lang, expected, `page ${htmlLang}, browser ${locale}`);
      assert.ok(await widget.host.getByRole('region', { name: widget.words.widget_label }).isVisible());
      assert.deepEqual(page.problems, []);
    });
  }
});

// Scripts that switch a page's language in place (a single-page app's language menu, a site
// translator) set <html lang>: the widget, which follows the page, stayed in the language it began in.
test('a page that changes its own language in place takes the widget with it, unless the patient chose one', async (t) => {
  await run(t, {}, async (page) => {
    await page.goto(url('/hosts/plain.html'));
    const english = await new Widget(page).ready();
    const speaks = (lang) => english.host.locator(`.pg-root[role=region][lang=${lang}]`).waitFor();
    await page.evaluate(() => { document.documentElement.lang = 'es-MX'; });
    await speaks('es');
    await page.evaluate(() => { document.documentElement.lang = 'en'; });
    await speaks('en');

    // The patient's own choice comes first, as at load.
    await page.evaluate(() => { document.documentElement.lang = 'es'; });
    await speaks('es');
    const spanish = new Widget(page, 0, 'es');
    await spanish.host.getByRole('button', { name: spanish.words.other_language_label }).click();
    await speaks('en');
    await page.evaluate(() => { document.documentElement.lang = 'es-ES'; });
    await page.waitForTimeout(500);
    assert.equal(await english.root.getAttribute('lang'), 'en', 'the patient chose English');
    assert.deepEqual(page.problems, []);
  });
});

test('the switch moves every widget on the page to Spanish with the answers kept, and a reload stays in Spanish', async (t) => {
  await run(t, {}, async (page) => {
    await page.goto(url('/hosts/two.html'));
    const first = await new Widget(page, 0).ready();
    await new Widget(page, 1).ready();
    const map = await new PainMap(first).open();
    await map.place('Your left shoulder').click();
    await map.intensity(6).check();
    await map.place('Your lower back', 'Back').click();
    await new Summary(first).open();
    await new Summary(first).answer('feeling tired', 'Moderate – it was often there');

    await first.host.getByRole('button', { name: 'Leer en español' }).click();
    // Each opens where its patient was: the first on the summary, the second on its entry.
    const firstSpanish = await new Widget(page, 0, 'es').ready();
    await firstSpanish.heading('Unas preguntas más').waitFor();
    const secondSpanish = await new Widget(page, 1, 'es').ready();
    assert.equal(await secondSpanish.title.textContent(), 'Fibromialgia');
    for (const index of [0, 1]) {
      const widget = await new Widget(page, index, 'es').ready();
      assert.equal(await widget.root.getAttribute('lang'), 'es', `widget ${index + 1}`);
      const spanishMap = await new PainMap(widget).open();
      assert.deepEqual(await spanishMap.markedPlaces(), ['Su hombro izquierdo, dolor 6 de 10']);
      assert.equal(await spanishMap.count.textContent(), '2 de 19 zonas marcadas');
    }
    const spanish = new Widget(page, 0, 'es');
    const resumen = await new Summary(spanish).open();
    assert.ok(await resumen.choice('cansancio?', 'Moderado – estaba ahí a menudo').isChecked());
    assert.deepEqual(
      (await events(page)).filter((event) => event.name === 'pain-guide:language').map((event) => event.detail),
      [{ lang: 'es' }],
    );

    await page.reload();
    const reloaded = await new Widget(page, 0, 'es').ready();
    assert.equal(await reloaded.root.getAttribute('lang'), 'es', "the patient's choice lasts for the visit");
    await reloaded.host.getByRole('button', { name: 'Read in English' }).click();
    const english = await new Widget(page, 0).ready();
    assert.deepEqual(await (await new PainMap(english).open()).markedPlaces(), ['Your left shoulder, pain 6 of 10']);
    assert.equal(await new Widget(page, 1).root.getAttribute('lang'), 'en');

    // The page's own language menu sets `lang` later: that newer choice wins over the switch's.
    await page.evaluate(() => { document.querySelector('#second').lang = 'es'; });
    assert.equal(await (await new Widget(page, 1, 'es').ready()).root.getAttribute('lang'), 'es');
    await page.reload();
    assert.equal(await (await new Widget(page, 0).ready()).root.getAttribute('lang'), 'en', "the page's lang again (two.html is English)");
    assert.deepEqual(page.problems, []);
  });
});

// The switch opened the Learn part on the `entry` attribute's topic: a patient who had gone on to
// another topic lost their place.
test('the switch opens the topic the patient was reading, or the list of topics with their search, and the map as they were looking at it, in the other language, with focus on the switch', async (t) => {
  await run(t, {}, async (page) => {
    await page.goto(url('/hosts/plain.html')); // entry="fibromyalgia"
    const english = await new Widget(page).ready();
    await english.back.click();
    await english.topic('Sleep apnea').click();
    // From the keyboard: focus comes back to the switch (it went to the page's top).
    await english.host.getByRole('button', { name: 'Leer en español' }).focus();
    await page.keyboard.press('Enter');
    const spanish = await new Widget(page, 0, 'es').ready();
    await spanish.title.filter({ hasText: 'Apnea del sueño' }).waitFor();
    await spanish.waitForFocus('English');
    // From another part, too: the topic waits in Learn. The map stays a list if it was one.
    const tab = (widget, name) => widget.host.getByRole('navigation').getByRole('button', { name });
    await tab(spanish, spanish.words.part_map).click();
    await spanish.host.getByRole('button', { name: 'Ver como lista' }).click();
    await spanish.host.getByRole('button', { name: 'Read in English' }).click();
    const back = await new Widget(page).ready();
    await back.heading('Where does it hurt?').waitFor();
    await back.host.getByRole('button', { name: 'Show the body' }).waitFor();
    assert.equal(await back.host.getByRole('checkbox', { name: 'Your neck' }).isChecked(), false, 'the list');
    await tab(back, 'Learn').click();
    assert.equal(await back.title.textContent(), 'Sleep apnea');
    await back.back.click();
    // What the patient typed in the search stays, and finds the other language's topics.
    await back.search.fill('apnea');
    await back.host.getByRole('button', { name: 'Leer en español' }).click();
    const searching = new Widget(page, 0, 'es');
    await searching.heading('Temas de salud de la A a la Z').waitFor();
    assert.equal(await searching.search.inputValue(), 'apnea');
    assert.deepEqual(await searching.topics(), ['Apnea del sueño']);
    assert.deepEqual(page.problems, []);
  });
});

test('on a phone, the switch keeps the figure turned to the back and the place the patient chose, open with its questions', async (t) => {
  await run(t, {}, async (page) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto(url('/hosts/plain.html'));
    const map = await new PainMap(await new Widget(page).ready()).open();
    await map.button('Show the back').click();
    await map.place('Your lower back', 'Back').click();
    await map.intensity(4).check();
    await map.host.getByRole('button', { name: 'Leer en español' }).click();
    const spanish = new PainMap(await new Widget(page, 0, 'es').ready());
    // Before, the figure came back turned to the front and the place's questions closed.
    await spanish.widget.heading('La parte baja de su espalda').waitFor();
    assert.deepEqual(await spanish.howMuch(), ['4']);
    await spanish.button('Ver el frente').waitFor();
    await spanish.widget.waitForFocus('English');
    assert.deepEqual(page.problems, []);
  });
});

// The other language is another download (117 KB), which a patchy connection can drop: the guide
// was replaced by "could not load" until the page was reloaded.
test('if the other language fails to download, the guide comes back in its own language where the patient was, and the switch tries again', async (t) => {
  const options = { expected: ['pain-guide: the widget could not load', 'ERR_CONNECTION_RESET', 'pain-guide-es'] };
  await run(t, options, async (page) => {
    await page.goto(url('/hosts/plain.html'));
    const widget = await new Widget(page).ready();
    const map = await new PainMap(widget).open();
    await map.place('Your left shoulder').click();
    const tries = await dropFirstRequest(page, 'pain-guide-es_bg.wasm');

    await widget.host.getByRole('button', { name: 'Leer en español' }).click();
    const english = await new Widget(page).ready();
    await english.heading('Where does it hurt?').waitFor();
    assert.equal(await english.root.getAttribute('lang'), 'en');
    assert.equal((await new PainMap(english).markedPlaces()).length, 1, 'the mark is still there');

    await english.host.getByRole('button', { name: 'Leer en español' }).click();
    const spanish = await new Widget(page, 0, 'es').ready();
    await spanish.heading('¿Dónde le duele?').waitFor();
    assert.equal(tries(), 2, 'downloaded again');
    assert.deepEqual(page.problems, []);
  });
});

test('Back to the page before (the browser kept it, or in Firefox loads it again): a language chosen on the next page holds there too', async (t) => {
  await run(t, {}, async (page) => {
    const [first, next] = [await keptPage('plain'), await keptPage('dark')];
    await page.goto(first);
    await new Widget(page).ready();
    await page.evaluate(() => { window.leftHere = true; });
    await page.goto(next);
    await (await new Widget(page).ready()).host.getByRole('button', { name: 'Leer en español' }).click();
    await new Widget(page, 0, 'es').ready();

    await back(page, '/kept/plain.html');
    assert.equal(await page.evaluate(() => window.leftHere), keepsGuidePages ? true : undefined, 'the browser brought the page back as it was, or (Firefox) loaded it again');
    const spanish = await new Widget(page, 0, 'es').ready();
    assert.equal(await spanish.title.textContent(), 'Fibromialgia');
    assert.deepEqual(page.problems, []);
  });
});

test('a page with a widget in each language: both show the same answers as the patient marks', async (t) => {
  await run(t, {}, async (page) => {
    addPage('/hosts/bilingual.html', `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Bilingual</title>
<script src="/cdn/pain-guide/v1/pain-guide.js" defer></script></head>
<body><pain-guide language-switch="hide"></pain-guide><pain-guide lang="es" language-switch="hide"></pain-guide></body>
</html>`);
    await page.goto(url('/hosts/bilingual.html'));
    const english = await new PainMap(await new Widget(page, 0).ready()).open();
    const spanish = await new PainMap(await new Widget(page, 1, 'es').ready()).open();
    await english.place('Your left shoulder').click();
    await english.intensity(6).check();
    await page.waitForFunction(() => document.querySelectorAll('pain-guide')[1].shadowRoot.querySelector('[aria-checked=true]'));
    assert.deepEqual(await spanish.markedPlaces(), ['Su hombro izquierdo, dolor 6 de 10']);
    await spanish.place('Su cuello').click();
    await english.count.filter({ hasText: '2 of 19' }).waitFor();
    assert.deepEqual((await english.markedPlaces()).sort(), ['Your left shoulder, pain 6 of 10', 'Your neck']);
    assert.deepEqual(page.problems, []);
  });
});

test('a clinic can hide the switch, handle the choice itself, or change lang from its own script', async (t) => {
  await run(t, {}, async (page) => {
    await page.goto(pageIn('/hosts/no-switch.html', 'en', 'language-switch="hide"'));
    const widget = await new Widget(page).ready();
    assert.deepEqual(await widget.host.getByRole('navigation').getByRole('button').allTextContents(), ['Learn', 'My pain map', 'Summary']);

    // The page's own script changes the language (e.g. its site-wide language menu).
    await page.evaluate(() => { document.querySelector('pain-guide').lang = 'es'; });
    const spanish = await new Widget(page, 0, 'es').ready();
    assert.equal(await spanish.root.getAttribute('lang'), 'es');
    assert.deepEqual(page.problems, []);
  });
  await run(t, {}, async (page) => {
    await page.goto(url('/hosts/plain.html'));
    const widget = await new Widget(page).ready();
    // A clinic with its own Spanish pages sends the patient there instead.
    await page.evaluate(() => document.addEventListener('pain-guide:language', (event) => {
      event.preventDefault();
      window.wanted = event.detail.lang;
    }));
    await widget.host.getByRole('button', { name: 'Leer en español' }).click();
    await page.waitForFunction(() => window.wanted === 'es');
    await page.waitForTimeout(300);
    assert.equal(await widget.root.getAttribute('lang'), 'en', 'cancelled: the widget stays in English');
    assert.deepEqual(page.problems, []);
  });
});

// The clinic's own words (its button's, its name as the logo's text) are in the element's
// language, as HTML has it for an element's attributes. In the other language's guide they stayed
// unmarked, so a screen reader read "Book a visit" with Spanish sounds (WCAG 3.1.2).
test("the clinic's button and logo keep the language they were written in, marked where the guide speaks another", async (t) => {
  await run(t, {}, async (page) => {
    const attributes = 'cta-text="Book a visit" cta-href="/book" clinic-name="Riverside Pain Clinic" logo-src="/clinic-logo.svg"';
    await page.goto(pageIn('/hosts/clinic-words.html', 'en-GB', attributes));
    const marks = (widget) => widget.host.evaluate((element) => ['.pg-cta', '.pg-logo', '.pg-failed .pg-cta']
      .map((selector) => element.shadowRoot.querySelector(selector).getAttribute('lang')));
    const english = await new Widget(page).ready();
    assert.deepEqual(await marks(english), [null, null, null], 'in English: the guide\'s own language');
    await english.host.getByRole('button', { name: 'Leer en español' }).click();
    const spanish = await new Widget(page, 0, 'es').ready();
    assert.deepEqual(await marks(spanish), ['en-GB', 'en-GB', 'en-GB'], 'in Spanish');
    assert.equal(await spanish.host.getByRole('link', { name: 'Book a visit' }).count(), 1);
    assert.deepEqual(page.problems, []);
  });
});

test('while the Spanish build loads, the reserved box says so in Spanish', async (t) => {
  await run(t, {}, async (page) => {
    const release = await holdRequests(page, '**/pain-guide-es_bg.wasm');
    await page.goto(pageIn('/hosts/spanish-loading.html', 'es'));
    const placeholder = new Widget(page, 0, 'es').placeholder;
    await placeholder.waitFor();
    assert.equal(await placeholder.textContent(), 'Cargando la guía para pacientes…');
    assert.equal(await placeholder.getAttribute('lang'), 'es');
    release();
    await new Widget(page, 0, 'es').ready();
    assert.deepEqual(page.problems, []);
  });
});

test("a clinic's content in two languages: each entry in the patient's, or the one it was written in, never blank", async (t) => {
  const file = '/hosts/clinic-two-languages.json';
  await run(t, { expected: [`content-src ${file}: entry "pacing" has no "es" text`] }, async (page) => {
    const warnings = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await page.goto(await strictHost('/hosts/spanish-clinic-content.html', `lang="es" content-src="${file}"`));
    const widget = await new Widget(page, 0, 'es').ready();
    await widget.topic('TENS (estimulación eléctrica)').waitFor();
    const untranslated = widget.host.locator('li', { has: page.getByRole('button', { name: 'Activity pacing', exact: true }) });
    assert.equal(await untranslated.getAttribute('lang'), 'en', 'read out as English');
    await widget.topic('Activity pacing').click();
    assert.equal(await widget.title.getAttribute('lang'), 'en');
    assert.equal(await widget.root.getAttribute('lang'), 'es', 'the widget around it stays Spanish');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(warnings, [`pain-guide: content-src ${file}: entry "pacing" has no "es" text; showing its "en" text.`]);
    assert.deepEqual(page.problems, []);
  });
  await run(t, {}, async (page) => {
    await page.goto(await strictHost('/hosts/english-clinic-content.html', `content-src="${file}"`));
    const widget = await new Widget(page).ready();
    await widget.topic('TENS').waitFor();
    await widget.topic('Activity pacing').waitFor();
    assert.deepEqual(page.problems, [], 'in English nothing is missing');
  });
});

// The clinic's content arrives after the widget in the other language has drawn: a clinic's topic
// was not there yet, so the switch showed the list of topics; and a clinic's `entry`, arriving,
// took over the topic the patient had gone on to.
test("the switch keeps a clinic's topic open, and the patient's own beside a clinic's entry", async (t) => {
  const file = '/hosts/clinic-two-languages.json';
  const expected = [`content-src ${file}: entry "pacing" has no "es" text`];
  await run(t, { expected }, async (page) => {
    const content = () => page.waitForResponse((response) => response.url().endsWith(file));
    await page.goto(await strictHost('/hosts/clinic-topic-switch.html', `content-src="${file}"`));
    const english = await new Widget(page).ready(); // no entry: the list of topics
    await english.topic('TENS').click();
    const arrived = content();
    await english.host.getByRole('button', { name: 'Leer en español' }).click();
    const spanish = await new Widget(page, 0, 'es').ready();
    await arrived;
    await spanish.title.filter({ hasText: 'TENS (estimulación eléctrica)' }).waitFor();

    await page.goto(await strictHost('/hosts/clinic-entry-switch.html', `entry="tens" content-src="${file}"`));
    const opened = await new Widget(page, 0, 'es').ready();
    await opened.title.filter({ hasText: 'TENS (estimulación eléctrica)' }).waitFor();
    await opened.back.click();
    await opened.topic('Apnea del sueño').click();
    const again = content();
    await opened.host.getByRole('button', { name: 'Read in English' }).click();
    const inEnglish = await new Widget(page).ready();
    await again;
    await page.waitForTimeout(300); // for the content to be read and drawn: nothing else shows it
    assert.equal(await inEnglish.title.textContent(), 'Sleep apnea');
    assert.deepEqual(page.problems, []);
  });
});

test("the browser's page translation leaves the widget alone, in either language, and the page's own text translatable", async (t) => {
  await run(t, {}, async (page) => {
    // A translator swaps text nodes for its own, while Yew keeps updating the ones it made: the
    // count stayed "0 of 19 areas marked" as places were marked. Every translator honours
    // translate="no" (and Google's the class notranslate).
    await page.goto(url('/hosts/two.html'));
    await new Widget(page, 0).ready();
    await new Widget(page, 1).ready();
    const english = new Widget(page, 0);
    await new PainMap(english).open();
    await english.host.evaluate((host) => host.setAttribute('lang', 'es'));
    await new Widget(page, 0, 'es').ready();
    const report = await page.evaluate(() => ({
      page: document.querySelector('h1').translate,
      widgets: [...document.querySelectorAll('pain-guide')].map((host) => {
        const texts = [...host.shadowRoot.querySelectorAll('.pg-root[role=region] *')].filter((element) => element.childElementCount === 0 && element.textContent.trim());
        return { lang: host.shadowRoot.querySelector('.pg-root').lang, texts: texts.length, translatable: texts.filter((element) => element.translate).length };
      }),
    }));
    assert.equal(report.page, true, "the page's own text stays translatable");
    assert.deepEqual(report.widgets.map(({ lang, translatable }) => [lang, translatable]), [['es', 0], ['en', 0]]);
    assert.ok(report.widgets.every(({ texts }) => texts >= 10), JSON.stringify(report));
  });
});
