//! Pain Guide: a patient-education widget (glossary + body map) that clinics embed with one
//! script tag. The small JS loader (`static/pain-guide.js`) defines `<pain-guide>` and calls
//! [`embed::mount`] for each element.
//!
//! Layout: pure, DOM-free logic lives in [`config`], [`glossary::model`], [`theme`] and [`i18n`]
//! and is tested natively; components ([`app`], `glossary::*_view`) are thin views over it; the
//! browser glue (shadow root, adopted stylesheet, events) is [`embed`].

pub mod app;
pub mod config;
pub mod embed;
pub mod glossary;
pub mod i18n;
pub mod json;
pub mod theme;
