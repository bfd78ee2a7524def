//! The A–Z list of health topics, with a search box that filters as the patient types.

use super::state::{by_letter, search};
use super::Glossary;
use crate::config::WidgetConfig;
use crate::i18n::UI;
use crate::safety::{self, notice_view::notices_view};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What the index shows and where its events go (a view function: its only effect, focus on the
/// topic the patient came back from, is `learn::use_learn`'s).
pub struct IndexView<'a> {
    pub glossary: &'a Glossary,
    pub query: &'a str,
    /// For the numbers of a safety notice the search raises.
    pub config: &'a WidgetConfig,
    /// On the topics list.
    pub list: NodeRef,
    pub on_search: Callback<String>,
    pub on_open: Callback<String>,
}

pub fn index_view(props: IndexView<'_>) -> Html {
    let strings = UI;
    let found = search(props.glossary, props.query, strings.search.filler);
    let all_notices = safety::notices(&strings.shared);
    let notices = safety::searched(&strings.search, &all_notices, props.query);
    let oninput = props
        .on_search
        .reform(|event: InputEvent| event.target_unchecked_into::<HtmlInputElement>().value());
    // Enter (a phone's "Search" key) ends a search: it opens the one topic found, or goes to the
    // first of several, which also takes a phone's keyboard off the topics.
    let onkeydown = {
        let (on_open, list) = (props.on_open.clone(), props.list.clone());
        let only = match found.as_slice() {
            [entry] => Some(entry.id.clone()),
            _ => None,
        };
        Callback::from(move |event: KeyboardEvent| {
            if event.key() != "Enter" || event.is_composing() {
                return;
            }
            // Not also a press of the topic that focus moves to.
            event.prevent_default();
            match &only {
                Some(id) => on_open.emit(id.clone()),
                None => {
                    let first = list
                        .cast::<web_sys::Element>()
                        .and_then(|list| list.query_selector(".pg-topic").ok().flatten());
                    if let Some(first) = first {
                        let _ = first.unchecked_into::<web_sys::HtmlElement>().focus();
                    }
                }
            }
        })
    };
    html! {
        <div>
            <h2 id="pg-page-title">{ strings.topics_title }</h2>
            <label class="pg-search-label" for="pg-search">{ strings.search_label }</label>
            <input id="pg-search" class="pg-search" type="search" autocomplete="off" spellcheck="false"
                value={props.query.to_string()} {oninput} {onkeydown} aria-describedby="pg-search-status" />
            <p id="pg-search-status" class="pg-status" role="status">{ strings.search_status(found.len(), !notices.is_empty()) }</p>
            { notices_view(&notices, props.config) }
            <div ref={props.list}>
                { for by_letter(&found).into_iter().map(|(letter, entries)| html! {
                    <section class="pg-letter" aria-label={letter.to_string()}>
                        <h3 aria-hidden="true">{ letter }</h3>
                        <ul>{ for entries.into_iter().map(|entry| {
                            let on_open = props.on_open.clone();
                            let id = entry.id.clone();
                            html! {
                                <li lang={entry.lang.clone()}>
                                    <button type="button" class="pg-topic" data-topic={entry.id.clone()}
                                        onclick={Callback::from(move |_| on_open.emit(id.clone()))}>
                                        { &entry.title }
                                    </button>
                                    <p>{ &entry.summary }</p>
                                </li>
                            }
                        }) }</ul>
                    </section>
                }) }
            </div>
        </div>
    }
}
