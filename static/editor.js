// The theme editor: the form's settings go to the two real widgets as attributes (so what you
// see is what patients get), and to the widget's own Rust code (pain-guide-editor.wasm) for the
// contrast report and the element to paste. Nothing here is part of what a clinic page loads.
import init, { theme_report as themeReport } from './pain-guide-editor.js';

const form = document.getElementById('theme-form');
const previews = [...document.querySelectorAll('.previews pain-guide')];
const $ = (id) => document.getElementById(id);

/** The form's settings, by attribute name: only what is filled in (and colours that are ticked). */
function settings() {
  const chosen = {};
  for (const field of form.querySelectorAll('[name]')) {
    if ((field.type === 'radio' || field.type === 'checkbox') && !field.checked) continue;
    if (field.type === 'color' && !form.querySelector(`[data-colour="${field.name}"]`).checked) continue;
    const value = field.value.trim();
    if (value) chosen[field.name] = value;
  }
  return chosen;
}

/** Puts the settings the widget accepted into the form (a theme file being opened). */
function fill(accepted, colours) {
  form.reset();
  for (const [name, value] of Object.entries(accepted)) {
    for (const field of form.querySelectorAll(`[name="${CSS.escape(name)}"]`)) {
      if (field.type === 'radio' || field.type === 'checkbox') field.checked = field.value === value;
      else if (field.type === 'color') {
        field.value = colours[name];
        form.querySelector(`[data-colour="${name}"]`).checked = true;
      } else field.value = value;
    }
  }
}

const settingNames = [...new Set([...form.querySelectorAll('[name]')].map((field) => field.name))];
// The field being typed in: its problem waits until the edit is done (its change event), so "5",
// on the way to "560", is not announced as refused; the previews still follow every key.
let typing = null;
// Addresses the previews fetch: given to them when typed, not at each key ("/i", "/im", … each a
// request for an image that is not there).
const fetched = new Set(['logo-src']);
// The release's script line, once the loader's hash is worked out.
let scriptLine = '';

// This page's copy in a clinic's uploaded release folder (…/pain-guide/0.1.0/editor.html, or a
// pre-release's 0.2.0-rc.1/) sits beside the files its snippet loads, so the snippet can give
// their address, and an address on the site loads here. The demo's copy cannot know where a
// clinic will put them. Nor can the folder's copy tried on this computer first (from a local
// server, as the clinic guide suggests, or as a file): this computer's address, pasted into the
// site, would load the guide only where the editor ran, while its server runs.
const inVersionFolder = /\/\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\/$/.test(new URL('.', location.href).pathname);
const onThisComputer = location.protocol === 'file:' || /^(localhost|.+\.localhost|0\.0\.0\.0|127\.0\.0\.1|\[::1\])$/.test(location.hostname);
const onClinicSite = inVersionFolder && !onThisComputer;
const shownOn = onClinicSite ? 'clinic-site' : inVersionFolder ? 'this-computer' : 'demo';
for (const element of document.querySelectorAll('[data-shown-on]')) {
  element.hidden = !element.dataset.shownOn.split(' ').includes(shownOn);
}

// The logo's address as last tried here, and whether it loaded. The previews hide a logo that
// cannot load (the console alone says so): the list says it, with what to do.
const logo = { src: null, failed: false };
function checkLogo(src) {
  if (src === logo.src) return;
  Object.assign(logo, { src, failed: false });
  if (!src) return;
  const image = new Image();
  image.onerror = () => {
    if (logo.src !== src) return; // another address since
    logo.failed = true;
    update();
  };
  image.src = src;
}

/** Applies the form to the previews, report and snippet; `opened`: problems of a file just opened. */
function update(opened = []) {
  const report = JSON.parse(themeReport(JSON.stringify(settings())));
  report.problems.unshift(...opened);
  if (typing !== 'logo-src') checkLogo(report.accepted['logo-src']);
  if (logo.failed) {
    report.problems.push({
      setting: 'logo-src',
      text: `The logo at "${logo.src}" could not be loaded here. ` + (!logo.src.startsWith('/')
        ? 'Check the address.'
        : onClinicSite
          // Uploaded to a CDN rather than the clinic's own site, "here" is not the site.
          ? `An address starting with / is on the site this editor is on, ${location.host}: check that the logo is there, or give its full address (https://…).`
          : 'An address on your own site (starting with /) loads only there: to see the logo here, give its full address (https://…).'),
    });
  }
  // The previews get what the snippet holds, so they show exactly what a clinic page will.
  for (const preview of previews) {
    for (const name of settingNames) {
      if (name === typing && fetched.has(name)) continue;
      if (name in report.accepted) preview.setAttribute(name, report.accepted[name]);
      else preview.removeAttribute(name);
    }
  }
  // An unticked colour's picker shows the colour in use, so ticking it starts from there.
  for (const [name, colour] of Object.entries(report.colours)) {
    if (!form.querySelector(`[data-colour="${name}"]`).checked) form.querySelector(`input[name="${name}"]`).value = colour;
  }
  showReport(report);
  $('snippet').value = [scriptLine, report.element].filter(Boolean).join('\n');
  return report;
}

