//! The root component of one `<pain-guide>` instance.

use crate::glossary::{self, entry_view::EntryView};
use crate::i18n::EN;
use yew::prelude::*;

/// The glossary entry the widget opens on.
pub const FIRST_ENTRY: &str = "fibromyalgia";

#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    /// Called once, after the first render (the embed layer turns it into `pain-guide:ready`).
    pub on_ready: Callback<()>,
}

#[component(Widget)]
pub fn widget(props: &WidgetProps) -> Html {
    let strings = &EN;
    let glossary = use_memo((), |_| glossary::bundled());
    {
        let on_ready = props.on_ready.clone();
        use_effect_with((), move |_| on_ready.emit(()));
    }
    let content = match glossary.entry(FIRST_ENTRY) {
        Some(entry) => html! { <EntryView entry={entry.clone()} /> },
        None => html! { <p>{ strings.topic_unavailable }</p> },
    };
    html! {
        <div class="pg-root" role="region" aria-label={strings.widget_label} lang={strings.lang} dir={strings.dir}>
            // Focusable so keyboard users can scroll the reading area (the widget has a fixed height).
            <div class="pg-scroll" tabindex="0" role="group" aria-labelledby="pg-entry-title">
                { content }
            </div>
            <p class="pg-notice">{ strings.not_medical_advice }</p>
        </div>
    }
}
