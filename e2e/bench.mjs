// Size and speed benchmark (a measurement, not a test): `./dev bench` after a release build.
//   node e2e/bench.mjs [--rounds 9] [--cpu 4] [--clicks 100] [--click-pages 4]   (--cpu 1: no slowdown)
// Prints raw/gzip/brotli bytes of every file in dist/, then, over fresh browser contexts, the time
// from navigation and from the loader's start to the widget's first render (`pain-guide:ready`),
// against a static-HTML baseline page with the same text (its first contentful paint), measured
// in the same rounds in alternating order; then click-to-paint over 100 clicks on the body map,
// against the same clicks on a static copy of the map's SVG whose only script toggles a class
// (in four fresh contexts a side, alternating too). Each ratio is given as the medians' ratio and,
// to show the machine's spread, round by round (page by page for clicks).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startServer } from './server.mjs';
import { launch } from './support/browser.mjs';
import { PAGE_FILES } from '../tools/policy.mjs';

const { values: options } = parseArgs({
  options: {
    rounds: { type: 'string', default: '9' },
    cpu: { type: 'string', default: '4' }, // the issue's phone: 4x CPU slowdown
    clicks: { type: 'string', default: '100' },
    'click-pages': { type: 'string', default: '4' },
  },
});
const CLICKS = Number(options.clicks);
const ROUNDS = Number(options.rounds);
const CPU_SLOWDOWN = Number(options.cpu);
const CLICK_PAGES = Number(options['click-pages']);
const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

function sizes() {
  const row = (name, raw, gzip, brotli) =>
    `${name.padEnd(30)} ${String(raw).padStart(9)} ${String(gzip).padStart(9)} ${String(brotli).padStart(9)}`;
  console.log(row('file (bytes)', 'raw', 'gzip -9', 'brotli 11'));
  const totals = Object.fromEntries(Object.keys(PAGE_FILES).map((lang) => [lang, [0, 0, 0]]));
  for (const file of readdirSync(DIST).filter((name) => statSync(DIST + name).isFile()).sort()) {
    const data = readFileSync(DIST + file);
    const measured = [
      data.length,
      gzipSync(data, { level: 9 }).length,
      brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    ];
    for (const [lang, files] of Object.entries(PAGE_FILES)) {
      if (files.includes(file)) measured.forEach((bytes, i) => (totals[lang][i] += bytes));
    }
    console.log(row(file, ...measured));
  }
  for (const [lang, total] of Object.entries(totals)) console.log(row(`= a page in ${lang} loads`, ...total));
}

