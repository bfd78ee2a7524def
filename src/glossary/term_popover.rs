//! The short explanation shown when a patient taps a linked term: its title and one-sentence
//! summary, with "Read more" and "Close". It opens right after the text that holds the term, so
//! it stays in reading order at any zoom; focus moves into it and Escape or Close returns it.

use super::Entry;
use crate::i18n::EN;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TermPopoverProps {
    pub entry: Entry,
    pub on_read_more: Callback<String>,
    pub on_close: Callback<()>,
}

#[component(TermPopover)]
pub fn term_popover(props: &TermPopoverProps) -> Html {
    let strings = &EN;
    let title_ref = use_node_ref();
    let box_ref = use_node_ref();
    {
        let (title_ref, box_ref) = (title_ref.clone(), box_ref.clone());
        use_effect_with(props.entry.id.clone(), move |_| {
            if let Some(title) = title_ref.cast::<web_sys::HtmlElement>() {
                let _ = title.focus();
            }
            // Focus shows the title; bring the whole explanation, buttons included, into view.
            if let Some(popover) = box_ref.cast::<web_sys::Element>() {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Nearest);
                popover.scroll_into_view_with_scroll_into_view_options(&options);
            }
        });
    }
    let onkeydown = {
        let on_close = props.on_close.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                event.stop_propagation();
                on_close.emit(());
            }
        })
    };
    let read_more = {
        let on_read_more = props.on_read_more.clone();
        let id = props.entry.id.clone();
        Callback::from(move |_| on_read_more.emit(id.clone()))
    };
    let close = props.on_close.reform(|_| ());
    let title_id = format!("pg-term-{}", props.entry.id);
    html! {
        <div class="pg-popover" role="dialog" aria-labelledby={title_id.clone()} {onkeydown} ref={box_ref}>
            <p class="pg-popover-title" id={title_id} tabindex="-1" ref={title_ref}>{ &props.entry.title }</p>
            <p>{ &props.entry.summary }</p>
            <div class="pg-actions">
                <button type="button" class="pg-button" onclick={read_more}>
                    { strings.read_more.replace("{title}", &props.entry.title) }
                </button>
                <button type="button" class="pg-button pg-secondary" onclick={close}>{ strings.close }</button>
            </div>
        </div>
    }
}
