//! The raised notices, shown on the map (the moment chest pain is marked) and in the summary.

use super::{dial_link, Notice};
use crate::config::WidgetConfig;
use crate::i18n::UI;
use yew::prelude::*;

/// Always rendered, empty or not: a live region must exist before its words appear for screen
/// readers to announce them. Text and a heading carry the notice, not colour. Never blocks: the
/// patient can carry on past it.
pub fn notices_view(raised: &[&Notice], config: &WidgetConfig) -> Html {
    html! {
        <div aria-live="polite">
            { for raised.iter().map(|notice| {
                let number = config.help.number(notice.line);
                html! {
                    <div class="pg-alert">
                        <h3>{ notice.title }</h3>
                        <p>{ notice.before }<a href={dial_link(number)}>{ number }</a>{ notice.after(&config.help) }</p>
                        // The clinic's link in the notice's own plain words: its button's words
                        // ("Book now", an offer) would read as marketing beside a crisis line.
                        if let (true, Some(cta)) = (notice.with_contact, &config.cta) {
                            <a class="pg-cta" href={cta.href.clone()}>{ UI.contact_clinic }</a>
                        }
                    </div>
                }
            }) }
        </div>
    }
}
