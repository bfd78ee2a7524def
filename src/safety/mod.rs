//! The safety net: answers that need more than a leaflet raise a calm notice with a number to
//! call (chest pain that may be an emergency, low mood), and so do topic searches in words of
//! despair or of an emergency (`searched`). Their words are in each language's
//! strings (`SharedWords::notices`), what raises them in `NOTICES`; the numbers are the clinic's
//! (`emergency-number`, `crisis-number`, US defaults). Which answers raise which notice is
//! decided here. Pure: tested natively.
//!
//! Why a table and not the content file: parsing notices from JSON and merging a clinic's
//! rewording cost 3 KB gzip of wasm the widget does not have (see the size gate); a clinic sets
//! its numbers with attributes, and the reviewed wording stays with the code that tests it.

pub mod notice_view;

use crate::i18n::{search_text, SearchWords, SharedWords};
use crate::scoring::{Answers, Question, Site};

/// What raises a notice: a place marked on the map, or "yes" to a yes/no question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trigger {
    Marked(Site),
    Yes(Question),
}

impl Trigger {
    pub fn is_raised_by(self, answers: &Answers) -> bool {
        match self {
            Trigger::Marked(site) => answers.marks.contains_key(&site),
            Trigger::Yes(question) => answers.answer(question) == Some(1),
        }
    }
}

/// Which of the clinic's numbers a notice gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Line {
    Emergency,
    Crisis,
}

/// One notice: a title, and a text around the number to call (shown as a link that dials it).
#[derive(Debug, PartialEq, Eq)]
pub struct Notice {
    pub when: Trigger,
    pub title: &'static str,
    pub before: &'static str,
    pub line: Line,
    pub after: &'static str,
    /// The part of `after` that holds only for the US number ("In the US, you can also text
    /// 988"): beside a clinic's own crisis line, it sent patients elsewhere.
    pub us_only: &'static str,
    /// Shown with the clinic's own call to action (where to reach them), if it has one.
    pub with_contact: bool,
}

impl Notice {
    /// The text as plain words with the number filled in (the clinician sheet, copied text).
    pub fn filled(&self, numbers: &HelpNumbers) -> String {
        [self.before, numbers.number(self.line), &self.after(numbers)].concat()
    }

    /// The text after the number, for `numbers`.
    pub fn after(&self, numbers: &HelpNumbers) -> String {
        match numbers.number(self.line) {
            US_EMERGENCY_NUMBER | US_CRISIS_NUMBER => self.after.to_string(),
            _ => self.after.replace(self.us_only, ""),
        }
    }
}

/// The numbers the notices give. Checked by `config` (digits and `+ -()` only).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HelpNumbers {
    pub emergency: String,
    pub crisis: String,
}

impl HelpNumbers {
    pub fn number(&self, line: Line) -> &str {
        match line {
            Line::Emergency => &self.emergency,
            Line::Crisis => &self.crisis,
        }
    }
}

/// The US numbers, used unless the clinic gives its own: for emergencies, and the Suicide &
/// Crisis Lifeline.
pub const US_EMERGENCY_NUMBER: &str = "911";
pub const US_CRISIS_NUMBER: &str = "988";

impl Default for HelpNumbers {
    fn default() -> HelpNumbers {
        HelpNumbers {
            emergency: US_EMERGENCY_NUMBER.into(),
            crisis: US_CRISIS_NUMBER.into(),
        }
    }
}

/// What raises each notice, which number it gives and whether the clinic's contact goes with it,
/// in the order of their words in `SharedWords::notices`.
const NOTICES: [(Trigger, Line, bool); 2] = [
    (Trigger::Marked(Site::Chest), Line::Emergency, false),
    (Trigger::Yes(Question::Depression), Line::Crisis, true),
];

/// The notices, in the words of `shared`.
pub fn notices(shared: &SharedWords) -> [Notice; 2] {
    let notice = |(when, line, with_contact),
                  [title, before, after, us_only]: [&'static str; 4]| Notice {
        when,
        title,
        before,
        line,
        after,
        us_only,
        with_contact,
    };
    let [chest, low_mood] = NOTICES;
    let [chest_words, low_mood_words] = shared.notices;
    [notice(chest, chest_words), notice(low_mood, low_mood_words)]
}

