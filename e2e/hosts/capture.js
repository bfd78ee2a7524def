// Records the widget's events on every host page (e2e/support/browser.mjs runs it first in
// Chromium and Firefox), and, for a browser whose driver cannot read the console (WebKit over
// classic WebDriver, whose tests load it first on each page), what the page reports as a problem.
window.pageProblems = [];
window.painGuideEvents = [];
(() => {
  const note = (kind, text) => window.pageProblems.push(`${kind}: ${text}`);
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = function (...args) {
      note(`console.${level}`, args.map(String).join(' '));
      return original.apply(this, args);
    };
  }
  // Capturing, so a script, sheet or image that fails to load is noted too.
  addEventListener('error', (event) => note('error', event.message || `failed to load ${event.target.src || event.target.href}`), true);
  addEventListener('unhandledrejection', (event) => note('unhandled rejection', String(event.reason)));
  document.addEventListener('securitypolicyviolation', (event) => note('CSP', `${event.violatedDirective} blocked ${event.blockedURI}`), true);
  for (const name of ['pain-guide:ready', 'pain-guide:load-error', 'pain-guide:language']) {
    document.addEventListener(name, (event) => window.painGuideEvents.push({ name, detail: event.detail }));
  }
})();
