//! Renders a paragraph or list item: text as text nodes, `[[links]]` as term buttons that open
//! a short explanation. Never HTML from content.

use super::inline::{self, Inline};
use super::state::TermAt;
use super::Glossary;
use yew::prelude::*;

pub struct RichTextProps<'a> {
    pub text: &'a str,
    pub slot: usize,
    pub glossary: &'a Glossary,
    /// The term whose explanation is open, if any.
    pub open: Option<TermAt>,
    pub on_term: Callback<(TermAt, String)>,
}

pub fn rich_text(props: &RichTextProps<'_>) -> Html {
    let mut link = 0;
    let pieces = inline::parse(props.text)
        .into_iter()
        .map(|piece| match piece {
            Inline::Text(text) => html! { { text.to_string() } },
            Inline::Link { id, label } => {
                let Some(target) = props.glossary.entry(id) else {
                    // A link to a missing entry reads as plain words (reported when content loads).
                    return html! { { label.unwrap_or(id).to_string() } };
                };
                let at = TermAt {
                    slot: props.slot,
                    link,
                };
                link += 1;
                let onclick = {
                    let on_term = props.on_term.clone();
                    let id = id.to_string();
                    Callback::from(move |_| on_term.emit((at, id.clone())))
                };
                html! {
                    <button type="button" class="pg-term" data-term={at.key()}
                        aria-expanded={(props.open == Some(at)).to_string()} {onclick}>
                        { label.unwrap_or(&target.title).to_string() }
                    </button>
                }
            }
        });
    html! { <>{ for pieces }</> }
}
