// For a browser whose driver cannot read the console (WebKit over classic WebDriver): the WebKit
// tests load this first on each host page, and it records what the page reports as a problem
// and the widget's events, as the other browsers' driver does (e2e/support/browser.mjs).
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
