// The strictest Content-Security-Policy the widget works under. The README, the demo page's meta
// tag, the rendered guide page, the test server and the release manifest all use this one string
// (tests check the first two).
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; object-src 'none'";

/** What a clinic page downloads for the widget: the loader, the ES-module glue, the wasm. */
export const EMBED_FILES = ['pain-guide.js', 'pain-guide-widget.js', 'pain-guide-widget_bg.wasm'];
/** The "For your appointment" tools, downloaded only when a patient first uses one. */
export const ON_DEMAND_FILES = ['pain-guide-hand-off.js', 'pain-guide-hand-off_bg.wasm'];
/** For the clinic's records system, never loaded by the widget: the FHIR R4 Questionnaire its answers refer to. */
export const REFERENCE_FILES = ['pain-guide-questionnaire.json'];