/// The notices `answers` raise, in table order.
pub fn raised<'a>(notices: &'a [Notice], answers: &Answers) -> Vec<&'a Notice> {
    notices
        .iter()
        .filter(|notice| notice.when.is_raised_by(answers))
        .collect()
}

/// The notices a topic search speaks to: "suicide", "quiero morir" or "heart attack" typed in
/// the glossary's search gets the crisis line or the emergency number, where the search alone
/// would answer "No topics match". A word of the list matches at the start of a typed word
/// ("depress" finds "depressed", not "antidepressant").
pub fn searched<'a>(words: &SearchWords, notices: &'a [Notice], typed: &str) -> Vec<&'a Notice> {
    let typed = search_text(typed);
    let starts_a_word = |word: &&str| {
        typed
            .match_indices(*word)
            .any(|(at, _)| at > 0 && typed.as_bytes()[at - 1] == b' ')
    };
    notices
        .iter()
        .filter(|notice| {
            let words = match notice.line {
                Line::Emergency => words.emergency,
                Line::Crisis => words.crisis,
            };
            words.iter().any(starts_a_word)
        })
        .collect()
}

/// A `tel:` link for a number as a clinic writes it ("+44 116-123" → `tel:+44116123`).
pub fn dial_link(number: &str) -> String {
    let dialled: String = number
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    ["tel:", &dialled].concat()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::readability::flesch_kincaid_grade;
    use crate::i18n::{Strings, EN, ES};

    #[test]
    fn a_search_for_words_of_despair_or_an_emergency_raises_that_notice() {
        let (crisis, emergency): (&[Line], &[Line]) = (&[Line::Crisis], &[Line::Emergency]);
        let cases: [(&Strings, &[&str], &[Line]); 6] = [
            (
                &EN,
                &[
                    "suicide",
                    "Suicidal thoughts",
                    "sucide",
                    "I want to kill myself",
                    "thinking of killing myself",
                    "self-harm",
                    "SELF HARM",
                    "hurting myself",
                    "cutting myself",
                    "feeling HOPELESS",
                    "Depression",
                    "no reason to live",
                    "I don't want to live anymore",
                    "i dont want to live",
                    "I wish I was dead",
                    "better off dead",
                    "I can’t go on",
                    "life is not worth living",
                    "take my own life",
                    "end it all",
                ],
                crisis,
            ),
            (
                &ES,
                &[
                    "suicidio",
                    "suicidarme",
                    "Quiero morirme",
                    "tengo ganas de morir",
                    "ya no quiero vivir",
                    "estaría mejor muerta",
                    "quiero acabar con todo",
                    "quitarme la vida",
                    "lastimarme",
                    "autolesión",
                    "depresión",
                    "me siento deprimida",
                ],
                crisis,
            ),
            (
                &EN,
                &[
                    "chest pain",
                    "chest pains",
                    "my chest hurts",
                    "pain in my chest",
                    "chest pressure",
                    "tight chest",
                    "my chest is tight",
                    "HEART ATTACK",
                    "can’t breathe",
                    "can't breathe",
                    "I cannot breathe",
                    "hard to breathe",
                    "trouble breathing",
                    "short of breath",
                    "shortness of breath",
                ],
                emergency,
            ),
            (
                &ES,
                &[
                    "dolor de pecho",
                    "me duele el pecho",
                    "presión en el pecho",
                    "Ataque al corazón",
                    "ataque cardíaco",
                    "falta de aire",
                    "me falta el aire",
                    "dificultad para respirar",
                    "me cuesta respirar",
                ],
                emergency,
            ),
            // The glossary's own topics, words too short to tell, and words that only hold one
            // of the list's ("antidepressant" holds "depress").
            (
                &EN,
                &[
                    "",
                    "fibro",
                    "sleep apnea",
                    "heart",
                    "die",
                    "diet",
                    "chest",
                    "breathing exercises",
                    "serotonin",
                    "antidepressants",
                ],
                &[],
            ),
            (
                &ES,
                &["fibromialgia", "corazón", "respiración", "antidepresivos"],
                &[],
            ),
        ];
        for (strings, searches, expected) in cases {
            for typed in searches {
                let raised: Vec<Line> = searched(&strings.search, &notices(&strings.shared), typed)
                    .iter()
                    .map(|notice| notice.line)
                    .collect();
                assert_eq!(raised, expected, "{typed}");
            }
        }
    }

    #[test]
    fn search_words_are_written_as_a_typed_search_is_read() {
        for words in [&EN.search, &ES.search] {
            for word in words
                .emergency
                .iter()
                .chain(words.crisis)
                .chain(words.filler)
            {
                assert_eq!(search_text(word), format!(" {word}"), "{word:?}");
            }
        }
    }

    #[test]
    fn chest_pain_and_yes_to_depression_raise_their_notices_and_nothing_else_does() {
        let shown = |answers: &Answers| -> Vec<Trigger> {
            raised(&notices(&EN.shared), answers)
                .iter()
                .map(|n| n.when)
                .collect()
        };
        let mut answers = Answers::default();
        for site in Site::ALL.iter().filter(|&&site| site != Site::Chest) {
            answers.mark(*site);
        }
        for question in Question::ALL {
            answers.set_answer(question, 0).unwrap();
        }
        assert_eq!(
            shown(&answers),
            [],
            "every other place, and no to everything"
        );

        answers.mark(Site::Chest);
        // Even a mark of pain 0 on the chest: the patient pointed there.
        answers.set_intensity(Site::Chest, 0).unwrap();
        assert_eq!(shown(&answers), [Trigger::Marked(Site::Chest)]);
        answers.set_answer(Question::Depression, 1).unwrap();
        let both = [
            Trigger::Marked(Site::Chest),
            Trigger::Yes(Question::Depression),
        ];
        assert_eq!(shown(&answers), both);
        answers.unmark(Site::Chest);
        assert_eq!(shown(&answers), [Trigger::Yes(Question::Depression)]);
    }

    #[test]
    fn the_notices_give_the_clinic_numbers_in_plain_words() {
        let [chest, low_mood] = notices(&EN.shared);
        let us = HelpNumbers::default();
        let text = chest.filled(&us);
        assert!(
            text.contains("Call 911, or your local emergency number"),
            "{text}"
        );
        for sign in [
            "new or very bad",
            "trouble breathing",
            "sweating",
            "arm or jaw",
        ] {
            assert!(text.contains(sign), "{sign}");
        }
        let text = low_mood.filled(&us);
        assert!(
            text.contains("Call 988") && text.contains("text 988"),
            "{text}"
        );
        assert!(low_mood.with_contact && !chest.with_contact);

        let elsewhere = HelpNumbers {
            emergency: "112".into(),
            crisis: "116 123".into(),
        };
        assert!(chest.filled(&elsewhere).contains("Call 112,"));
        assert!(low_mood
            .filled(&elsewhere)
            .ends_with("Call 116 123 any time, day or night. You can also tell your clinic."));
        for notice in notices(&EN.shared).iter().chain(&notices(&ES.shared)) {
            assert!(notice.after.contains(notice.us_only), "{}", notice.title);
        }
        let spanish = &notices(&ES.shared)[1];
        assert!(!spanish.filled(&elsewhere).contains("EE. UU."));
        assert!(spanish.filled(&us).contains("EE. UU."));
        for notice in notices(&EN.shared) {
            let words = [notice.title.to_string(), notice.filled(&us)];
            let grade = flesch_kincaid_grade(&words);
            assert!(grade <= 8.0, "{}: grade {grade:.1}", notice.title);
        }
    }

    #[test]
    fn a_dial_link_keeps_only_digits_and_plus() {
        assert_eq!(dial_link("+44 116-123"), "tel:+44116123");
        assert_eq!(dial_link("(555) 010 0199"), "tel:5550100199");
    }
}
