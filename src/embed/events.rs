//! Events the element dispatches to the host page.

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

/// Dispatches `name` on `host` as a bubbling, composed `CustomEvent`, as the contract promises.
/// Returns `false` if the event is `cancelable` and a listener cancelled it.
pub fn dispatch(host: &HtmlElement, name: &str, detail: &JsValue, cancelable: bool) -> bool {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_cancelable(cancelable);
    init.set_detail(detail);
    match CustomEvent::new_with_event_init_dict(name, &init) {
        // A listener that throws is the page's problem; the widget carries on.
        Ok(event) => host.dispatch_event(&event).unwrap_or(true),
        Err(_) => true,
    }
}

/// `{ key: value, … }`: event details, request headers.
pub fn object(pairs: &[(&str, &JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in pairs {
        // Setting a property on a fresh plain object cannot fail.
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object.into()
}

/// `pain-guide:ready`, with the widget's version: it has rendered for the first time.
pub fn ready(host: &HtmlElement) {
    let version = JsValue::from_str(env!("CARGO_PKG_VERSION"));
    dispatch(
        host,
        "pain-guide:ready",
        &object(&[("version", &version)]),
        false,
    );
}

/// `pain-guide:language`: the patient pressed the language switch. Unless a listener cancels
/// it, the loader then mounts every widget on the page again in `lang` (the answers are kept in
/// the tab's storage, so they survive the move).
pub fn language_chosen(host: &HtmlElement, lang: &str) {
    let lang = JsValue::from_str(lang);
    dispatch(
        host,
        "pain-guide:language",
        &object(&[("lang", &lang)]),
        true,
    );
}
