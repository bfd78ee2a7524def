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

use wasm_bindgen::prelude::wasm_bindgen;

// The console, for the messages to web admins ("pain-guide: …"): a plain binding, which costs
// less wasm per message than gloo's macros.
#[wasm_bindgen(js_namespace = console)]
extern "C" {
    pub fn warn(message: &str);
    pub fn error(message: &str);
}
#[cfg(feature = "widget")]
pub use mount::{mount, WidgetHandle};
