//! The clinician sheet: what the patient answered, with the scores of the ACR 2010/2016 criteria
//! labelled as a self-report screen. One model feeds the printed page and "copy as text", so the
//! two always say the same. Pure: tested natively.

use crate::i18n::{SharedWords, SheetStrings};
use crate::scoring::{Answers, Criteria2016, Question};

/// The widget's name and version, printed on the sheet so a clinic knows what made it.
pub const MADE_WITH: &str = concat!("Pain Guide ", env!("CARGO_PKG_VERSION"));

/// One part of the sheet: a heading, an optional note, and `label: value` rows. An empty value is
/// a line for the patient or clinic to fill in by hand.
#[derive(Debug, PartialEq)]
pub struct Section {
    pub title: &'static str,
    pub note: Option<&'static str>,
    pub rows: Vec<(String, String)>,
}

/// The sheet for `answers`, filled in on `date` (already formatted for the reader), for `clinic`,
/// in the words of `words` (with the patient's own answers in `shared`). `notices`: the safety
/// notices the patient was shown, as (title, text).
///
/// Sections, always in this order: about, notices, screen, sites, symptoms.
pub fn sheet(
    shared: &SharedWords,
    words: &SheetStrings,
    answers: &Answers,
    date: &str,
    clinic: Option<&str>,
    notices: &[(String, String)],
) -> Vec<Section> {
    let n_of = |n: u8, of: u8| {
        words
            .n_of
            .replace("{n}", &n.to_string())
            .replace("{of}", &of.to_string())
    };
    let row = |label: &str, value: String| (label.to_string(), value);

    let mut about = vec![row(words.filled_in, date.to_string())];
    if let Some(clinic) = clinic {
        about.push(row(words.clinic, clinic.to_string()));
    }
    about.push(row(words.patient_name, String::new()));
    about.push(row(words.date_of_birth, String::new()));
    about.push(row(words.made_with, MADE_WITH.to_string()));

    let scores = answers.scores();
    let open = Question::ALL[..6]
        .iter()
        .filter(|&&question| answers.answer(question).is_none())
        .count();
    // A partial symptom score says how much is missing instead of passing for a whole one.
    let partial = |value: String| match open {
        0 => value,
        n => format!(
            "{value} ({})",
            words.sss_open.replace("{n}", &n.to_string())
        ),
    };
    let mut regions = n_of(scores.generalised_regions, 5);
    if scores.generalised_pain() {
        regions = format!("{regions}, {}", words.generalised);
    }
    let mut severity = n_of(scores.severity, 31);
    if open == 0 {
        severity = format!("{severity}, {}", words.categories[scores.category as usize]);
    }
    let criteria = match scores.criteria_2016 {
        Criteria2016::Met => 0,
        Criteria2016::NotMet => 1,
        Criteria2016::Incomplete => 2,
    };
    let screen = vec![
        row(words.wpi, n_of(scores.wpi, 19)),
        row(words.regions, regions),
        row(words.sss, partial(n_of(scores.sss, 12))),
        row(words.severity, partial(severity)),
        row(words.criteria, words.criteria_results[criteria].to_string()),
    ];

    let sites: Vec<(String, String)> = answers
        .marks
        .iter()
        .map(|(&site, mark)| {
            let mut value = mark.rating().map_or_else(
                || words.not_rated.to_string(),
                |rating| shared.rating(rating),
            );
            for (index, &quality) in mark.qualities.iter().enumerate() {
                value.push_str(if index == 0 { "; " } else { ", " });
                value.push_str(shared.quality(quality));
            }
            row(words.sites[site as usize], value)
        })
        .collect();

    let symptoms = Question::ALL
        .into_iter()
        .map(|question| {
            let value = match answers.answer(question) {
                None => words.unanswered.to_string(),
                Some(choice) => {
                    let label = shared.question(question).1[usize::from(choice)];
                    match question.choices() {
                        // The symptom levels carry their score, as the SSS counts them.
                        4 => format!("{}: {label}", n_of(choice, 3)),
                        _ => label.to_string(),
                    }
                }
            };
            row(words.questions[question as usize], value)
        })
        .collect();

    vec![
        Section {
            title: words.title,
            note: None,
            rows: about,
        },
        Section {
            title: words.notices_title,
            note: notices.is_empty().then_some(words.no_notices),
            rows: notices.to_vec(),
        },
        Section {
            title: words.screen_title,
            note: Some(words.screen_note),
            rows: screen,
        },
        Section {
            title: words.sites_title,
            note: sites.is_empty().then_some(words.no_sites),
            rows: sites,
        },
        Section {
            title: words.symptoms_title,
            note: None,
            rows: symptoms,
        },
    ]
}

