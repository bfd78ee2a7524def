//! What patients see if the widget's code fails. A Rust panic stops the whole wasm instance (the
//! release build aborts), so every widget on the page would freeze: the panic hook instead
//! replaces each mounted widget with a short apology and the clinic's contact link, and says once
//! on the console what happened. The host page itself is never touched.

use crate::config::CallToAction;
use crate::i18n::EN;
use std::cell::RefCell;
use wasm_bindgen::JsValue;
use web_sys::ShadowRoot;

thread_local! {
    /// Every mounted widget's shadow root and its (validated) call to action.
    static MOUNTED: RefCell<Vec<(ShadowRoot, Option<CallToAction>)>> = const { RefCell::new(Vec::new()) };
}

/// Installs the panic hook (once; Yew keeps a hook set this way).
pub fn install_panic_hook() {
    thread_local!(static INSTALLED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
    if INSTALLED.with(|installed| installed.replace(true)) {
        return;
    }
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&format!(
            "pain-guide: the widget stopped because of an internal error and shows an apology instead: {info}"
        )));
        show_failure_everywhere();
    }));
}

/// Remembers a mounted widget (or updates its call to action).
pub fn register(root: &ShadowRoot, cta: Option<CallToAction>) {
    MOUNTED.with(|mounted| {
        let mut mounted = mounted.borrow_mut();
        match mounted.iter_mut().find(|(known, _)| known == root) {
            Some(entry) => entry.1 = cta,
            None => mounted.push((root.clone(), cta)),
        }
    });
}

pub fn unregister(root: &ShadowRoot) {
    MOUNTED.with(|mounted| mounted.borrow_mut().retain(|(known, _)| known != root));
}

/// Replaces every mounted widget with the apology. Runs inside the panic hook, so it must not
/// panic itself: every step that can fail is skipped quietly.
pub fn show_failure_everywhere() {
    MOUNTED.with(|mounted| {
        // The panic may have happened while the list was being changed.
        let Ok(mounted) = mounted.try_borrow() else {
            return;
        };
        for (root, cta) in mounted.iter() {
            let _ = show_failure(root, cta.as_ref());
        }
    });
}

fn show_failure(root: &ShadowRoot, cta: Option<&CallToAction>) -> Result<(), JsValue> {
    let document = root.owner_document().ok_or("no document")?;
    let panel = document.create_element("div")?;
    panel.set_class_name("pg-root pg-failed");
    panel.set_attribute("role", "alert")?;
    panel.set_attribute("lang", EN.lang)?;
    let message = document.create_element("p")?;
    message.set_text_content(Some(EN.widget_failed));
    panel.append_child(&message)?;
    if let Some(cta) = cta {
        let link = document.create_element("a")?;
        link.set_class_name("pg-cta");
        link.set_attribute("href", &cta.href)?;
        link.set_text_content(Some(&cta.text));
        panel.append_child(&link)?;
    }
    // Yew's nodes (and the event listeners on them) go; the widget's stylesheet stays.
    root.set_text_content(None);
    root.append_child(&panel)?;
    Ok(())
}
