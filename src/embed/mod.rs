//! The browser glue: what the loader (`static/pain-guide.js`) calls, and everything that touches
//! the host page (shadow root, adopted stylesheet, events on the element).

pub mod answers_store;
pub mod contract;
pub mod crash;
mod events;
mod fetch;
mod mount;

pub use fetch::fetch_text;
pub use mount::{mount, WidgetHandle};
