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
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HandOff {
    /// Sending, or sent: the Send button waits (after a failure it is ready to try again).
    pub send_locked: bool,
    /// What the last button did, for the polite live region ("Copied…", "Sent…").
    pub message: &'static str,
}

/// What changes it; applied to the state as it is when a button's work ends, so a copy that
/// finishes after a send cannot undo the send's lock.
pub enum HandOffAction {
    SendStarted,
    Copied(Outcome),
    Sent(Outcome),
}

impl Reducible for HandOff {
    type Action = HandOffAction;

    fn reduce(self: Rc<Self>, action: HandOffAction) -> Rc<Self> {
        Rc::new(match action {
            HandOffAction::SendStarted => HandOff {
                send_locked: true,
                message: UI.sending,
            },
            HandOffAction::Copied(outcome) => self.copied(outcome),
            HandOffAction::Sent(outcome) => HandOff::sent(outcome),
        })
    }
}

impl HandOff {
    /// After "Copy as text" (Send stays as it was).
    fn copied(&self, outcome: Outcome) -> HandOff {
        let message = match outcome {
            Outcome::Done => UI.copied,
            _ => UI.copy_failed,
        };
        HandOff { message, ..*self }
    }

    /// After "Send to the clinic": locked once sent.
    fn sent(outcome: Outcome) -> HandOff {
        let message = match outcome {
            Outcome::Done => UI.sent,
            Outcome::NoConsent => UI.consent_first,
            Outcome::Failed => UI.send_failed,
        };
        HandOff {
            send_locked: outcome == Outcome::Done,
            message,
        }
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
    let answers = storage::to_json(answers);
    // A button's callback: runs `action` in the hand-off module, then `done` with whether it
    // worked.
    let button = |action: &'static str, done: fn(Outcome) -> Option<HandOffAction>| {
        let (host, state, answers) = (host.clone(), state.clone(), answers.clone());
        Callback::from(move |_| {
            if action == "send" {
                state.dispatch(HandOffAction::SendStarted);
            }
            let (host, state, answers) = (host.clone(), state.clone(), answers.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(next) = done(hand_off::run(action, host, answers, UI.lang).await) {
                    state.dispatch(next);
                }
            });
        })
    };
    html! {
        <section>
            <h2>{ strings.hand_off_title }</h2>
            <p class="pg-note">{ strings.hand_off_hint }</p>
            <div class="pg-toolbar">
                <button type="button" class="pg-button" onclick={button("print", |_| None)}>{ strings.print }</button>
                <button type="button" class="pg-button pg-secondary" onclick={button("copy", |outcome| Some(HandOffAction::Copied(outcome)))}>{ strings.copy }</button>
                <button type="button" class="pg-button pg-secondary" onclick={button("save", |_| None)}>{ strings.save_file }</button>
            </div>
            if config.submit.is_some() {
                // Read by the hand-off module when Send is pressed: it sends nothing without it.
                <label class="pg-check">
                    <input type="checkbox" class="pg-consent" />
                    <span>{ strings.send_consent.replace("{clinic}", config.clinic_name.as_deref().unwrap_or(strings.the_clinic)) }</span>
                </label>
                <button type="button" class="pg-button" disabled={state.send_locked} onclick={button("send", |outcome| Some(HandOffAction::Sent(outcome)))}>
                    { strings.send }
                </button>
            }
            <p class="pg-message" aria-live="polite">{ state.message }</p>
        </section>
    }
}
