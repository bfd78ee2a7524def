//! The front and back figures side by side, as one keyboard stop: arrow keys move between places
//! (`aria-activedescendant`), Space marks or unmarks, number keys set how much it hurts ("1" then
//! "0" for 10).

use super::figure::{areas, place_state, View, SILHOUETTE, VIEW_BOX, WIDTH};
use super::navigation::{flip, next_cell, Cell, Direction, TypedPain};
use super::site_panel::IN_SIGHT_AFTER_A_TAP;
use crate::embed::answers_store;
use crate::i18n::UI;
use crate::scoring::{Answers, Rating, Site};
use yew::prelude::*;

thread_local! {
    /// The number keys typed on the map so far (one keyboard, so one for the page).
    static TYPED: std::cell::Cell<TypedPain> = const { std::cell::Cell::new(TypedPain::NONE) };
    /// The pain the number keys last gave a place, said by the figure's status line: a key
    /// changes only the name of the place the keyboard is on, which JAWS does not say again.
    static SAID: std::cell::Cell<Option<(Site, Rating)>> = const { std::cell::Cell::new(None) };
}

/// The element id of a place on one view.
pub fn cell_id(cell: Cell) -> String {
    format!("pg-{}-{}", cell.view.id(), cell.site.id())
}

/// "Your head, pain 6 of 10, not counted in the score", as a screen reader hears it.
pub fn site_label(answers: &Answers, site: Site) -> String {
    let mut label = place_and_pain(answers, site);
    if !site.is_scored() {
        label.push_str(", ");
        label.push_str(UI.not_counted);
    }
    label
}

/// "Your left shoulder, pain 6 of 10": the place and how much it hurts, as the summary lists it
/// (the patient's list has no use for what the criteria count).
pub fn place_and_pain(answers: &Answers, site: Site) -> String {
    let strings = UI;
    let mut label = strings.site(site).to_string();
    if let Some(rating) = answers.marks.get(&site).and_then(|mark| mark.rating()) {
        label.push_str(", ");
        label.push_str(&strings.shared.rating(rating));
    }
    label
}

