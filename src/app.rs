//! The root component of one `<pain-guide>` instance.

use crate::config::WidgetConfig;
use crate::glossary::{self, learn::Learn};
use crate::i18n::EN;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    pub config: Rc<WidgetConfig>,
    /// Called once, after the first render (the embed layer turns it into `pain-guide:ready`).
    pub on_ready: Callback<()>,
}

#[component(Widget)]
pub fn widget(props: &WidgetProps) -> Html {
    let strings = &EN;
    let config = &props.config;
    let glossary = use_state(glossary::bundled);
    {
        let on_ready = props.on_ready.clone();
        use_effect_with((), move |_| on_ready.emit(()));
    }
    {
        // The built-in glossary shows at once; a clinic's content joins it when it arrives.
        let glossary = glossary.clone();
        let current_src = use_mut_ref(|| None::<String>);
        use_effect_with(config.content_src.clone(), move |src| {
            let previous = current_src.replace(src.clone());
            match src.clone() {
                // Back to the built-in glossary only if a clinic's file was in use.
                None if previous.is_some() => glossary.set(glossary::bundled()),
                None => {}
                Some(src) => wasm_bindgen_futures::spawn_local(async move {
                    let loaded = glossary::with_clinic_content(&src).await;
                    // Ignore a slow answer for an address the page has since changed.
                    if current_src.borrow().as_deref() == Some(src.as_str()) {
                        glossary.set(loaded);
                    }
                }),
            }
        });
    }
    html! {
        <div class="pg-root" role="region" aria-label={strings.widget_label} lang={strings.lang} dir={strings.dir}>
            // Focusable so keyboard users can scroll the reading area (the widget has a fixed height).
            <div class="pg-scroll" tabindex="0" role="group" aria-labelledby="pg-page-title">
                <Learn glossary={(*glossary).clone()} entry={config.entry.clone().map(AttrValue::from)} />
            </div>
            <div class="pg-footer">
                <p class="pg-notice">{ strings.not_medical_advice }</p>
                if let Some(cta) = &config.cta {
                    <a class="pg-cta" href={cta.href.clone()}>{ &cta.text }</a>
                }
            </div>
        </div>
    }
}
