//! The widget in Spanish: the parent crate built with its `es` feature, so its interface strings
//! and bundled glossary are the Spanish ones (`content/es/`). The loader (`static/pain-guide.js`)
//! fetches this module instead of the English one (`widget_en/`) when the patient reads Spanish,
//! and mounts it the same way.

pub use pain_guide_widget::embed::mount;
