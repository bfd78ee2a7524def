//! The questions and the patient's summary, as one view function over the page's answers.

use crate::body_map::figure_view::site_label;
use crate::embed::answers_store;
use crate::i18n::UI;
use crate::scoring::{Answers, Question};
use yew::prelude::*;

/// `notices`: the safety notices the answers raise, first in the summary; `hand_off`: the "For
/// your appointment" section (see `appointment`), after it.
pub fn summary_part(answers: &Answers, notices: Html, hand_off: Html) -> Html {
    let strings = UI;
    html! {
        <section>
            <h2 id="pg-page-title" tabindex="-1">{ strings.questions_title }</h2>
            { for Question::ALL.into_iter().map(|question| question_view(answers, question)) }
            <h2>{ strings.summary_title }</h2>
            <p class="pg-note">{ strings.summary_hint }</p>
            { notices }
            { summary(answers) }
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
                <button type="button" class="pg-button pg-secondary" disabled={*answers == Answers::default()}
                    onclick={Callback::from(|_| answers_store::forget())}>{ strings.forget }</button>
            </div>
        </section>
    }
}

/// One question as real radio buttons (grouped by name within this widget's shadow root).
fn question_view(answers: &Answers, question: Question) -> Html {
    let (text, choices) = UI.question(question);
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
    let marks = answers.marks.iter().map(|(&site, mark)| {
        let mut line = site_label(answers, site);
        let qualities: Vec<&str> = mark
            .qualities
            .iter()
            .map(|&quality| strings.quality(quality))
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
            let (_, choices) = UI.question(question);
            Some(html! { <li>{ strings.question_names[question as usize] }{ ": " }{ choices[usize::from(choice)] }</li> })
        })
        .collect();
    html! {
        <div>
            <p role="status">
                if answers.marks.is_empty() {
                    { strings.nothing_marked }
                } else {
                    { strings.areas_sentence.replace("{n}", &spread.wpi.to_string()) }{ " " }
                    { strings.where_it_hurts(&spread) }
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
