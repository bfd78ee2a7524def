//! The short explanation shown when a patient taps a linked term: its title and one-sentence
//! summary, with "Read more" and "Close". It opens right after the text that holds the term, so
//! it stays in reading order at any zoom; focus moves into it (see [`use_popover_focus`]) and
//! Escape or Close returns it.

use super::Entry;
use crate::i18n::UI;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What the popover needs from the entry page that shows it.
pub struct Popover<'a> {
    pub entry: &'a Entry,
    /// On the popover box: its title takes focus and it scrolls into view when it opens.
    pub node: NodeRef,
    pub on_read_more: Callback<String>,
    pub on_close: Callback<()>,
}

/// A view function rather than a component: it has no state of its own, and every component
/// costs about half a kilobyte of wasm.
pub fn term_popover(popover: Popover<'_>) -> Html {
    let strings = UI;
    let entry = popover.entry;
    let onkeydown = {
        let on_close = popover.on_close.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                event.stop_propagation();
                on_close.emit(());
            }
        })
    };
    let read_more = {
        let (on_read_more, id) = (popover.on_read_more, entry.id.clone());
        Callback::from(move |_| on_read_more.emit(id.clone()))
    };
    let title_id = format!("pg-term-{}", entry.id);
    html! {
        <div class="pg-popover" role="dialog" aria-labelledby={title_id.clone()} {onkeydown} ref={popover.node}>
            <p class="pg-popover-title" id={title_id} tabindex="-1" lang={entry.lang.clone()}>{ &entry.title }</p>
            <p lang={entry.lang.clone()}>{ &entry.summary }</p>
            <div class="pg-actions">
                <button type="button" class="pg-button" onclick={read_more}>
                    { strings.read_more.replace("{title}", &entry.title) }
                </button>
                <button type="button" class="pg-button pg-secondary" onclick={popover.on_close.reform(|_| ())}>
                    { strings.close }
                </button>
            </div>
        </div>
    }
}

/// Each time a popover opens (`opened` changes to another term), focus its title and bring the
/// whole explanation, buttons included, into view.
#[hook]
pub fn use_popover_focus<T: PartialEq + 'static>(node: NodeRef, opened: Option<T>) {
    use_effect_with(opened, move |opened| {
        let Some(popover) = opened.as_ref().and(node.cast::<web_sys::Element>()) else {
            return;
        };
        if let Some(title) = popover.first_element_child() {
            let _ = title.unchecked_into::<web_sys::HtmlElement>().focus();
        }
        crate::embed::scroll_into_sight(&popover);
    });
}
