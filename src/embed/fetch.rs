//! Fetching a clinic's content file.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

/// Larger responses are refused: no glossary needs a megabyte, and parsing one would stall the page.
const MAX_CHARS: usize = 1_000_000;

/// The text at `url` (same-origin credentials, the browser's cache rules), or why not.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response: Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(describe)?
        .unchecked_into();
    if !response.ok() {
        return Err(format!("the server answered HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(describe)?)
        .await
        .map_err(describe)?;
    let text = text.as_string().ok_or("the response is not text")?;
    if text.len() > MAX_CHARS {
        return Err(format!("the file is larger than {MAX_CHARS} characters"));
    }
    Ok(text)
}

fn describe(error: JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .and_then(|error| error.message().as_string())
        .unwrap_or_else(|| "network error".into())
}
