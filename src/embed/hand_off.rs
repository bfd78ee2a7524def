//! The widget's side of "For your appointment": the buttons' work is done by the hand-off module
//! (`hand_off/`, its own small wasm), which the loader fetches with its pinned hashes the first
//! time a patient presses one. Pages where no one does never download it.

use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlElement;

#[wasm_bindgen]
extern "C" {
    /// The loader's `handOff(action, host, answers, lang)`: loads the module once per page, runs the
    /// action, and resolves to its [`Outcome`] as a number (3, with a console error, if the
    /// module could not load).
    #[wasm_bindgen(extends = js_sys::Function)]
    #[derive(Clone)]
    pub type HandOffRunner;

    #[wasm_bindgen(method, js_name = call)]
    fn run(
        this: &HandOffRunner,
        context: &JsValue,
        action: &str,
        host: HtmlElement,
        answers: &str,
        lang: &str,
    ) -> js_sys::Promise;
}

thread_local! {
    static RUNNER: RefCell<Option<HandOffRunner>> = const { RefCell::new(None) };
}

/// Called at mount with the loader's runner (the same one for every widget on the page).
pub fn set_runner(runner: HandOffRunner) {
    RUNNER.with(|slot| *slot.borrow_mut() = Some(runner));
}

/// How an action ended, as the hand-off module reports it (`hand_off/src/lib.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Failed,
    Done,
    /// Send was pressed without the consent box ticked: nothing was sent.
    NoConsent,
    /// The module did not download (a dropped or stalled connection): the loader's 3.
    Unavailable,
}

/// Runs `action` (`print`, `copy`, `save`, `send`) for the widget on `host`, with `answers` in
/// their stored form, in the hand-off module; `lang` is the language the patient is reading.
pub async fn run(action: &str, host: HtmlElement, answers: &str, lang: &str) -> Outcome {
    let Some(runner) = RUNNER.with(|slot| slot.borrow().clone()) else {
        return Outcome::Failed;
    };
    let done = runner.run(&JsValue::NULL, action, host, answers, lang);
    match JsFuture::from(done)
        .await
        .ok()
        .and_then(|code| code.as_f64())
    {
        Some(1.0) => Outcome::Done,
        Some(2.0) => Outcome::NoConsent,
        Some(3.0) => Outcome::Unavailable,
        _ => Outcome::Failed,
    }
}