let shownProblems = '';
function showReport({ problems, palettes }) {
  const texts = problems.filter(({ setting }) => setting !== typing).map(({ text }) => text);
  // The list is a status region: redrawn only when it says something new, or a screen reader
  // would read the same problems out again at each key pressed in any field.
  if (texts.join('\n') !== shownProblems) {
    shownProblems = texts.join('\n');
    const list = document.createElement('ul');
    for (const text of texts) list.append(Object.assign(document.createElement('li'), { textContent: text }));
    $('problems').replaceChildren(...(texts.length ? [list] : []));
  }

  $('palettes').replaceChildren(...palettes.map(({ preset, adjustments, pairs }) => {
    const section = document.createElement('section');
    const failing = pairs.filter((pair) => !pair.passes).length;
    section.append(Object.assign(document.createElement('h3'), {
      textContent: `${palettes.length > 1 ? `The ${preset} colours` : 'Colours'}: ${failing ? `${failing} pairs fail` : 'every pair passes WCAG AA'}`,
    }));
    if (adjustments.length) {
      section.append(Object.assign(document.createElement('p'), { textContent: 'The guide changed your colours so patients can read them:' }));
      const changes = document.createElement('ul');
      for (const change of adjustments) changes.append(Object.assign(document.createElement('li'), { textContent: change }));
      section.append(changes);
    }
    const table = document.createElement('table');
    table.innerHTML = '<thead><tr><th scope="col">What</th><th scope="col">Colours</th><th scope="col">Contrast</th><th scope="col">Needs</th><th scope="col">Result</th></tr></thead>';
    const body = table.createTBody();
    for (const pair of pairs) {
      const row = body.insertRow();
      const swatch = (colour) => {
        const chip = Object.assign(document.createElement('span'), { className: 'chip', title: colour });
        chip.dataset.colour = colour;
        return chip;
      };
      row.insertCell().textContent = pair.what;
      const colours = row.insertCell();
      colours.append(swatch(pair.foreground), ` ${pair.foreground} on `, swatch(pair.background), ` ${pair.background}`);
      row.insertCell().textContent = `${pair.ratio}:1`;
      row.insertCell().textContent = `${pair.minimum}:1`;
      row.insertCell().textContent = pair.passes ? 'Pass' : 'Fail';
    }
    // On a phone the table scrolls sideways in its own box, rather than breaking its words.
    const scroller = Object.assign(document.createElement('div'), { className: 'table-scroll', tabIndex: 0 });
    scroller.setAttribute('role', 'region');
    scroller.setAttribute('aria-label', section.firstChild.textContent);
    scroller.append(table);
    section.append(scroller);
    return section;
  }));
  paintSwatches();
}

// Swatch colours go through the CSS object model: inline style= is blocked by the page's policy.
const swatchSheet = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, swatchSheet];
function paintSwatches() {
  const colours = new Set([...document.querySelectorAll('.chip')].map((chip) => chip.dataset.colour));
  // Report colours are always #rrggbb (the Rust code writes them), so they are safe in a rule.
  swatchSheet.replaceSync([...colours].filter((c) => /^#[0-9a-f]{6}$/.test(c))
    .map((c) => `.chip[data-colour="${c}"]{background:${c}}`).join('\n'));
}

/**
 * The script line as `./dev release` prints it (this version, and the loader's hash), with this
 * site's address on a clinic's site.
 */
async function releaseScriptLine() {
  await customElements.whenDefined('pain-guide');
  const loader = await (await fetch('pain-guide.js')).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', loader));
  const integrity = 'sha384-' + btoa(String.fromCharCode(...digest));
  const src = onClinicSite ? new URL('pain-guide.js', location.href).href : `https://YOUR-SITE/pain-guide/${previews[0].version}/pain-guide.js`;
  return `<script src="${src}" integrity="${integrity}" crossorigin="anonymous"></script>`;
}

$('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText($('snippet').value);
    $('copy-status').textContent = 'Copied. Paste it into your page.';
  } catch {
    $('snippet').select();
    $('copy-status').textContent = 'This browser did not let the page copy: the snippet is selected, press Ctrl+C (or ⌘C).';
  }
});

$('export').addEventListener('click', () => {
  const file = new Blob([JSON.stringify(settings(), null, 2) + '\n'], { type: 'application/json' });
  const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(file), download: 'pain-guide-theme.json' });
  link.click();
  URL.revokeObjectURL(link.href);
  $('file-status').textContent = 'Saved as pain-guide-theme.json.';
});

$('import').addEventListener('change', async (event) => {
  const [file] = event.target.files;
  if (!file) return;
  let chosen;
  try {
    chosen = JSON.parse(await file.text());
  } catch (error) {
    $('file-status').textContent = `That file is not a theme file (${error.message}). Nothing was changed.`;
    return;
  }
  // The widget's own code decides what is usable; colours come back as #rrggbb for the pickers.
  const { problems, accepted, colours } = JSON.parse(themeReport(JSON.stringify(chosen)));
  fill(accepted, colours);
  update(problems);
  $('file-status').textContent = problems.length
    ? `Opened ${file.name}, except what the list under "Can patients read it?" explains.`
    : `Opened ${file.name}.`;
});

await init();
form.addEventListener('input', (event) => {
  typing = event.target.matches('input[type=text], input[type=number]') ? event.target.name : null;
  update();
});
form.addEventListener('change', () => {
  typing = null;
  update();
});
update();
scriptLine = await releaseScriptLine();
update();
document.body.dataset.ready = 'true';