/** The fibromyalgia entry as plain static HTML: what the widget is measured against. */
function baselinePage() {
  const { entries } = JSON.parse(readFileSync(new URL('../content/en/glossary.json', import.meta.url), 'utf8'));
  const entry = entries.find((candidate) => candidate.id === 'fibromyalgia');
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const words = (text) => escape(text.replace(/\[\[[a-z0-9-]+\|([^\]]+)\]\]/g, '$1').replace(/\[\[([a-z0-9-]+)\]\]/g, '$1'));
  const blocks = entry.sections
    .map((section) => `<section><h3>${escape(section.heading)}</h3>${section.blocks
      .map((block) => (block.paragraph ? `<p>${words(block.paragraph)}</p>` : block.list ? `<ul>${block.list.map((item) => `<li>${words(item)}</li>`).join('')}</ul>` : ''))
      .join('')}</section>`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Baseline</title></head>
    <body><main><h1>Plain host page</h1><article style="height:40em;overflow:auto;border:1px solid #b7c6cc;font:medium/1.5 system-ui">
    <h2>${escape(entry.title)}</h2><p>${escape(entry.summary)}</p>${blocks}</article></main></body></html>`;
}

const median = (values) => quantile(values, 0.5);

/**
 * Prints the widget / baseline ratio of each round (or page pair) measured side by side: a slow
 * spell of the machine falls on both of a pair, so these spread less than the medians' ratio
 * from run to run.
 */
function pairedRatios(ratios, unit = 'round') {
  const shown = ratios.map((ratio) => ratio.toFixed(2)).join(' ');
  console.log(`widget / baseline ${unit} by ${unit}: median ${median(ratios).toFixed(2)}× (${shown})`);
}
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

/** A fresh context and page, CPU-throttled as asked, recording each click's time to paint. */
async function freshPage(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (CPU_SLOWDOWN > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  }
  await page.addInitScript(() => {
    document.addEventListener('pain-guide:ready', () => performance.mark('pain-guide:ready'), { once: true });
    // Click-to-paint: from the input event to just after the frame that shows its effect
    // (rAF runs before that frame is painted; the timeout after it).
    window.clickToPaint = [];
    document.addEventListener('click', (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => setTimeout(() => window.clickToPaint.push(performance.now() - start)));
    }, true);
  });
  return { context, page };
}

async function firstRender(browser, url, baseline) {
  const { context, page } = await freshPage(browser);
  await page.goto(url);
  const timing = await page.evaluate(async (baseline) => {
    const paint = () => performance.getEntriesByName('first-contentful-paint')[0];
    const done = baseline ? paint : () => performance.getEntriesByName('pain-guide:ready')[0];
    while (!done()) await new Promise((r) => setTimeout(r, 10));
    if (baseline) return { navigation: paint().startTime };
    const at = (name) => performance.getEntriesByName(name)[0].startTime;
    const wasm = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('.wasm'));
    return {
      navigation: at('pain-guide:ready'),
      script: at('pain-guide:ready') - at('pain-guide:start'),
      wasm: at('pain-guide:ready') - wasm.responseEnd,
    };
  }, baseline);
  if (!baseline) timing.clicks = await clickToPaint(page);
  await context.close();
  return timing;
}

/** The map's places on the front figure, and its SVG markup, as the widget draws them. */
async function mapMarkup(browser, url) {
  const { context, page } = await freshPage(browser);
  await page.goto(url);
  const host = page.locator('pain-guide').first();
  await host.getByRole('navigation').getByRole('button', { name: 'My pain map' }).click();
  await host.locator('#pg-front-neck').waitFor();
  const markup = await host.evaluate((element) => {
    const figure = element.shadowRoot.querySelector('.pg-figure');
    return { svg: figure.innerHTML, ids: [...figure.querySelectorAll('[id^=pg-front-]')].map((place) => place.id) };
  });
  await context.close();
  return markup;
}

/** The map's SVG as a static page: a click toggles a place's class, and nothing else runs. */
function baselineMapPage(svg) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Baseline map</title>
    <style>.map svg{width:12em}.pg-site{fill:#fff;stroke:#39494f}.pg-site.marked{fill:#0b7a75;stroke-width:3}</style></head>
    <body><div class="map">${svg}</div>
    <script>document.addEventListener('click', (e) => e.target.closest('.pg-site')?.classList.toggle('marked'));</script></body></html>`;
}

/** `clicks` real (CDP) clicks over the places `ids` (round and round): each one's click-to-paint. */
async function clickRun(browser, url, ids, widget, clicks) {
  const { context, page } = await freshPage(browser);
  await page.goto(url);
  const within = widget ? page.locator('pain-guide').first() : page;
  if (widget) {
    await within.getByRole('navigation').getByRole('button', { name: 'My pain map' }).click();
    await within.locator(`#${ids[0]}`).waitFor();
  }
  await page.evaluate(() => { window.clickToPaint = []; });
  for (let click = 0; click < clicks; click++) await within.locator(`#${ids[click % ids.length]}`).click();
  await page.waitForFunction((n) => window.clickToPaint.length >= n, clicks);
  const times = await page.evaluate(() => window.clickToPaint);
  await context.close();
  return times;
}

/** Opens the body map and marks five places with real (CDP) clicks: each one's click-to-paint. */
async function clickToPaint(page) {
  const host = page.locator('pain-guide').first();
  await host.getByRole('navigation').getByRole('button', { name: 'My pain map' }).click();
  for (const place of ['shoulder-left', 'shoulder-right', 'neck', 'upper-leg-left', 'lower-arm-right']) {
    await host.locator(`#pg-front-${place}`).click();
  }
  await page.waitForFunction(() => window.clickToPaint.length >= 6);
  return page.evaluate(() => window.clickToPaint.slice(1)); // the first click opened the map
}

