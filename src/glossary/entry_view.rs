//! One glossary entry, rendered like a short patient leaflet.

use super::{Block, Entry};
use crate::i18n::EN;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EntryViewProps {
    pub entry: Entry,
}

#[component(EntryView)]
pub fn entry_view(EntryViewProps { entry }: &EntryViewProps) -> Html {
    let strings = &EN;
    let reviewed = entry
        .reviewed_year_month()
        .and_then(|date| strings.month_year(date));
    html! {
        <article class="pg-entry">
            <h2 id="pg-entry-title">{ &entry.title }</h2>
            <p class="pg-summary">{ &entry.summary }</p>
            { for entry.sections.iter().map(|section| html! {
                <section>
                    <h3>{ &section.heading }</h3>
                    { for section.blocks.iter().map(block) }
                </section>
            }) }
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

fn block(block: &Block) -> Html {
    match block {
        Block::Paragraph(text) => html! { <p>{ text }</p> },
        Block::List(items) => html! {
            <ul>{ for items.iter().map(|item| html! { <li>{ item }</li> }) }</ul>
        },
    }
}
