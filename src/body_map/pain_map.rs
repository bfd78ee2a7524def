//! "My pain map": the figures (or the list), the selected place's details, and the count.

use super::figure::View;
use super::figure_view::{body_figure, place_and_pain};
use super::navigation::{flip, Cell, MapView};
use super::site_list::site_list;
use super::site_panel::site_panel;
use crate::app::open_part_button;
use crate::config::Part;
use crate::embed::answers_store::{self, MarksChange};
use crate::i18n::UI;
use crate::scoring::{Answers, Site};
use crate::summary::summary_part::answers_date_note;
use yew::prelude::*;

/// A view function: the state is the widget's (see [`MapView`]), and each component costs about
/// half a kilobyte of wasm. `notices`: the safety notices the marks raise, shown below the map
/// (not above, where they would move the figure under the patient's finger). `on_open_part`: the
/// button to the next step, the Summary, was pressed. `number`: the widget's number on the page.
pub fn pain_map(
    answers: &Answers,
    view: MapView,
    on_view: &Callback<MapView>,
    notices: Html,
    on_open_part: &Callback<Part>,
    number: u32,
) -> Html {
    let strings = UI;
    // The places that count towards the pain index (a place marked "0" does not).
    let counted = answers.pain_spread().wpi;
    let toggle_list = on_view.reform(move |_| MapView {
        as_list: !view.as_list,
        ..view
    });
    // The figure shown on narrow screens follows the selected place, keys included.
    let on_activate = on_view.reform(move |cell: Cell| MapView {
        active: Some(cell),
        back: cell.view == View::Back,
        ..view
    });
    let turn_around = on_view.reform(move |_| MapView {
        active: view.active.map(flip),
        back: !view.back,
        ..view
    });
    html! {
        <section>
            <h2 id="pg-page-title" tabindex="-1">{ strings.map_title }</h2>
            { answers_date_note() }
            <p>{ strings.map_hint }</p>
            <div class="pg-toolbar pg-map-tools">
                // Says what it will show, like the button that turns the figure around (a
                // pressed "Show as a list" looked the same as an unpressed one).
                <button type="button" class="pg-button pg-secondary" onclick={toggle_list}>
                    { if view.as_list { strings.show_figures } else { strings.show_list } }
                </button>
                if !view.as_list {
                    <button type="button" class="pg-button pg-secondary pg-flip" onclick={turn_around}>
                        { if view.back { strings.show_front } else { strings.show_back } }
                    </button>
                }
                // With nothing to do, a press does nothing (the store sees to it).
                <button type="button" class="pg-button pg-secondary" aria-disabled={crate::embed::unavailable(!answers_store::can_undo())}
                    onclick={Callback::from(move |_| {
                        super::acting_in(number);
                        answers_store::undo();
                    })}>{ strings.undo }</button>
                <button type="button" class="pg-button pg-secondary" aria-disabled={crate::embed::unavailable(answers.marks.is_empty())}
                    onclick={Callback::from(move |_| {
                        super::acting_in(number);
                        answers_store::clear_marks();
                    })}>
                    { strings.clear_all }
                </button>
            </div>
            <p class="pg-status" role="status">{ strings.areas_marked.replace("{n}", &counted.to_string()) }</p>
            <p class="pg-said" role="status">{ marks_change_said(answers).filter(|_| super::is_acting(number)) }</p>
            if !answers_store::keeps_answers() {
                <p class="pg-note">{ strings.not_kept }</p>
            }
            if view.as_list {
                { site_list(answers) }
            } else {
                // Side by side in a wide widget (the place's details where the patient is looking).
                <div class="pg-map">
                    { body_figure(answers, view.active, view.back, &on_activate, number) }
                    { site_panel(answers, view.active.map(|cell| cell.site)) }
                </div>
            }
            { notices }
            // The next step, where the patient ends (the tabs at the top are out of mind).
            { open_part_button(strings.to_questions, Part::Summary, on_open_part) }
        </section>
    }
}

/// What Undo or "Clear all" did, for screen readers: both keep focus, and taking back a pain number
/// (or clearing places the count leaves out) leaves the count as it was, so nothing else changes
/// that they would say. Undo says it as the place now is ("Undone. Your neck, pain 6 of 10").
fn marks_change_said(answers: &Answers) -> Option<String> {
    let strings = UI;
    let place = match answers_store::last_marks_change()? {
        MarksChange::Cleared => return Some(strings.cleared.to_owned()),
        MarksChange::Undone(Some(site)) => place_as_it_is(answers, site),
        MarksChange::Undone(None) => strings
            .places_marked
            .replace("{n}", &answers.marks.len().to_string()),
    };
    Some(strings.undone.replace("{place}", &place))
}

/// "Your neck, pain 6 of 10", "Your neck, marked" or "Your neck, not marked".
fn place_as_it_is(answers: &Answers, site: Site) -> String {
    let strings = UI;
    let mut place = place_and_pain(answers, site);
    let state = match answers.marks.get(&site) {
        None => Some(strings.not_marked),
        Some(mark) => mark.rating().is_none().then_some(strings.marked),
    };
    if let Some(state) = state {
        place.push_str(", ");
        place.push_str(state);
    }
    place
}
