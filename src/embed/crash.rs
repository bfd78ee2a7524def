//! What patients see if the widget's code fails twice. The release build turns a Rust panic into
//! a WebAssembly trap (see `build_release` in `./dev`), after which that copy of the code cannot
//! be trusted: the loader starts the widgets again once in a fresh copy, and after a second trap no
//! Rust code runs. So every widget carries its apology, with the clinic's (validated) link, ready
//! but hidden, and the loader reveals it and says once on the console what happened (`crash` in
//! `static/pain-guide.js`). The host page itself is never touched.

use crate::config::WidgetConfig;
use crate::i18n::UI;
use yew::prelude::*;

/// The hidden apology, rendered next to the widget, with the clinic's link.
pub fn apology(config: &WidgetConfig) -> Html {
    html! {
        // The loader finds the apology by its class `pg-failed`.
        <div class="pg-root pg-failed" role="alert" lang={UI.lang} hidden=true>
            <p>{ UI.widget_failed }</p>
            if let Some(cta) = &config.cta {
                <a class="pg-cta" href={cta.href.clone()} lang={config.clinic_words_lang.clone()}>{ &cta.text }</a>
            }
        </div>
    }
}
