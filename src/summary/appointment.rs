//! "For your appointment": print the clinician sheet, copy it as text, save the FHIR file, and
//! (if the clinic takes them) send the answers. The buttons' work happens in the hand-off module
//! (`embed::hand_off`), loaded on the first press; this is only the buttons and what they said.

use crate::body_map::storage;
use crate::config::WidgetConfig;
use crate::embed::answers_store;
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
    /// Which buttons (by [`Button`]) were pressed and have not ended: another press of one is
    /// not run (on a slow connection, each press printed once more when the tools' code came).
    busy: [bool; 4],
    /// What the last button did, for the polite live region ("Copied…", "Sent…").
    pub message: &'static str,
}

/// The buttons of "For your appointment".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Button {
    Print,
    Copy,
    Save,
    Send,
}

impl Button {
    /// The action's name in the hand-off module.
    fn action(self) -> &'static str {
        match self {
            Button::Print => "print",
            Button::Copy => "copy",
            Button::Save => "save",
            Button::Send => "send",
        }
    }

    /// What the patient is told once it ended with `outcome`. The print dialog and the download
    /// speak for themselves, and must not keep the words of an earlier try that failed ("this
    /// page cannot print" beside the print dialog); a failure must not be silent.
    fn said(self, outcome: Outcome) -> &'static str {
        match (self, outcome) {
            (Button::Send, Outcome::Done) => UI.sent,
            (Button::Send, Outcome::NoConsent) => UI.consent_first,
            (Button::Send, _) => UI.send_failed,
            (_, Outcome::Unavailable) => UI.tools_failed,
            (Button::Copy, Outcome::Done) => UI.copied,
            (Button::Print, Outcome::Failed) => UI.print_failed,
            (Button::Copy, Outcome::Failed) => UI.copy_failed,
            (Button::Save, Outcome::Failed) => UI.save_failed,
            _ => "",
        }
    }
}

/// What changes it; applied to the state as it is when a button's work ends, so a copy that
/// finishes after a send cannot undo the send's lock.
pub enum HandOffAction {
    /// A button pressed, with the answers (stored form) it takes.
    Pressed(Button, Rc<str>),
    Ended(Button, Outcome),
}

impl Reducible for HandOff {
    type Action = HandOffAction;

    fn reduce(self: Rc<Self>, action: HandOffAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            HandOffAction::Pressed(button, answers) => {
                next.busy[button as usize] = true;
                next.message = if button == Button::Send {
                    next.sending = Some(answers);
                    UI.sending
                } else {
                    UI.preparing
                };
            }
            HandOffAction::Ended(button, outcome) => {
                next.busy[button as usize] = false;
                next.message = button.said(outcome);
                if button == Button::Send && outcome != Outcome::Done {
                    next.sending = None;
                }
            }
        }
        Rc::new(next)
    }
}

impl HandOff {
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
    let answers: Rc<str> = storage::to_json(answers, answers_store::changed()).into();
    let send_locked = state.send_locked(&answers);
    // "Sent" is about the answers sent: once they change, it no longer shows.
    let message = match state.message {
        message if message == UI.sent && !send_locked => "",
        message => message,
    };
    // A button's callback: runs its action in the hand-off module, unless a press of it is
    // still running, and says how it ended.
    let press = |button: Button| {
        let (host, state, answers) = (host.clone(), state.clone(), answers.clone());
        Callback::from(move |_| {
            if state.busy[button as usize] || (button == Button::Send && send_locked) {
                return;
            }
            state.dispatch(HandOffAction::Pressed(button, answers.clone()));
            let (host, state, answers) = (host.clone(), state.clone(), answers.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = hand_off::run(button.action(), host, &answers, UI.lang).await;
                state.dispatch(HandOffAction::Ended(button, outcome));
            });
        })
    };
    html! {
        <section class="pg-screen-only">
            <h2>{ strings.hand_off_title }</h2>
            <p class="pg-note">{ strings.hand_off_hint }</p>
            <div class="pg-toolbar">
                <button type="button" class="pg-button" onclick={press(Button::Print)}>{ strings.print }</button>
                <button type="button" class="pg-button pg-secondary" onclick={press(Button::Copy)}>{ strings.copy }</button>
                <button type="button" class="pg-button pg-secondary" onclick={press(Button::Save)}>{ strings.save_file }</button>
            </div>
            if config.submit.is_some() {
                // Read by the hand-off module when Send is pressed: it sends nothing without it.
                <label class="pg-check">
                    <input type="checkbox" class="pg-consent" />
                    <span>{ strings.send_consent.replace("{clinic}", config.clinic_name.as_deref().unwrap_or(strings.the_clinic)) }</span>
                </label>
                <button type="button" class="pg-button" aria-disabled={crate::embed::unavailable(send_locked)} onclick={press(Button::Send)}>
                    { strings.send }
                </button>
            }
            <p class="pg-message" aria-live="polite">{ message }</p>
        </section>
    }
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

    fn pressed(button: Button, answers: &str) -> HandOffAction {
        HandOffAction::Pressed(button, answers.into())
    }

    #[test]
    fn send_waits_for_the_answers_it_sent_and_no_others() {
        let sent = after(vec![
            pressed(Button::Send, "{\"a\":1}"),
            HandOffAction::Ended(Button::Send, Outcome::Done),
        ]);
        assert_eq!(sent.message, UI.sent);
        assert!(sent.send_locked("{\"a\":1}"));
        assert!(
            !sent.send_locked("{\"a\":2}"),
            "changed answers can be sent"
        );
        let copied = sent.reduce(HandOffAction::Ended(Button::Copy, Outcome::Done));
        assert_eq!(copied.message, UI.copied);
        assert!(
            copied.send_locked("{\"a\":1}"),
            "copying leaves Send as it was"
        );
    }

    #[test]
    fn send_waits_while_sending_and_is_ready_again_after_a_failure() {
        let sending = after(vec![pressed(Button::Send, "{}")]);
        assert!(sending.send_locked("{}"));
        for outcome in [Outcome::Failed, Outcome::NoConsent, Outcome::Unavailable] {
            assert!(!sending
                .clone()
                .reduce(HandOffAction::Ended(Button::Send, outcome))
                .send_locked("{}"));
        }
    }

    #[test]
    fn a_tool_is_busy_from_its_press_to_its_end_and_says_so() {
        let printing = after(vec![pressed(Button::Print, "{}")]);
        assert!(printing.busy[Button::Print as usize]);
        assert!(
            !printing.busy[Button::Copy as usize],
            "the other tools can run meanwhile"
        );
        assert_eq!(printing.message, UI.preparing);
        let printed = printing.reduce(HandOffAction::Ended(Button::Print, Outcome::Done));
        assert!(!printed.busy[Button::Print as usize]);
    }

    #[test]
    fn a_print_or_save_that_worked_clears_the_words_of_one_that_failed() {
        for button in [Button::Print, Button::Save] {
            let failed_first = after(vec![HandOffAction::Ended(button, Outcome::Failed)]);
            assert_ne!(failed_first.message, "");
            let then_worked = failed_first.reduce(HandOffAction::Ended(button, Outcome::Done));
            assert_eq!(then_worked.message, "");
        }
    }

    #[test]
    fn tools_that_did_not_download_ask_to_try_again_not_to_use_another() {
        for button in [Button::Print, Button::Copy, Button::Save] {
            assert_eq!(button.said(Outcome::Unavailable), UI.tools_failed);
        }
        assert_eq!(Button::Send.said(Outcome::Unavailable), UI.send_failed);
    }
}
