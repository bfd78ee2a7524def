//! Pain Guide: a patient-education widget (glossary + body map) that clinics embed with one
//! script tag. The small JS loader (`static/pain-guide.js`) defines `<pain-guide>` and calls
//! [`embed::mount`] for each element.
//!
//! Layout: pure, DOM-free logic lives in [`config`], [`glossary::model`], [`scoring`], the body
//! map's geometry, navigation and storage ([`body_map`]), [`theme`] and [`i18n`], and is tested
//! natively; the parts ([`glossary`]'s Learn, [`body_map`]'s pain map, [`summary`]) are view
//! functions over it, with their state held by the one component, [`app`]; the browser glue
//! (shadow root, adopted stylesheet, events, the answers store) is [`embed`].

pub mod app;
pub mod body_map;
pub mod config;
pub mod embed;
pub mod glossary;
pub mod html;
pub mod i18n;
/// The widget's JSON value with a writer and a reader (content files, stored answers, theme
/// settings).
///
/// Why not serde: decoding the content model through serde cost 11 KB gzip of wasm
/// (visitors, serde-wasm-bindgen, and the float formatting its error messages pull in), and a
/// single bad field failed the whole file. Here a bad entry is reported and skipped on its own,
/// and nesting is capped so hostile input cannot overflow the stack. One reader serves the
/// browser, build.rs and the native tests (see [`json::Json::parse`] for why not `JSON.parse`).
///
/// Numbers keep their source text: the widget only needs whole numbers, and leaving floats out
/// keeps float parsing and formatting code out of the wasm.
pub mod json;
pub mod safety;
pub mod scoring;
pub mod summary;
pub mod theme;

// The allocator of every wasm module built from this library: talc is 1.3 KB gzip smaller than the
// standard library's dlmalloc in each of them, and as fast here (first render and clicks, A/B).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: talc's one condition, single-threaded wasm: the modules run on the page's main thread,
// built without atomics.
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };
