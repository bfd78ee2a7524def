//! "For your appointment": print the clinician sheet, copy it as text, save the FHIR file, and
//! (if the clinic takes them) send the answers. The buttons' work happens in the hand-off module
//! (`embed::hand_off`), loaded on the first press; this is only the buttons and what they said.

use crate::body_map::storage;
use crate::config::WidgetConfig;
use crate::embed::hand_off::{self, Outcome};
use crate::i18n::UI;
use crate::scoring::Answers;
use std::rc::Rc;
use web_sys::HtmlElement;
use yew::prelude::*;

/// What the buttons did, kept by the widget.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HandOff {
    /// The answers (in their stored form) being sent, or sent: Send waits while they are still
    /// the patient's answers. After a failure, or once the patient changes an answer, it is ready
    /// again.
    pub sending: Option<Rc<str>>,
    /// What the last button did, for the polite live region ("Copied…", "Sent…").
    pub message: &'static str,
}

/// What changes it; applied to the state as it is when a button's work ends, so a copy that
/// finishes after a send cannot undo the send's lock.
pub enum HandOffAction {
    SendStarted(Rc<str>),
    /// What print, copy or save has to say (Send stays as it was).
    Said(&'static str),
    Sent(Outcome),
}

impl Reducible for HandOff {
    type Action = HandOffAction;

    fn reduce(self: Rc<Self>, action: HandOffAction) -> Rc<Self> {
        Rc::new(match action {
            HandOffAction::SendStarted(answers) => HandOff {
                sending: Some(answers),
                message: UI.sending,
            },
            HandOffAction::Said(message) => HandOff {
                message,
                ..(*self).clone()
            },
            HandOffAction::Sent(outcome) => self.sent(outcome),
        })
    }
}

impl HandOff {
    /// After "Send to the clinic": locked once sent, for the answers sent.
    fn sent(&self, outcome: Outcome) -> HandOff {
        let message = match outcome {
            Outcome::Done => UI.sent,
            Outcome::NoConsent => UI.consent_first,
            Outcome::Failed => UI.send_failed,
        };
        HandOff {
            sending: self.sending.clone().filter(|_| outcome == Outcome::Done),
            message,
        }
    }

    /// Whether Send waits, given the patient's answers now (stored form).
    fn send_locked(&self, answers: &str) -> bool {
        self.sending.as_deref() == Some(answers)
    }
}

pub fn appointment(
    answers: &Answers,
    config: &WidgetConfig,
    host: &HtmlElement,
    state: &UseReducerHandle<HandOff>,
) -> Html {
    let strings = UI;
    // The answers go over in their stored form; the module reads the clinic's settings itself.
    let answers: Rc<str> = storage::to_json(answers).into();
    let send_locked = state.send_locked(&answers);
    // "Sent" is about the answers sent: once they change, it no longer shows.
    let message = match state.message {
        message if message == UI.sent && !send_locked => "",
        message => message,
    };
    // A button's callback: runs `action` in the hand-off module, then `done` with whether it
    // worked.
    let button = |action: &'static str, done: fn(Outcome) -> Option<HandOffAction>| {
        let (host, state, answers) = (host.clone(), state.clone(), answers.clone());
        Callback::from(move |_| {
            if action == "send" {
                state.dispatch(HandOffAction::SendStarted(answers.clone()));
            }
            let (host, state, answers) = (host.clone(), state.clone(), answers.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(next) = done(hand_off::run(action, host, &answers, UI.lang).await) {
                    state.dispatch(next);
                }
            });
        })
    };
    html! {
        <section class="pg-screen-only">
            <h2>{ strings.hand_off_title }</h2>
            <p class="pg-note">{ strings.hand_off_hint }</p>
            <div class="pg-toolbar">
                // The print dialog and the download speak for themselves; a failure must not be silent.
                <button type="button" class="pg-button" onclick={button("print", |outcome| said_after(outcome, UI.print_failed))}>{ strings.print }</button>
                <button type="button" class="pg-button pg-secondary" onclick={button("copy", |outcome| {
                    Some(HandOffAction::Said(if outcome == Outcome::Done { UI.copied } else { UI.copy_failed }))
                })}>{ strings.copy }</button>
                <button type="button" class="pg-button pg-secondary" onclick={button("save", |outcome| said_after(outcome, UI.save_failed))}>{ strings.save_file }</button>
            </div>
            if config.submit.is_some() {
                // Read by the hand-off module when Send is pressed: it sends nothing without it.
                <label class="pg-check">
                    <input type="checkbox" class="pg-consent" />
                    <span>{ strings.send_consent.replace("{clinic}", config.clinic_name.as_deref().unwrap_or(strings.the_clinic)) }</span>
                </label>
                <button type="button" class="pg-button" disabled={send_locked} onclick={button("send", |outcome| Some(HandOffAction::Sent(outcome)))}>
                    { strings.send }
                </button>
            }
            <p class="pg-message" aria-live="polite">{ message }</p>
        </section>
    }
}

/// What a print or save leaves said: `failure` if it failed; if it worked, nothing (the words of an
/// earlier try that failed, "this page cannot print", must not stay beside the print dialog).
fn said_after(outcome: Outcome, failure: &'static str) -> Option<HandOffAction> {
    Some(HandOffAction::Said(match outcome {
        Outcome::Failed => failure,
        _ => "",
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after(actions: Vec<HandOffAction>) -> Rc<HandOff> {
        actions
            .into_iter()
            .fold(Rc::new(HandOff::default()), |state, action| {
                state.reduce(action)
            })
    }

    #[test]
    fn send_waits_for_the_answers_it_sent_and_no_others() {
        let sent = after(vec![
            HandOffAction::SendStarted("{\"a\":1}".into()),
            HandOffAction::Sent(Outcome::Done),
        ]);
        assert_eq!(sent.message, UI.sent);
        assert!(sent.send_locked("{\"a\":1}"));
        assert!(
            !sent.send_locked("{\"a\":2}"),
            "changed answers can be sent"
        );
        let copied = sent.reduce(HandOffAction::Said(UI.copied));
        assert!(
            copied.send_locked("{\"a\":1}"),
            "copying leaves Send as it was"
        );
    }

    #[test]
    fn a_print_or_save_that_worked_clears_the_words_of_one_that_failed() {
        let failed_first = after(vec![said_after(Outcome::Failed, UI.print_failed).unwrap()]);
        assert_eq!(failed_first.message, UI.print_failed);
        let then_worked = failed_first.reduce(said_after(Outcome::Done, UI.print_failed).unwrap());
        assert_eq!(then_worked.message, "");
    }

    #[test]
    fn send_waits_while_sending_and_is_ready_again_after_a_failure() {
        let sending = after(vec![HandOffAction::SendStarted("{}".into())]);
        assert!(sending.send_locked("{}"));
        for outcome in [Outcome::Failed, Outcome::NoConsent] {
            assert!(!sending
                .clone()
                .reduce(HandOffAction::Sent(outcome))
                .send_locked("{}"));
        }
    }
}