/// The sheet as plain text, for "Copy as text" (an email, a patient portal message, a note).
pub fn as_text(sheet: &[Section]) -> String {
    let mut text = String::new();
    for section in sheet {
        text.push_str(section.title);
        text.push('\n');
        if let Some(note) = section.note {
            text.push_str(note);
            text.push('\n');
        }
        for (label, value) in &section.rows {
            text.push_str(&[label, ": ", value, "\n"].concat());
        }
        text.push('\n');
    }
    text.truncate(text.trim_end().len());
    text
}

/// The English sheet of `answers` with `notices`, filled in on 25 November 2026 for no clinic
/// named: the sheet most tests read.
#[cfg(test)]
pub(crate) fn english_sheet(answers: &Answers, notices: &[(String, String)]) -> Vec<Section> {
    use crate::i18n::{EN, SHEET_EN};
    sheet(
        &EN.shared,
        &SHEET_EN,
        answers,
        "25 November 2026",
        None,
        notices,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{EN, SHEET_EN};
    use crate::scoring::{Quality, Site::*};

    fn patient() -> Answers {
        let mut answers = Answers::default();
        for site in [
            ShoulderLeft,
            ShoulderRight,
            HipLeft,
            HipRight,
            Neck,
            UpperArmLeft,
            LowerLegRight,
        ] {
            answers.set_intensity(site, 6).unwrap();
        }
        answers.details(ShoulderLeft).toggle(Quality::Burning);
        answers.mark(HandLeft);
        answers.not_sure(KneeRight);
        for (question, choice) in Question::ALL.into_iter().zip([2, 2, 1, 1, 0, 0, 2]) {
            answers.set_answer(question, choice).unwrap();
        }
        answers
    }

    fn value<'a>(sheet: &'a [Section], label: &str) -> &'a str {
        sheet
            .iter()
            .flat_map(|section| &section.rows)
            .find(|(known, _)| known == label)
            .map(|(_, value)| value.as_str())
            .unwrap_or_else(|| panic!("no row {label}"))
    }

    #[test]
    fn the_notices_shown_to_the_patient_come_right_after_who_filled_it_in() {
        let notices = [(
            "Chest pain can need care right away".into(),
            "Call 911.".into(),
        )];
        let shown = english_sheet(&patient(), &notices);
        assert_eq!(shown[1].title, SHEET_EN.notices_title);
        assert_eq!(shown[1].rows, notices);
        assert!(as_text(&shown).contains("Chest pain can need care right away: Call 911."));
        let none = english_sheet(&patient(), &[]);
        assert_eq!(none[1].note, Some(SHEET_EN.no_notices));
    }

    #[test]
    fn the_sheet_carries_every_score_labelled_as_a_self_report_screen() {
        let sheet = sheet(
            &EN.shared,
            &SHEET_EN,
            &patient(),
            "25 November 2026",
            Some("Riverside Clinic"),
            &[],
        );
        let words = &SHEET_EN;
        assert_eq!(value(&sheet, words.filled_in), "25 November 2026");
        assert_eq!(value(&sheet, words.clinic), "Riverside Clinic");
        assert_eq!(value(&sheet, words.patient_name), "", "written by hand");
        assert_eq!(value(&sheet, words.made_with), MADE_WITH);
        assert_eq!(value(&sheet, words.wpi), "7 of 19");
        assert_eq!(value(&sheet, words.regions), "5 of 5, generalised pain");
        // 2 + 2 + 1 + 1 (headaches) = 6; WPI 7 + SSS 6 = 13: severe.
        assert_eq!(value(&sheet, words.sss), "6 of 12");
        assert_eq!(value(&sheet, words.severity), "13 of 31, severe");
        assert_eq!(value(&sheet, words.criteria), "met");
        assert_eq!(sheet[2].title, "Self-report screen (not a diagnosis)");
        assert!(sheet[2].note.unwrap().contains("not valid for diagnosing"));
    }

    #[test]
    fn sites_and_symptoms_read_as_clinicians_write_them() {
        let sheet = english_sheet(&patient(), &[]);
        assert_eq!(
            value(&sheet, "Left shoulder girdle"),
            "pain 6 of 10; Burning"
        );
        assert_eq!(value(&sheet, "Left hand (not in WPI)"), SHEET_EN.not_rated);
        // The patient's own "Not sure" is an answer: not the same as leaving it unrated.
        assert_eq!(
            value(&sheet, "Right knee (not in WPI)"),
            "not sure how much it hurts"
        );
        assert_eq!(
            value(&sheet, "Fatigue (past week)"),
            "2 of 3: Moderate – it was often there"
        );
        assert_eq!(value(&sheet, "Headaches (past 6 months)"), "Yes");
        assert_eq!(
            value(&sheet, "Symptoms at a similar level for"),
            "More than a year"
        );
        assert!(
            sheet[0]
                .rows
                .iter()
                .all(|(label, _)| label != SHEET_EN.clinic),
            "no clinic row without a clinic name"
        );
    }

    #[test]
    fn unanswered_questions_are_named_and_partial_scores_say_so() {
        let mut answers = patient();
        answers.symptoms = Default::default();
        let sheet = english_sheet(&answers, &[]);
        assert_eq!(
            value(&sheet, SHEET_EN.sss),
            "0 of 12 (6 questions unanswered)"
        );
        assert_eq!(
            value(&sheet, SHEET_EN.severity),
            "7 of 31 (6 questions unanswered)",
            "no category from a partial score"
        );
        assert_eq!(value(&sheet, SHEET_EN.criteria), "incomplete");
        assert_eq!(value(&sheet, "Depression (past 6 months)"), "not answered");
    }

    #[test]
    fn an_empty_map_says_so_instead_of_an_empty_list() {
        let sheet = english_sheet(&Answers::default(), &[]);
        assert_eq!(sheet[3].note, Some(SHEET_EN.no_sites));
        assert!(sheet[3].rows.is_empty());
        assert_eq!(value(&sheet, SHEET_EN.wpi), "0 of 19");
    }

    #[test]
    fn the_text_has_every_heading_note_and_row_in_order() {
        let answers = patient();
        let sheet = english_sheet(&answers, &[]);
        let text = as_text(&sheet);
        assert!(text.starts_with(
            "Pain and symptom summary\nFilled in by the patient on: 25 November 2026\n"
        ));
        assert!(text.contains("\n\nSelf-report screen (not a diagnosis)\nFrom the ACR"));
        assert!(text.contains("\nWidespread Pain Index (WPI): 7 of 19\n"));
        assert!(text.ends_with("Symptoms at a similar level for: More than a year"));
        let rows: usize = sheet.iter().map(|section| section.rows.len()).sum();
        let notes = sheet
            .iter()
            .filter(|section| section.note.is_some())
            .count();
        // Each heading, note and row on its own line; a blank line between sections.
        assert_eq!(text.lines().count(), sheet.len() * 2 - 1 + notes + rows);
    }
}
