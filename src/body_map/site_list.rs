//! The body map as a list: the same answers with ordinary checkboxes and radio buttons, for
//! patients who find the picture hard to use (small places such as the jaw, screen readers,
//! switch access).

use super::site_panel::{intensity_choice, quality_choice};
use crate::embed::answers_store;
use crate::i18n::UI;
use crate::scoring::{Answers, Site};
use yew::prelude::*;

pub fn site_list(answers: &Answers) -> Html {
    let strings = UI;
    let group = |legend: &'static str, scored: bool| {
        html! {
            <fieldset class="pg-list">
                <legend>{ legend }</legend>
                { for Site::HEAD_TO_TOE.into_iter().filter(|site| site.is_scored() == scored).map(|site| {
                    let mark = answers.marks.get(&site);
                    let marked = mark.is_some();
                    let onchange = Callback::from(move |_| answers_store::change(|answers| match marked {
                        true => answers.unmark(site),
                        false => answers.mark(site),
                    }));
                    html! {
                        <div class="pg-row">
                            <label class="pg-check">
                                <input type="checkbox" checked={marked} {onchange} />
                                <span>{ strings.site(site) }</span>
                            </label>
                            if let Some(mark) = mark {
                                <div class="pg-row-details" role="group" aria-label={strings.site(site)}>
                                    { intensity_choice(site, mark.rating()) }
                                    { quality_choice(site, mark) }
                                </div>
                            }
                        </div>
                    }
                }) }
            </fieldset>
        }
    };
    html! {
        <div>
            { group(strings.counted_areas, true) }
            { group(strings.other_areas, false) }
        </div>
    }
}
