//! Details of the selected place: how much it hurts (0–10) and what it feels like.

use crate::embed::answers_store;
use crate::i18n::UI;
use crate::scoring::{Answers, Mark, Quality, Rating, Site};
use yew::prelude::*;

/// What a tap on a place brings into sight, in turn, below the figures (where they do not all fit,
/// the last wins): the way back to the figure (beside them, hidden at the panel's top until the
/// keyboard reaches it), the place's name, and "How much does it hurt?".
pub const IN_SIGHT_AFTER_A_TAP: &[&str] = &[".pg-another", ".pg-panel h3", ".pg-panel fieldset"];

/// A plain function, not a component: it re-renders with every change of the answers anyway, and
/// each component costs about half a kilobyte of wasm.
pub fn site_panel(answers: &Answers, site: Option<Site>) -> Html {
    let strings = UI;
    let Some(site) = site else {
        return html! { <div class="pg-panel"><p>{ strings.choose_place }</p></div> };
    };
    let name = strings.site(site);
    let Some(mark) = answers.marks.get(&site) else {
        // Each of the panel's mark and unmark buttons is replaced by what follows: focus goes on
        // there (how much it hurts; the button that marks it again), not to the page.
        let onclick = Callback::from(move |event: MouseEvent| {
            answers_store::change(|answers| answers.mark(site));
            crate::embed::focus_once_drawn(&event, ".pg-map", ".pg-panel input");
        });
        return html! {
            <div class="pg-panel">
                <button type="button" class="pg-button" {onclick}>{ strings.mark_site.replace("{site}", name) }</button>
            </div>
        };
    };
    html! {
        <div class="pg-panel">
            <h3>{ name }</h3>
            { intensity_choice(site, mark.rating()) }
            { quality_choice(site, mark) }
            <div class="pg-toolbar">
                // Below the figures (a phone, a narrow widget) the answers push the figure out of
                // sight: one tap takes the patient (and focus) back to it, at the place answered.
                // Beside them, only keyboard users see it, when they Tab to it.
                <button type="button" class="pg-button pg-secondary pg-another"
                    onclick={crate::embed::returning_to(".pg-map", ".pg-figure", "[data-state~=active]")}>
                    { strings.another_place }
                </button>
                <button type="button" class="pg-button pg-secondary"
                    onclick={Callback::from(move |event: MouseEvent| {
                        answers_store::change(|answers| answers.unmark(site));
                        crate::embed::focus_once_drawn(&event, ".pg-map", ".pg-panel .pg-button");
                    })}>
                    { strings.unmark }
                </button>
            </div>
        </div>
    }
}

/// 0–10 and "not sure" as real radio buttons, drawn as big boxes; none ticked until the patient
/// answers (`rating`).
pub fn intensity_choice(site: Site, rating: Option<Rating>) -> Html {
    let strings = UI;
    let name = format!("pg-intensity-{}", site.id());
    let option = |value: Rating, label: String| {
        let onchange = Callback::from(move |_| {
            answers_store::change(|answers| match value {
                Rating::Pain(intensity) => drop(answers.set_intensity(site, intensity)),
                Rating::NotSure => answers.not_sure(site),
            })
        });
        html! {
            <label class="pg-choice">
                <input type="radio" name={name.clone()} checked={rating == Some(value)} {onchange} />
                <span>{ label }</span>
            </label>
        }
    };
    html! {
        <fieldset>
            <legend>{ strings.how_much }</legend>
            <p class="pg-hint">{ strings.scale_hint }</p>
            <div class="pg-choices">
                { for (0..=10).map(|n| option(Rating::Pain(n), n.to_string())) }
                { option(Rating::NotSure, strings.not_sure.to_string()) }
            </div>
        </fieldset>
    }
}

pub fn quality_choice(site: Site, mark: &Mark) -> Html {
    let strings = UI;
    html! {
        <fieldset>
            <legend>{ strings.feels_like }</legend>
            <div class="pg-choices">
                { for Quality::ALL.into_iter().map(|quality| {
                    let onchange = Callback::from(move |_| answers_store::change(|answers| answers.details(site).toggle(quality)));
                    html! {
                        <label class="pg-choice">
                            <input type="checkbox" checked={mark.qualities.contains(&quality)} {onchange} />
                            <span>{ strings.shared.quality(quality) }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}