sizes();
const server = await startServer();
const browser = await launch();
try {
  server.addPage('/hosts/baseline.html', baselinePage());
  // The ratios below move with the machine as well as the build: say which one measured them.
  const cores = cpus();
  console.log(`\nmeasured in ${browser.browserType().name()} ${browser.version()}, on ${cores.length} × ${cores[0]?.model.trim()}`);
  const rounds = [];
  const baselineRounds = [];
  for (let round = 0; round <= ROUNDS; round++) {
    // Alternate which page goes first, so neither always meets a warmer browser.
    const order = round % 2 ? ['baseline', 'widget'] : ['widget', 'baseline'];
    for (const which of order) {
      const timing = which === 'widget'
        ? await firstRender(browser, `${server.url}/hosts/plain.html`, false)
        : await firstRender(browser, `${server.url}/hosts/baseline.html`, true);
      if (round === 0) continue; // round 0 warms the server and the browser
      (which === 'widget' ? rounds : baselineRounds).push(timing);
    }
  }
  console.log(`\nfirst render, ${ROUNDS} rounds, fresh context each, CPU slowdown ${CPU_SLOWDOWN}x (ms):`);
  const line = (label, values) =>
    console.log(`${label.padEnd(50)} median ${median(values).toFixed(1).padStart(7)}   p95 ${quantile(values, 0.95).toFixed(1).padStart(7)}`);
  line('widget: navigation start → first render', rounds.map((timing) => timing.navigation));
  line('widget: pain-guide.js start → first render', rounds.map((timing) => timing.script));
  line('widget: .wasm received → first render', rounds.map((timing) => timing.wasm));
  line('widget: click on the map → next frame painted', rounds.flatMap((timing) => timing.clicks));
  const baseline = baselineRounds.map((timing) => timing.navigation);
  line('baseline (static HTML): first contentful paint', baseline);
  const ratio = median(rounds.map((timing) => timing.navigation)) / median(baseline);
  console.log(`widget / baseline (medians): ${ratio.toFixed(2)}× (target ≤ 2×)`);
  pairedRatios(rounds.map((timing, round) => timing.navigation / baseline[round]));

  const { svg, ids } = await mapMarkup(browser, `${server.url}/hosts/plain.html`);
  server.addPage('/hosts/baseline-map.html', baselineMapPage(svg));
  // The clicks spread over fresh pages (four a side unless asked), in alternating order like the
  // rounds above, so a slower spell of the machine falls on both pages alike.
  const widgetClicks = [];
  const baselineClicks = [];
  const pageRatios = [];
  const clicks = Math.ceil(CLICKS / CLICK_PAGES);
  for (let round = 0; round < CLICK_PAGES; round++) {
    const order = round % 2 ? [false, true] : [true, false];
    for (const widget of order) {
      const times = widget
        ? await clickRun(browser, `${server.url}/hosts/plain.html`, ids, true, clicks)
        : await clickRun(browser, `${server.url}/hosts/baseline-map.html`, ids, false, clicks);
      (widget ? widgetClicks : baselineClicks).push(...times);
    }
    pageRatios.push(median(widgetClicks.slice(-clicks)) / median(baselineClicks.slice(-clicks)));
  }
  console.log(`\nclick-to-paint, ${widgetClicks.length} clicks over the ${ids.length} places of the front figure in ${CLICK_PAGES} fresh contexts a side, CPU slowdown ${CPU_SLOWDOWN}x (ms):`);
  line('widget: click on a place → next frame painted', widgetClicks);
  line('baseline (static SVG, a class toggled)', baselineClicks);
  const clickRatio = median(widgetClicks) / median(baselineClicks);
  console.log(`widget / baseline (medians): ${clickRatio.toFixed(2)}× (target ≤ 1.25×; p95 target ≤ 100 ms)`);
  pairedRatios(pageRatios, 'page');
} finally {
  await browser.close();
  await server.close();
}
