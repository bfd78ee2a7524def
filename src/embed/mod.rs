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

/// Scrolls `element` into sight the least distance (none if it is in sight), in the widget's
/// scroller and the page.
pub fn scroll_into_sight(element: &web_sys::Element) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

/// After an event whose state change Yew has yet to draw: once drawn (Yew renders before the next
/// frame), scrolls `target` (a selector, within the event target's closest `scope`) into sight.
pub fn scroll_into_sight_once_drawn(event: &web_sys::Event, scope: &str, target: &'static str) {
    use wasm_bindgen::{closure::Closure, JsCast};
    let scope = event
        .target()
        .and_then(|origin| origin.dyn_into::<web_sys::Element>().ok())
        .and_then(|origin| origin.closest(scope).ok().flatten());
    let (Some(scope), Some(window)) = (scope, web_sys::window()) else {
        return;
    };
    let reveal = Closure::once_into_js(move || {
        if let Ok(Some(element)) = scope.query_selector(target) {
            scroll_into_sight(&element);
        }
    });
    let _ = window.request_animation_frame(reveal.unchecked_ref());
}
