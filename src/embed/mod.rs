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

// `Element.currentCSSZoom`, which web-sys does not have yet: the zoom an element is drawn at,
// none where the browser does not say.
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(extends = web_sys::Element)]
    type ZoomedElement;
    #[wasm_bindgen(method, getter = currentCSSZoom)]
    fn current_css_zoom(this: &ZoomedElement) -> Option<f64>;
}

#[cfg(feature = "widget")]
pub use mount::{mount, WidgetHandle};

/// `aria-disabled` for a button with nothing to do now (Undo, Send once sent). Not `disabled`:
/// a disabled button loses focus to the page, where a screen reader says nothing and the next
/// Tab starts from the page's top. Its press must then do nothing.
pub fn unavailable(nothing_to_do: bool) -> Option<&'static str> {
    nothing_to_do.then_some("true")
}

/// The moment `seconds` after 1970 (UTC), or now.
pub fn date_at(seconds: Option<u32>) -> js_sys::Date {
    match seconds {
        Some(seconds) => js_sys::Date::new(&(f64::from(seconds) * 1000.0).into()),
        None => js_sys::Date::new_0(),
    }
}

/// `date` in full, in the device's time zone, as the language tagged `lang` writes it
/// ("6 November 2026", "6 de noviembre de 2026").
pub fn long_date(date: &js_sys::Date, lang: &str) -> String {
    let options = events::object(&[("dateStyle", &"long".into())]);
    date.to_locale_date_string(lang, &options).into()
}

/// Scrolls `element` into sight the least distance (none if it is in sight), in the widget's
/// scroller and the page.
pub fn scroll_into_sight(element: &web_sys::Element) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

/// The element `scope` (a selector) around the target of `event`.
fn closest_to(event: &web_sys::Event, scope: &str) -> Option<web_sys::Element> {
    use wasm_bindgen::JsCast;
    let origin = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    origin.closest(scope).ok().flatten()
}

/// After an event whose state change Yew has yet to draw: once drawn (Yew renders before the next
/// frame), runs `then` on the event target's closest `scope` (a selector).
fn once_drawn(event: &web_sys::Event, scope: &str, then: impl FnOnce(web_sys::Element) + 'static) {
    use wasm_bindgen::{closure::Closure, JsCast};
    let (Some(scope), Some(window)) = (closest_to(event, scope), web_sys::window()) else {
        return;
    };
    let run = Closure::once_into_js(move || then(scope));
    let _ = window.request_animation_frame(run.unchecked_ref());
}

/// Once the event's change is drawn, scrolls `targets` (selectors within `scope`) into sight,
/// each in turn: where they do not all fit, the last one wins. One that is not shown is skipped.
pub fn scroll_into_sight_once_drawn(
    event: &web_sys::Event,
    scope: &str,
    targets: &'static [&'static str],
) {
    once_drawn(event, scope, move |scope| {
        for target in targets {
            if let Ok(Some(element)) = scope.query_selector(target) {
                scroll_into_sight(&element);
            }
        }
    });
}

/// Once the event's change is drawn, focuses `target` (a selector within `scope`): where the
/// button the patient pressed is replaced, focus goes on from there, not back to the page.
pub fn focus_once_drawn(event: &web_sys::Event, scope: &str, target: &'static str) {
    use wasm_bindgen::JsCast;
    once_drawn(event, scope, move |scope| {
        if let Ok(Some(element)) = scope.query_selector(target) {
            let _ = element.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    });
}

/// The press of a button that takes the patient (and focus) to the next step with [`return_to`]
/// (one closure for every such button).
#[inline(never)]
pub fn returning_to(
    scope: &'static str,
    focus: &'static str,
    reveal: &'static str,
) -> yew::Callback<yew::MouseEvent> {
    yew::Callback::from(move |event: yew::MouseEvent| return_to(&event, scope, focus, reveal))
}

/// Pixels left above where [`return_to`] takes focus: its focus ring (3 px, 2 px out), which the
/// pinned tabs hid, and a little air.
const ROOM_ABOVE: f64 = 12.0;

/// From a button (below an answer, say) to where the patient's next step is: focus on `focus`, its
/// top [`ROOM_ABOVE`] below the top of what the patient sees of the widget (below the tabs, the
/// page left where it is), and `reveal` in sight should it be lower. Both are selectors within the
/// event target's closest `scope`.
fn return_to(event: &web_sys::Event, scope: &str, focus: &str, reveal: &str) {
    use wasm_bindgen::JsCast;
    let Some(scope) = closest_to(event, scope) else {
        return;
    };
    let find = |selector| scope.query_selector(selector).ok().flatten();
    let parts = (
        find(focus).and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok()),
        scope.closest(".pg-root").ok().flatten(),
        scope.closest(".pg-scroll").ok().flatten(),
    );
    let (Some(target), Some(root), Some(reading)) = parts else {
        return;
    };
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = target.focus_with_options(&options);
    // Not scrollIntoView, which would scroll the host page too (to put the top at the window's).
    // The reading area scrolls, or the whole widget where it is cramped (a phone, zoom), under
    // tabs pinned at its top.
    let scroller = match reading.scroll_height() > reading.client_height() {
        true => reading,
        false => root,
    };
    let mut top_of_sight = scroller.get_bounding_client_rect().top();
    if let Ok(Some(tabs)) = scroller.query_selector(".pg-nav") {
        top_of_sight = top_of_sight.max(tabs.get_bounding_client_rect().bottom());
    }
    let distance = target.get_bounding_client_rect().top() - top_of_sight - ROOM_ABOVE;
    // Under the page's CSS `zoom` (on <body>, say), boxes are measured zoomed and scrolled
    // unzoomed; browsers without `currentCSSZoom` measure both alike.
    let zoom = scroller
        .unchecked_ref::<ZoomedElement>()
        .current_css_zoom()
        .filter(|zoom| *zoom > 0.0);
    scroller.set_scroll_top(scroller.scroll_top() + (distance / zoom.unwrap_or(1.0)) as i32);
    if let Some(element) = find(reveal) {
        scroll_into_sight(&element);
    }
}
