// The strictest Content-Security-Policy the widget works under, Trusted Types included (its one
// policy, `pain-guide`, passes the loader its own scripts' addresses and puts the clinician sheet
// into the print frame). The README, the demo
// pages' meta tags, the rendered guide page, the test server and the release manifest all use
// this one string (tests check the first two).
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; object-src 'none'; require-trusted-types-for 'script'; trusted-types pain-guide";

/**
 * What a clinic page downloads for the widget, by the language its patient reads: the loader,
 * then that language's build (an ES-module glue and its wasm).
 */
export const PAGE_FILES = {
  en: ['pain-guide.js', 'pain-guide-en.js', 'pain-guide-en_bg.wasm'],
  es: ['pain-guide.js', 'pain-guide-es.js', 'pain-guide-es_bg.wasm'],
};
/** The widget's files a clinic hosts: the loader and every language's build. */
export const EMBED_FILES = [...new Set(Object.values(PAGE_FILES).flat())];
/** The "For your appointment" tools, downloaded only when a patient first uses one. */
export const ON_DEMAND_FILES = ['pain-guide-hand-off.js', 'pain-guide-hand-off_bg.wasm'];
/** For the clinic's records system, never loaded by the widget: the FHIR R4 Questionnaire its answers refer to. */
export const REFERENCE_FILES = ['pain-guide-questionnaire.json'];
/**
 * The theme editor, uploaded with the files for the clinic's marketing staff; never loaded by a
 * clinic page. Its page first.
 */
export const EDITOR_FILES = ['editor.html', 'editor.js', 'editor.css', 'pain-guide-editor.js', 'pain-guide-editor_bg.wasm'];
