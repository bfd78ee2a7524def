//! The answers as a FHIR R4 `QuestionnaireResponse`, the form a clinic's records system imports:
//! the file "Save a file for the clinic" writes and the body "Send to the clinic" posts. Pure.
//!
//! Items, by `linkId`: `sites` (one boolean per body area, with `<area>.intensity` 0–10 and
//! `<area>.quality` codings under a marked one), `symptoms` (levels 0–3 as integers, yes/no as
//! booleans, `duration` as a coding) and `scores` (WPI and regions always; SSS and severity only
//! when every symptom question is answered, so a partial score never passes for a whole one).

use crate::i18n::{SheetStrings, Strings};
use crate::json::Json;
use crate::scoring::{Answers, Question, Site};

/// Where our FHIR definitions live: the Questionnaire this response answers, and the code system
/// of its answer codes.
pub const CANONICAL_BASE: &str = "https://pain-guide.org/fhir";
/// The Questionnaire answered, pinned to this widget's version.
pub const QUESTIONNAIRE: &str = concat!(
    "https://pain-guide.org/fhir/Questionnaire/pain-guide|",
    env!("CARGO_PKG_VERSION")
);
const CODE_SYSTEM: &str = "https://pain-guide.org/fhir/CodeSystem/pain-guide";
/// The codes of the duration question's choices, in choice order.
pub const DURATION_CODES: [&str; 3] = ["under-3-months", "3-to-12-months", "over-1-year"];

/// The response for `answers`, `authored` being when it was made (an ISO 8601 date-time).
/// Item texts are the sheet's (`words`); answer displays the patient's (`strings`).
pub fn questionnaire_response(
    strings: &Strings,
    words: &SheetStrings,
    answers: &Answers,
    authored: &str,
) -> Json {
    let sites = Site::ALL
        .iter()
        .map(|&site| {
            let mark = answers.marks.get(&site);
            let mut answer = vec![("valueBoolean", Json::Bool(mark.is_some()))];
            if let Some(mark) = mark {
                let mut details = Vec::new();
                if let Some(intensity) = mark.intensity() {
                    let id = [site.id(), ".intensity"].concat();
                    details.push(item(&id, None, vec![integer(intensity)]));
                }
                if !mark.qualities.is_empty() {
                    let codings = mark
                        .qualities
                        .iter()
                        .map(|&quality| coding(quality.id(), strings.quality(quality)))
                        .collect();
                    details.push(item(&[site.id(), ".quality"].concat(), None, codings));
                }
                if !details.is_empty() {
                    answer.push(("item", Json::Array(details)));
                }
            }
            let answer = Json::object(answer);
            item(site.id(), Some(words.sites[site as usize]), vec![answer])
        })
        .collect();

    let symptoms = Question::ALL
        .into_iter()
        .filter_map(|question| {
            let choice = answers.answer(question)?;
            let value = match question {
                Question::Fatigue | Question::WakingUnrefreshed | Question::Cognitive => {
                    integer(choice)
                }
                Question::Duration => {
                    let label = strings.question(question).1[usize::from(choice)];
                    coding(DURATION_CODES[usize::from(choice)], label)
                }
                _ => answer("valueBoolean", Json::Bool(choice == 1)),
            };
            let text = words.questions[question as usize];
            Some(item(question.id(), Some(text), vec![value]))
        })
        .collect();

    let scores = answers.scores();
    let mut score_items = vec![
        item("wpi", Some(words.wpi), vec![integer(scores.wpi)]),
        item(
            "generalised-regions",
            Some(words.regions),
            vec![integer(scores.generalised_regions)],
        ),
    ];
    if scores.sss_complete {
        score_items.push(item("sss", Some(words.sss), vec![integer(scores.sss)]));
        score_items.push(item(
            "severity",
            Some(words.severity),
            vec![integer(scores.severity)],
        ));
    }

    let group = |id: &str, text: &str, items: Vec<Json>| {
        Json::object(vec![
            ("linkId", Json::String(id.into())),
            ("text", Json::String(text.into())),
            ("item", Json::Array(items)),
        ])
    };
    Json::object(vec![
        ("resourceType", Json::String("QuestionnaireResponse".into())),
        ("questionnaire", Json::String(QUESTIONNAIRE.into())),
        ("status", Json::String("completed".into())),
        ("authored", Json::String(authored.into())),
        (
            "item",
            Json::Array(vec![
                group("sites", words.sites_title, sites),
                group("symptoms", words.symptoms_title, symptoms),
                group("scores", words.screen_title, score_items),
            ]),
        ),
    ])
}

/// A question item with its answers (`text` is optional in FHIR; nested details leave it out).
fn item(id: &str, text: Option<&str>, answers: Vec<Json>) -> Json {
    let mut members = vec![("linkId", Json::String(id.into()))];
    if let Some(text) = text {
        members.push(("text", Json::String(text.into())));
    }
    members.push(("answer", Json::Array(answers)));
    Json::object(members)
}

fn answer(kind: &str, value: Json) -> Json {
    Json::object(vec![(kind, value)])
}

fn integer(value: u8) -> Json {
    answer("valueInteger", Json::Number(value.to_string()))
}