/// A view function (the selected place is the pain map's state): components cost about half a
/// kilobyte of wasm each.
/// `back`: on narrow screens only one figure shows, the back one if this is true. `number`: the
/// widget's number on the page.
pub fn body_figure(
    answers: &Answers,
    active: Option<Cell>,
    back: bool,
    on_activate: &Callback<Cell>,
    number: u32,
) -> Html {
    let strings = UI;
    // Until a place is chosen, the first place of the figure in view (a tap's focus comes before
    // its click, and must not turn the figure around under the patient's finger).
    let current = active.unwrap_or_else(|| {
        let view = if back { View::Back } else { View::Front };
        Cell {
            view,
            site: areas(view)[0].site,
        }
    });
    let onkeydown = {
        let on_activate = on_activate.clone();
        let mark = answers.marks.get(&current.site);
        let (marked, pain) = (mark.is_some(), mark.and_then(|mark| mark.intensity()));
        Callback::from(move |event: KeyboardEvent| {
            let key = event.key();
            let digit = key.parse::<u8>().ok().filter(|_| key.len() == 1);
            if let Some(direction) = Direction::from_key(&key) {
                on_activate.emit(next_cell(current, direction));
            } else if key == " " || key == "Enter" {
                let site = current.site;
                answers_store::change(|answers| match marked {
                    true => answers.unmark(site),
                    false => answers.mark(site),
                });
                on_activate.emit(current);
            } else if let Some(digit) = digit {
                let site = current.site;
                let mut typed = TYPED.get();
                let (intensity, joins) = typed.digit(site, digit, js_sys::Date::now(), pain);
                TYPED.set(typed);
                SAID.set(Some((site, Rating::Pain(intensity))));
                super::acting_in(number);
                answers_store::change_joining(joins, |answers| {
                    let _ = answers.set_intensity(site, intensity);
                });
                on_activate.emit(current);
            } else if key == "f" || key == "F" {
                on_activate.emit(flip(current));
            } else if key == "Delete" || key == "Backspace" {
                let site = current.site;
                answers_store::change(|answers| answers.unmark(site));
            } else {
                return;
            }
            if digit.is_none() {
                // Another of the map's keys between a "1" and a "0": they were not "10".
                TYPED.set(TypedPain::NONE);
                SAID.set(None);
            }
            // The keys above belong to the map: no page scrolling, no browser shortcuts.
            event.prevent_default();
        })
    };
    let onfocus = {
        let on_activate = on_activate.clone();
        Callback::from(move |_| {
            if active.is_none() {
                on_activate.emit(current);
            }
        })
    };
    let view = |view: View| {
        let (caption, left_label, right_label) = strings.shared.view_labels(view);
        html! {
            // Not a <figure>: its caption would name it too, and a screen reader say each view's
            // name twice ("Back, figure, Back, group"); the group's name is the one it needs.
            <div class="pg-view">
                <svg viewBox={VIEW_BOX} role="group" aria-label={caption}>
                    <g class="pg-silhouette" aria-hidden="true">
                        { for SILHOUETTE.iter().map(|&(x, y, width, height, radius)| html! {
                            <rect x={x.to_string()} y={y.to_string()} width={width.to_string()} height={height.to_string()}
                                rx={radius.to_string()} />
                        }) }
                    </g>
                    <text class="pg-side" x="2" y="-2" aria-hidden="true">{ left_label }</text>
                    <text class="pg-side" x={WIDTH.to_string()} y="-2" text-anchor="end" aria-hidden="true">{ right_label }</text>
                    { for areas(view).iter().map(|area| {
                        let cell = Cell { view, site: area.site };
                        let mark = answers.marks.get(&area.site);
                        let state = place_state([
                            (mark.is_some(), "marked"),
                            (!area.site.is_scored(), "extra"),
                            (active == Some(cell), "active"),
                        ]);
                        let onclick = {
                            let on_activate = on_activate.clone();
                            let (site, marked) = (area.site, mark.is_some());
                            Callback::from(move |event: MouseEvent| {
                                // A tap marks an unmarked place; on a marked one it only selects it,
                                // so a stray tap never erases an answer (the panel can unmark).
                                if !marked {
                                    answers_store::change(|answers| answers.mark(site));
                                }
                                on_activate.emit(cell);
                                // Below the figure (a phone, a narrow widget), "How much does it
                                // hurt?" was out of sight: patients marked places without ever
                                // seeing it. Not for the arrow keys, which leave the figure be.
                                crate::embed::scroll_into_sight_once_drawn(&event, ".pg-map", IN_SIGHT_AFTER_A_TAP);
                            })
                        };
                        html! {
                            <g>
                                <ellipse id={cell_id(cell)} class="pg-site" data-state={state} role="checkbox"
                                    aria-checked={mark.is_some().to_string()} aria-label={site_label(answers, area.site)}
                                    cx={area.cx.to_string()} cy={area.cy.to_string()} rx={area.rx.to_string()} ry={area.ry.to_string()}
                                    {onclick} />
                                if let Some(intensity) = mark.and_then(|mark| mark.intensity()) {
                                    <text class="pg-site-number" x={area.cx.to_string()} y={(area.cy + 4).to_string()}
                                        text-anchor="middle" aria-hidden="true">{ intensity }</text>
                                }
                            </g>
                        }
                    }) }
                </svg>
                <p aria-hidden="true">{ caption }</p>
            </div>
        }
    };
    // Only in the widget the keys were typed in, while the place and its pain are as they left
    // them: the panel's buttons, Undo or another place say themselves.
    let said = SAID.get().filter(|&(site, rating)| {
        super::is_acting(number)
            && active.map(|cell| cell.site) == Some(site)
            && answers.marks.get(&site).and_then(|mark| mark.rating()) == Some(rating)
    });
    html! {
        <div class="pg-figure" data-view={if back { "back" } else { "front" }} tabindex="0" role="group" aria-label={strings.part_map} aria-describedby="pg-map-keys"
            aria-activedescendant={active.map(cell_id)} {onkeydown} {onfocus}>
            { view(View::Front) }
            { view(View::Back) }
            <p id="pg-map-keys" class="pg-keys">{ strings.map_keys }</p>
            <p class="pg-said" role="status">{ said.map(|(_, rating)| strings.shared.rating(rating)) }</p>
        </div>
    }
}
