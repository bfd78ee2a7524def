// Reproduces WebKit's occasional trap (README, "Why once"), a diagnosis and not a test:
//   node e2e/webkit/trap_repro.mjs [rounds]        (after a release build; default 300 rounds)
// Each round is a fresh WebKit browser on the plain host page opened at the topics, where eight
// words are typed into the search key by key. A round whose page reports a problem prints it with
// the error's stack (wasm function numbers: `wasm-opt --print-function-map` on a build with names
// maps them) and what the search saw: each input's value and each render of the count, in ms,
// then what the stopped copy told the loader of where the patient was (`place`).
// The trap needs a busy processor (two `while :; do :; done` loops beside it on two cores: about
// one round in 100 to 300). JavaScriptCore's options come from the environment, e.g.
// `JSC_useBBQJIT=0 JSC_useOMGJIT=0` (its interpreter only).
import { readFile } from 'node:fs/promises';
import { Session, startDriver, withRecorder } from '../support/webkit.mjs';
import { startServer } from '../server.mjs';

const ROUNDS = Number(process.argv[2] ?? 300);
const WORDS = ['noradrenaline', 'sleep', 'fog', 'tender', 'pacing', 'pain', 'stiff', 'serotonin'];

/**
 * In the page, once the widget is drawn: records the search's inputs, the renders of its count and
 * what the stopped copy's `place()` tells the loader when it starts the widget again (or its error).
 */
async function traceSearch() {
  window.searchTrace = [];
  const start = performance.now();
  const note = (...what) => window.searchTrace.push([Math.round(performance.now() - start), ...what]);
  const root = widget();
  const status = root.querySelector('#pg-search-status');
  root.addEventListener('input', (event) => note('input', event.composedPath()[0].value), true);
  new MutationObserver(() => note('render', status.textContent)).observe(status, { childList: true, characterData: true, subtree: true });
  const loader = document.querySelector('script[src*="pain-guide.js"]').src;
  const { WidgetHandle } = await import(new URL('pain-guide-en.js', loader).href);
  const place = WidgetHandle.prototype.place;
  WidgetHandle.prototype.place = function () {
    try {
      const where = place.call(this);
      note('place', where);
      return where;
    } catch (error) {
      note('place failed', String(error));
      throw error;
    }
  };
}

const server = await startServer();
const driver = await startDriver();
const plain = await readFile(new URL('../hosts/plain.html', import.meta.url), 'utf8');
const page = withRecorder(plain, `
  <script>addEventListener('error', (event) => { window.errorStack = event.error?.stack; }, true);</script>`)
  .replace(/<pain-guide[^>]*>/, '<pain-guide start="learn">');
server.addPage('/trap-repro.html', page);
let traps = 0;
const began = Date.now();
try {
  for (let round = 1; round <= ROUNDS; round++) {
    const session = await Session.open(driver.url).catch(() => Session.open(driver.url));
    try {
      await session.goto(`${server.url}/trap-repro.html`);
      await session.ready();
      await session.runAsync(traceSearch);
      for (const word of WORDS) {
        // A trap restarts the widget, whose new field `type` may then miss: the page says why.
        await session.type('#pg-search', word).catch(() => {});
        const problems = await session.problems();
        if (problems.length) {
          traps++;
          const [stack, trace] = await session.run(() => [window.errorStack, window.searchTrace]);
          console.log(`round ${round}, typing "${word}":\n${problems.join('\n')}\n${stack}\n${JSON.stringify(trace)}`);
          break;
        }
      }
    } finally {
      await session.close().catch(() => {});
    }
    if (round % 25 === 0) console.log(`${round} rounds, ${traps} with a trap, ${Math.round((Date.now() - began) / 1000)} s`);
  }
  console.log(`${ROUNDS} rounds, ${traps} with a trap`);
} finally {
  // A round that cannot even start (no widget drawn) ends the run; the browsers and Xvfb go too.
  driver.close();
  await server.close();
}
