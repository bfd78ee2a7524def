//! Pain Guide: a patient-education widget (glossary + body map) that clinics embed with one
//! script tag. The small JS loader (`static/pain-guide.js`) defines `<pain-guide>` and calls
//! [`embed::mount`] for each element.
//!
//! Layout: pure, DOM-free logic lives in [`config`], [`glossary::model`], [`theme`] and [`i18n`]
//! and is tested natively; components ([`app`], `glossary::*_view`) are thin views over it; the
//! browser glue (shadow root, adopted stylesheet, events) is [`embed`].

pub mod app;
pub mod body_map;
pub mod config;
pub mod embed;
pub mod glossary;
pub mod i18n;
/// A small JSON reader and writer for the widget's own data (content files, and later stored
/// answers, theme settings and exports).
///
/// Why not serde: decoding the content model through serde cost 11 KB gzip of wasm
/// (visitors, serde-wasm-bindgen, and the float formatting its error messages pull in), a fifth
/// of what the whole widget then weighed, and a single bad field failed the whole file. This module is the same
/// code natively and in the browser, so what `cargo test` checks is what patients run; a bad entry
/// is reported and skipped on its own; nesting is capped so hostile input cannot overflow the stack.
///
/// Numbers keep their source text: the widget only needs whole numbers, and leaving floats out
/// keeps float parsing and formatting code out of the wasm.
pub mod json;
pub mod scoring;
pub mod summary;
pub mod theme;
