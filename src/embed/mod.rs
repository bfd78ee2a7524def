//! The browser glue: what the loader (`static/pain-guide.js`) calls, and everything that touches
//! the host page (shadow root, adopted stylesheet, events on the element).

pub mod answers_store;
pub mod contract;
pub mod crash;
pub mod events;
mod fetch;
pub mod hand_off;
#[cfg(feature = "widget")]
mod mount;

pub use fetch::fetch_text;
#[cfg(feature = "widget")]
pub use mount::{mount, WidgetHandle};
