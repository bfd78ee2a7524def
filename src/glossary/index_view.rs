//! The A–Z list of health topics, with a search box that filters as the patient types.

use super::state::{by_letter, search};
use super::Glossary;
use crate::i18n::EN;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct IndexViewProps {
    pub glossary: Rc<Glossary>,
    pub query: AttrValue,
    /// The entry the patient just came back from: its topic gets focus.
    pub came_from: Option<AttrValue>,
    pub take_focus: bool,
    pub on_search: Callback<String>,
    pub on_open: Callback<String>,
}

#[component(IndexView)]
pub fn index_view(props: &IndexViewProps) -> Html {
    let strings = &EN;
    let list_ref = use_node_ref();
    {
        let (list_ref, came_from, take_focus) =
            (list_ref.clone(), props.came_from.clone(), props.take_focus);
        use_effect_with((), move |_| {
            let topic =
                came_from
                    .zip(list_ref.cast::<web_sys::Element>())
                    .and_then(|(id, list)| {
                        list.query_selector(&format!("[data-topic=\"{id}\"]"))
                            .ok()
                            .flatten()
                    });
            if let (true, Some(topic)) = (take_focus, topic) {
                let _ = topic.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        });
    }
    let found = search(&props.glossary, &props.query);
    let oninput = props
        .on_search
        .reform(|event: InputEvent| event.target_unchecked_into::<HtmlInputElement>().value());
    html! {
        <div class="pg-index">
            <h2 id="pg-page-title">{ strings.topics_title }</h2>
            <label class="pg-search-label" for="pg-search">{ strings.search_label }</label>
            <input id="pg-search" class="pg-search" type="search" autocomplete="off" spellcheck="false"
                value={props.query.clone()} {oninput} aria-describedby="pg-search-status" />
            <p id="pg-search-status" class="pg-status" role="status">{ strings.topic_count(found.len()) }</p>
            <div ref={list_ref}>
                { for by_letter(&found).into_iter().map(|(letter, entries)| html! {
                    <section class="pg-letter" aria-label={letter.to_string()}>
                        <h3 aria-hidden="true">{ letter }</h3>
                        <ul>{ for entries.into_iter().map(|entry| {
                            let on_open = props.on_open.clone();
                            let id = entry.id.clone();
                            html! {
                                <li>
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
