//! The widget in English, as the wasm module a clinic page loads. The whole widget is the parent
//! crate, a library; this crate only links it into the shipped module, as `widget_es/` does for
//! Spanish. Why not build the library itself as a `cdylib`: a crate built as `cdylib` and `rlib`
//! at once (the rlib for native tests and the other crates) is linked without LTO, silently
//! (rust-lang/cargo#9672); linked from here, with LTO, the same code is 17 KB gzip smaller.

pub use pain_guide_widget::embed::mount;
