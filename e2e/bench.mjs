// Size and speed benchmark (a measurement, not a test): `./dev bench` after a release build.
//   node e2e/bench.mjs [--rounds 9] [--cpu 4]
// Prints raw/gzip/brotli bytes of every file in dist/, then, over fresh browser contexts, the time
// from navigation and from the loader's start to the widget's first render (`pain-guide:ready`),
// against a static-HTML baseline page with the same text (its first contentful paint), measured
// in the same rounds in alternating order.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startServer } from './server.mjs';
import { launch } from './support/browser.mjs';
import { EMBED_FILES } from '../tools/policy.mjs';

const { values: options } = parseArgs({
  options: { rounds: { type: 'string', default: '9' }, cpu: { type: 'string', default: '1' } },
});
const ROUNDS = Number(options.rounds);
const CPU_SLOWDOWN = Number(options.cpu);
const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

function sizes() {
  const row = (name, raw, gzip, brotli) =>
    `${name.padEnd(30)} ${String(raw).padStart(9)} ${String(gzip).padStart(9)} ${String(brotli).padStart(9)}`;
  console.log(row('file (bytes)', 'raw', 'gzip -9', 'brotli 11'));
  const total = [0, 0, 0];
  for (const file of readdirSync(DIST).filter((name) => statSync(DIST + name).isFile()).sort()) {
    const data = readFileSync(DIST + file);
    const measured = [
      data.length,
      gzipSync(data, { level: 9 }).length,
      brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    ];
    if (EMBED_FILES.includes(file)) measured.forEach((bytes, i) => (total[i] += bytes));
    console.log(row(file, ...measured));
  }
  console.log(row('= what a clinic page loads', ...total));
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
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

async function firstRender(browser, url, baseline) {
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
} finally {
  await browser.close();
  await server.close();
}