fn coding(code: &str, display: &str) -> Json {
    answer(
        "valueCoding",
        Json::object(vec![
            ("system", Json::String(CODE_SYSTEM.into())),
            ("code", Json::String(code.into())),
            ("display", Json::String(display.into())),
        ]),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{EN, SHEET_EN};
    use crate::scoring::{Quality, Site::*};

    fn response(answers: &Answers) -> Json {
        let text =
            questionnaire_response(&EN, &SHEET_EN, answers, "2026-11-25T10:30:00.000Z").to_string();
        // Through the text, as a clinic's system reads it.
        Json::parse(&text).unwrap()
    }

    fn group<'a>(response: &'a Json, id: &str) -> &'a [Json] {
        response
            .get("item")
            .and_then(Json::as_array)
            .unwrap()
            .iter()
            .find(|group| group.get("linkId").and_then(Json::as_str) == Some(id))
            .and_then(|group| group.get("item"))
            .and_then(Json::as_array)
            .unwrap()
    }

    fn first_answer<'a>(items: &'a [Json], id: &str) -> Option<&'a Json> {
        let item = items
            .iter()
            .find(|item| item.get("linkId").and_then(Json::as_str) == Some(id))?;
        item.get("answer")?.as_array()?.first()
    }

    #[test]
    fn the_header_names_the_questionnaire_version_and_time() {
        let response = response(&Answers::default());
        assert_eq!(
            response.get("resourceType").and_then(Json::as_str),
            Some("QuestionnaireResponse")
        );
        let questionnaire = response
            .get("questionnaire")
            .and_then(Json::as_str)
            .unwrap();
        assert!(questionnaire.starts_with(CANONICAL_BASE));
        assert!(questionnaire.ends_with(&format!("|{}", env!("CARGO_PKG_VERSION"))));
        assert_eq!(
            response.get("status").and_then(Json::as_str),
            Some("completed")
        );
        assert_eq!(
            response.get("authored").and_then(Json::as_str),
            Some("2026-11-25T10:30:00.000Z")
        );
    }

    #[test]
    fn every_area_is_answered_and_a_marked_one_carries_its_details() {
        let mut answers = Answers::default();
        answers.set_intensity(ShoulderLeft, 6).unwrap();
        answers.details(ShoulderLeft).toggle(Quality::Burning);
        answers.mark(HandRight);
        let response = response(&answers);
        let sites = group(&response, "sites");
        assert_eq!(sites.len(), Site::ALL.len());
        let shoulder = first_answer(sites, "shoulder-left").unwrap();
        assert_eq!(shoulder.get("valueBoolean"), Some(&Json::Bool(true)));
        let details = shoulder.get("item").and_then(Json::as_array).unwrap();
        assert_eq!(
            first_answer(details, "shoulder-left.intensity").unwrap(),
            &Json::object(vec![("valueInteger", Json::Number("6".into()))])
        );
        let quality = first_answer(details, "shoulder-left.quality").unwrap();
        let coding = quality.get("valueCoding").unwrap();
        assert_eq!(coding.get("code").and_then(Json::as_str), Some("burning"));
        assert_eq!(
            coding.get("display").and_then(Json::as_str),
            Some("Burning")
        );
        // Marked without a pain number: true, no nested items.
        let hand = first_answer(sites, "hand-right").unwrap();
        assert_eq!(
            hand,
            &Json::object(vec![("valueBoolean", Json::Bool(true))])
        );
        let neck = first_answer(sites, "neck").unwrap();
        assert_eq!(
            neck,
            &Json::object(vec![("valueBoolean", Json::Bool(false))])
        );
    }

    #[test]
    fn symptoms_use_integers_booleans_and_codes_and_skip_the_unanswered() {
        let mut answers = Answers::default();
        answers.set_answer(Question::Fatigue, 3).unwrap();
        answers.set_answer(Question::Depression, 1).unwrap();
        answers.set_answer(Question::Headaches, 0).unwrap();
        answers.set_answer(Question::Duration, 1).unwrap();
        let response = response(&answers);
        let symptoms = group(&response, "symptoms");
        assert_eq!(symptoms.len(), 4);
        let value = |id, kind| first_answer(symptoms, id).and_then(|answer| answer.get(kind));
        assert_eq!(
            value("fatigue", "valueInteger"),
            Some(&Json::Number("3".into()))
        );
        assert_eq!(value("depression", "valueBoolean"), Some(&Json::Bool(true)));
        assert_eq!(value("headaches", "valueBoolean"), Some(&Json::Bool(false)));
        let duration = value("duration", "valueCoding").unwrap();
        assert_eq!(
            duration.get("code").and_then(Json::as_str),
            Some("3-to-12-months")
        );
        assert_eq!(first_answer(symptoms, "cognitive"), None);
    }

    #[test]
    fn symptom_scores_only_when_every_symptom_question_is_answered() {
        let mut answers = Answers::default();
        answers.set_intensity(Neck, 4).unwrap();
        let partial = response(&answers);
        let ids = |response: &Json| -> Vec<String> {
            group(response, "scores")
                .iter()
                .map(|item| {
                    item.get("linkId")
                        .and_then(Json::as_str)
                        .unwrap()
                        .to_string()
                })
                .collect()
        };
        assert_eq!(ids(&partial), ["wpi", "generalised-regions"]);
        for question in &Question::ALL[..6] {
            answers.set_answer(*question, 1).unwrap();
        }
        let complete = response(&answers);
        assert_eq!(
            ids(&complete),
            ["wpi", "generalised-regions", "sss", "severity"]
        );
        let scores = group(&complete, "scores");
        let severity = first_answer(scores, "severity").unwrap();
        // WPI 1 + SSS (3 levels of 1, three yes) 6 = 7.
        assert_eq!(
            severity.get("valueInteger"),
            Some(&Json::Number("7".into()))
        );
    }
}
