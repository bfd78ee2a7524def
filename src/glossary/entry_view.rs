//! One glossary entry, rendered like a short patient leaflet, with its linked terms.

use super::rich_text::{rich_text, RichTextProps};
use super::state::TermAt;
use super::term_popover::{term_popover, use_popover_focus, Popover};
use super::{Block, Glossary};
use crate::app::open_part_button;
use crate::config::Part;
use crate::i18n::UI;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The nodes focus moves between on the entry page. Held by the Learn part's hook, so the page
/// itself is a view function (the open explanation is in `LearnState`).
pub struct EntryState {
    article: NodeRef,
    /// Focused when the patient opens the entry (`learn::use_learn`).
    pub(super) title: NodeRef,
    popover: NodeRef,
}

/// When an explanation opens (`open`), it takes focus.
#[hook]
pub fn use_entry_state(open: Option<TermAt>) -> EntryState {
    let (article, title, popover) = (use_node_ref(), use_node_ref(), use_node_ref());
    use_popover_focus(popover.clone(), open);
    EntryState {
        article,
        title,
        popover,
    }
}

pub struct EntryView<'a> {
    pub state: &'a EntryState,
    pub glossary: &'a Glossary,
    pub id: &'a str,
    /// The linked term whose explanation is open, and the entry it explains.
    pub open: Option<&'a (TermAt, String)>,
    pub on_term: Callback<(TermAt, String)>,
    pub on_close_term: Callback<()>,
    pub on_open: Callback<String>,
    pub on_back: Callback<()>,
    pub on_open_part: Callback<Part>,
}

pub fn entry_view(props: EntryView<'_>) -> Html {
    let strings = UI;
    let open = props.open;
    let EntryState {
        article: article_ref,
        title: title_ref,
        popover: popover_ref,
    } = props.state;
    let back = html! {
        <button type="button" class="pg-back" onclick={props.on_back.reform(|_| ())}>
            <span aria-hidden="true">{ "‹\u{a0}" }</span>{ strings.back_to_topics }
        </button>
    };
    let Some(entry) = props.glossary.entry(props.id) else {
        return html! {
            <article class="pg-entry">
                { back }
                <h2 id="pg-page-title" tabindex="-1" ref={title_ref.clone()}>{ strings.topic_unavailable }</h2>
            </article>
        };
    };

    let on_term = props.on_term.clone();
    let open_at = open.map(|(at, _)| *at);
    let on_close = {
        // Focus goes back to the term's button, then the explanation closes.
        let (article_ref, on_close_term) = (article_ref.clone(), props.on_close_term.clone());
        Callback::from(move |()| {
            if let (Some(at), Some(article)) = (open_at, article_ref.cast::<web_sys::Element>()) {
                if let Ok(Some(term)) =
                    article.query_selector(&format!("[data-term=\"{}\"]", at.key()))
                {
                    let _ = term.unchecked_into::<web_sys::HtmlElement>().focus();
                }
            }
            on_close_term.emit(());
        })
    };
    let popover_for = |slot: usize| -> Html {
        match open {
            Some((at, id)) if at.slot == slot => match props.glossary.entry(id) {
                Some(target) => term_popover(Popover {
                    entry: target,
                    node: popover_ref.clone(),
                    on_read_more: props.on_open.clone(),
                    on_close: on_close.clone(),
                }),
                None => Html::default(),
            },
            _ => Html::default(),
        }
    };
    let mut slot = 0;
    let mut text = |text: &str| {
        let this = slot;
        slot += 1;
        let html = rich_text(&RichTextProps {
            text,
            slot: this,
            glossary: props.glossary,
            open: open_at,
            on_term: on_term.clone(),
        });
        (html, popover_for(this))
    };

    let reviewed = entry
        .reviewed_year_month()
        .and_then(|date| strings.month_year(date));
    let related: Vec<_> = entry
        .related
        .iter()
        .filter_map(|id| props.glossary.entry(id))
        .collect();
    html! {
        <article class="pg-entry" ref={article_ref.clone()}>
            { back }
            // A clinic's entry without a translation: its text is marked with its own language
            // (the widget's words around it keep the widget's).
            <h2 id="pg-page-title" tabindex="-1" ref={title_ref.clone()} lang={entry.lang.clone()}>{ &entry.title }</h2>
            <p class="pg-summary" lang={entry.lang.clone()}>{ &entry.summary }</p>
            { for entry.sections.iter().map(|section| html! {
                <section lang={entry.lang.clone()}>
                    <h3>{ &section.heading }</h3>
                    { for section.blocks.iter().map(|block| match block {
                        Block::Paragraph(paragraph) => {
                            let (paragraph, popover) = text(paragraph);
                            html! { <><p>{ paragraph }</p>{ popover }</> }
                        }
                        Block::MapLink(label) => open_part_button(label, Part::Map, &props.on_open_part),
                        Block::List(items) => html! {
                            <ul>{ for items.iter().map(|item| {
                                let (item, popover) = text(item);
                                html! { <li>{ item }{ popover }</li> }
                            }) }</ul>
                        },
                    }) }
                </section>
            }) }
            if !related.is_empty() {
                <section class="pg-related">
                    <h3>{ strings.related_topics }</h3>
                    <ul>{ for related.iter().map(|target| {
                        let on_open = props.on_open.clone();
                        let id = target.id.clone();
                        html! {
                            <li><button type="button" class="pg-link" onclick={Callback::from(move |_| on_open.emit(id.clone()))}>
                                { &target.title }
                            </button></li>
                        }
                    }) }</ul>
                </section>
            }
            <footer class="pg-meta">
                if let Some(reviewed) = reviewed {
                    <p>{ strings.last_reviewed }{ ": " }<time datetime={entry.reviewed.clone()}>{ reviewed }</time></p>
                }
                if !entry.sources.is_empty() {
                    <h3>{ strings.sources }</h3>
                    <ul>
                        { for entry.sources.iter().map(|source| html! {
                            <li><a href={source.url.clone()} target="_blank" rel="noopener noreferrer">{ &source.title }</a></li>
                        }) }
                    </ul>
                }
            </footer>
        </article>
    }
}
