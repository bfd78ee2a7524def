// Size and speed benchmark (a measurement, not a test): `./dev bench` after a release build.
//   node e2e/bench.mjs [--rounds 9] [--cpu 4]
// Prints raw/gzip/brotli bytes of every file in dist/, then, over fresh browser contexts, the time
// from navigation and from the loader's start to the widget's first render (`pain-guide:ready`).
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

const median = (values) => quantile(values, 0.5);
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

async function firstRender(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (CPU_SLOWDOWN > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  }
  await page.addInitScript(() => {
    document.addEventListener('pain-guide:ready', () => performance.mark('pain-guide:ready'), { once: true });
  });
  await page.goto(url);
  const timing = await page.evaluate(async () => {
    while (!performance.getEntriesByName('pain-guide:ready').length) await new Promise((r) => setTimeout(r, 10));
    const at = (name) => performance.getEntriesByName(name)[0].startTime;
    const wasm = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('.wasm'));
    return {
      navigation: at('pain-guide:ready'),
      script: at('pain-guide:ready') - at('pain-guide:start'),
      wasm: at('pain-guide:ready') - wasm.responseEnd,
    };
  });
  await context.close();
  return timing;
}

sizes();
const server = await startServer();
const browser = await launch();
try {
  const rounds = [];
  for (let round = 0; round <= ROUNDS; round++) {
    const timing = await firstRender(browser, `${server.url}/hosts/plain.html`);
    if (round > 0) rounds.push(timing); // round 0 warms the server and the browser
  }
  console.log(`\nfirst render, ${ROUNDS} rounds, fresh context each, CPU slowdown ${CPU_SLOWDOWN}x (ms):`);
  for (const [key, label] of [
    ['navigation', 'navigation start → first render'],
    ['script', 'pain-guide.js start → first render'],
    ['wasm', '.wasm received → first render'],
  ]) {
    const values = rounds.map((timing) => timing[key]);
    console.log(`${label.padEnd(38)} median ${median(values).toFixed(1).padStart(7)}   p95 ${quantile(values, 0.95).toFixed(1).padStart(7)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
