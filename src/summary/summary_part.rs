//! The questions and the patient's summary, as one view function over the page's answers.

use crate::app::open_part_button;
use crate::body_map::figure_view::place_and_pain;
use crate::config::Part;
use crate::embed::answers_store;
use crate::i18n::UI;
use crate::scoring::{Answers, Question, Site};
use yew::prelude::*;

/// `notices`: the safety notices the answers raise, first in the summary; `hand_off`: the "For
/// your appointment" section (see `appointment`), after it; `asking_to_forget`: whether the
/// patient has pressed "Forget my answers" and is being asked to be sure, which `ask` sets;
/// `on_open_part`: with nothing marked yet, the summary's button to the map was pressed.
pub fn summary_part(
    answers: &Answers,
    notices: Html,
    hand_off: Html,
    asking_to_forget: bool,
    ask: &Callback<bool>,
    on_open_part: &Callback<Part>,
) -> Html {
    let strings = UI;
    html! {
        <section>
            <h2 id="pg-page-title" tabindex="-1">{ strings.questions_title }</h2>
            { answers_date_note() }
            { see_summary_button() }
            { for Question::ALL.into_iter().map(|question| question_view(answers, question)) }
            <h2 id="pg-summary-title" tabindex="-1">{ strings.summary_title }</h2>
            <p class="pg-note">{ strings.summary_hint }</p>
            { notices }
            { summary(answers) }
            if answers.marks.is_empty() {
                { open_part_button(strings.open_map, Part::Map, on_open_part) }
            }
            { hand_off }
            <div class="pg-screen-only">
                if answers_store::keeps_answers() {
                    <label class="pg-check">
                        <input type="checkbox" checked={answers_store::remembers()} aria-describedby="pg-remember-hint"
                            onchange={Callback::from(|_| answers_store::set_remember(!answers_store::remembers()))} />
                        <span>{ strings.remember }</span>
                    </label>
                    <p id="pg-remember-hint" class="pg-hint">{ strings.remember_hint }</p>
                }
                { forget_control(*answers == Answers::default(), asking_to_forget, ask) }
            </div>
        </section>
    }
}

/// The tab is "Summary", and on a phone the summary is screens below the questions: a button
/// under their title goes to it. Out of line: inlined into the root view's function, it cost
/// 300 B more.
#[inline(never)]
fn see_summary_button() -> Html {
    html! {
        <button type="button" class="pg-link pg-screen-only"
            onclick={crate::embed::returning_to("section", "#pg-summary-title", "#pg-summary-title")}>{ UI.see_summary }</button>
    }
}

/// "You gave these answers on…", when the answers were last changed before today: the questions
/// ask about "the past week", and a patient back on a later day (with "Remember" ticked) should
/// check them and the places marked. Under the title of the map and of the summary. Out of line:
/// inlined, it took `summary_part` out of the root view's function, and the page's wasm
/// compressed 350 B worse.
#[inline(never)]
pub fn answers_date_note() -> Html {
    let Some(changed) = answers_store::changed() else {
        return Html::default();
    };
    let changed = crate::embed::date_at(Some(changed));
    if changed.to_date_string() == crate::embed::date_at(None).to_date_string() {
        return Html::default();
    }
    let day = crate::embed::long_date(&changed, UI.lang);
    html! { <p class="pg-note">{ UI.answers_from.replace("{date}", &day) }</p> }
}

/// "Forget my answers", and once pressed the question that makes sure: forgetting cannot be
/// undone, and a slip of the finger would cost the patient every mark and answer. Focus moves to
/// "No, keep them"; from there back to the button, or after "Yes" to the part's title.
fn forget_control(nothing_to_forget: bool, asking: bool, ask: &Callback<bool>) -> Html {
    let strings = UI;
    // Each of the three buttons: forget or not, ask or stop asking, then move focus on (the
    // button pressed is replaced) once Yew has drawn the change.
    let press = |forget: bool, then_asking: bool, then_focus: &'static str| {
        ask.reform(move |event: MouseEvent| {
            if forget {
                answers_store::forget();
            }
            crate::embed::focus_once_drawn(&event, "section", then_focus);
            then_asking
        })
    };
    if nothing_to_forget || !asking {
        return html! {
            <button type="button" class="pg-button pg-secondary pg-forget" disabled={nothing_to_forget}
                onclick={press(false, true, ".pg-keep")}>{ strings.forget }</button>
        };
    }
    html! {
        <div role="group" aria-labelledby="pg-forget-question">
            <p id="pg-forget-question">{ strings.forget_question }</p>
            <div class="pg-toolbar">
                <button type="button" class="pg-button" onclick={press(true, false, "#pg-page-title")}>{ strings.forget_yes }</button>
                <button type="button" class="pg-button pg-secondary pg-keep" onclick={press(false, false, ".pg-forget")}>{ strings.forget_no }</button>
            </div>
        </div>
    }
}

/// One question as real radio buttons (grouped by name within this widget's shadow root).
fn question_view(answers: &Answers, question: Question) -> Html {
    let (text, choices) = UI.shared.question(question);
    let name = format!("pg-{}", question.id());
    let chosen = answers.answer(question);
    html! {
        <fieldset>
            <legend>{ text }</legend>
            <div class="pg-choices">
                { for (0u8..).zip(choices).map(|(choice, label)| {
                    let onchange = Callback::from(move |_| {
                        answers_store::change(|answers| drop(answers.set_answer(question, choice)))
                    });
                    html! {
                        <label class="pg-choice">
                            <input type="radio" name={name.clone()} checked={chosen == Some(choice)} {onchange} />
                            <span>{ *label }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}

/// What the patient told us: where it hurts (plain words, then each place) and their answers.
fn summary(answers: &Answers) -> Html {
    let strings = UI;
    let spread = answers.pain_spread();
    let marked = Site::HEAD_TO_TOE
        .into_iter()
        .filter_map(|site| Some((site, answers.marks.get(&site)?)));
    let marks = marked.map(|(site, mark)| {
        let mut line = place_and_pain(answers, site);
        let qualities: Vec<&str> = mark
            .qualities
            .iter()
            .map(|&quality| strings.shared.quality(quality))
            .collect();
        if !qualities.is_empty() {
            line.push_str(&[" (", &qualities.join(", "), ")"].concat());
        }
        html! { <li>{ line }</li> }
    });
    let answered: Vec<Html> = Question::ALL
        .into_iter()
        .filter_map(|question| {
            let choice = answers.answer(question)?;
            let (_, choices) = UI.shared.question(question);
            Some(html! { <li>{ strings.question_names[question as usize] }{ ": " }{ choices[usize::from(choice)] }</li> })
        })
        .collect();
    html! {
        <div>
            <p role="status">
                if answers.marks.is_empty() {
                    { strings.nothing_marked }
                } else {
                    { strings.marked_sentences(&spread) }
                }
            </p>
            if !answers.marks.is_empty() {
                <ul>{ for marks }</ul>
            }
            if !answered.is_empty() {
                <ul>{ for answered }</ul>
            }
        </div>
    }
}
