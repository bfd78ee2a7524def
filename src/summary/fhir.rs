//! The answers as a FHIR R4 `QuestionnaireResponse`, the form a clinic's records system imports:
//! the file "Save a file for the clinic" writes and the body "Send to the clinic" posts. Pure.
//!
//! Items, by `linkId`: `sites` (one boolean per body area, with `<area>.intensity` 0–10, or for
//! "Not sure" no answer and the data-absent-reason `asked-unknown`, and `<area>.quality` codings
//! under a marked one), `symptoms` (levels 0–3 as integers, yes/no as booleans, `duration` as a
//! coding) and `scores` (WPI and regions always; SSS and severity only when every symptom question
//! is answered, so a partial score never passes for a whole one).
//!
//! [`questionnaire`] is the FHIR `Questionnaire` those answer, built from the same tables; it
//! ships beside the widget as `pain-guide-questionnaire.json` (`static/`, kept equal to this by a
//! test).

use crate::i18n::{SharedWords, SheetStrings};
use crate::json::Json;
use crate::scoring::{Answers, Quality, Question, Rating, Site};

/// Where our FHIR definitions live: the Questionnaire this response answers, and the code system
/// of its answer codes. A macro, so that `concat!` can build the addresses below on it.
macro_rules! canonical_base {
    () => {
        "https://pain-guide.org/fhir"
    };
}
/// The Questionnaire's canonical URL (an identifier: it need not resolve).
pub const QUESTIONNAIRE_URL: &str = concat!(canonical_base!(), "/Questionnaire/pain-guide");
/// The Questionnaire answered, pinned to this widget's version.
pub const QUESTIONNAIRE: &str = concat!(
    canonical_base!(),
    "/Questionnaire/pain-guide|",
    env!("CARGO_PKG_VERSION")
);
const CODE_SYSTEM: &str = concat!(canonical_base!(), "/CodeSystem/pain-guide");
/// The codes of the duration question's choices, in choice order.
pub const DURATION_CODES: [&str; 3] = ["under-3-months", "3-to-12-months", "over-1-year"];

/// The response for `answers`, `authored` being when they were last changed (an ISO 8601 date-time).
/// Item texts are the sheet's (`words`); answer displays the patient's (`shared`).
pub fn questionnaire_response(
    shared: &SharedWords,
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
                let intensity = match mark.rating() {
                    Some(Rating::Pain(intensity)) => Some(("answer", integer(intensity))),
                    // "Not sure" has no number, but is not "not answered" either: FHIR's own
                    // words for it are "asked, unknown", so the Questionnaire stays as it is.
                    Some(Rating::NotSure) => Some(("extension", asked_unknown())),
                    None => None,
                };
                if let Some((member, value)) = intensity {
                    let id = [site.id(), ".intensity"].concat();
                    details.push(Json::object(vec![
                        ("linkId", Json::String(id)),
                        (member, Json::Array(vec![value])),
                    ]));
                }
                if !mark.qualities.is_empty() {
                    let codings = mark
                        .qualities
                        .iter()
                        .map(|&quality| coding(quality.id(), shared.quality(quality)))
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
                    let label = shared.question(question).1[usize::from(choice)];
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

/// The FHIR R4 `Questionnaire` that [`questionnaire_response`] answers: the same `linkId`s,
/// nesting, types and answer codes, with the sheet's wording (`words`) and the patient's answer
/// labels (`shared`).
pub fn questionnaire(shared: &SharedWords, words: &SheetStrings) -> Json {
    let text = |value: &str| Json::String(value.into());
    let number = |value: u8| Json::Number(value.to_string());
    // minValue / maxValue: the core extensions that bound an integer item.
    let bounds = |max: u8| {
        vec![
            extension("minValue", ("valueInteger", number(0))),
            extension("maxValue", ("valueInteger", number(max))),
        ]
    };
    let question = |id: &str, label: &str, kind: &str, mut more: Vec<(&str, Json)>| {
        let mut members = vec![
            ("linkId", text(id)),
            ("text", text(label)),
            ("type", text(kind)),
        ];
        members.append(&mut more);
        Json::object(members)
    };
    // An answer `{"valueCoding": …}` is also the shape of an answer option.
    let options = |codings: Vec<Json>| ("answerOption", Json::Array(codings));

    let sites = Site::ALL
        .iter()
        .map(|&site| {
            let id = site.id();
            // The details are asked only about a marked area.
            let when_marked = || {
                let condition = Json::object(vec![
                    ("question", text(id)),
                    ("operator", text("=")),
                    ("answerBoolean", Json::Bool(true)),
                ]);
                ("enableWhen", Json::Array(vec![condition]))
            };
            let qualities = Quality::ALL
                .into_iter()
                .map(|quality| coding(quality.id(), shared.quality(quality)))
                .collect();
            let details = vec![
                question(
                    &[id, ".intensity"].concat(),
                    words.intensity,
                    "integer",
                    vec![("extension", Json::Array(bounds(10))), when_marked()],
                ),
                question(
                    &[id, ".quality"].concat(),
                    words.quality,
                    "choice",
                    vec![
                        ("repeats", Json::Bool(true)),
                        options(qualities),
                        when_marked(),
                    ],
                ),
            ];
            let label = words.sites[site as usize];
            question(id, label, "boolean", vec![("item", Json::Array(details))])
        })
        .collect();

    let symptoms = Question::ALL
        .into_iter()
        .map(|asked| {
            let label = words.questions[asked as usize];
            match asked {
                Question::Fatigue | Question::WakingUnrefreshed | Question::Cognitive => {
                    // The levels' meanings, as a hint beside the number.
                    let mut extensions = bounds(3);
                    let scale = ("valueString", text(words.level_scale));
                    extensions.push(extension("entryFormat", scale));
                    let extensions = ("extension", Json::Array(extensions));
                    question(asked.id(), label, "integer", vec![extensions])
                }
                Question::Duration => {
                    let choices = shared.question(asked).1;
                    let codings = DURATION_CODES
                        .iter()
                        .zip(choices)
                        .map(|(code, label)| coding(code, label))
                        .collect();
                    question(asked.id(), label, "choice", vec![options(codings)])
                }
                _ => question(asked.id(), label, "boolean", Vec::new()),
            }
        })
        .collect();

    let calculated = |id: &str, label: &str| {
        question(id, label, "integer", vec![("readOnly", Json::Bool(true))])
    };
    let scores = vec![
        calculated("wpi", words.wpi),
        calculated("generalised-regions", words.regions),
        calculated("sss", words.sss),
        calculated("severity", words.severity),
    ];
    let group = |id: &str, label: &str, items: Vec<Json>| {
        question(id, label, "group", vec![("item", Json::Array(items))])
    };
    Json::object(vec![
        ("resourceType", text("Questionnaire")),
        ("id", text("pain-guide")),
        ("url", text(QUESTIONNAIRE_URL)),
        ("version", text(env!("CARGO_PKG_VERSION"))),
        ("name", text("PainGuide")),
        ("title", text(words.title)),
        ("status", text("active")),
        ("subjectType", Json::Array(vec![text("Patient")])),
        ("publisher", text("Pain Guide")),
        ("description", text(words.description)),
        (
            "item",
            Json::Array(vec![
                group("sites", words.sites_title, sites),
                group("symptoms", words.symptoms_title, symptoms),
                group("scores", words.screen_title, scores),
            ]),
        ),
    ])
}

/// One of FHIR's core extensions (`http://hl7.org/fhir/StructureDefinition/<name>`).
fn extension(name: &str, value: (&str, Json)) -> Json {
    let url = ["http://hl7.org/fhir/StructureDefinition/", name].concat();
    Json::object(vec![("url", Json::String(url)), value])
}

/// FHIR's reason for a missing value where the patient was asked and could not say.
fn asked_unknown() -> Json {
    let reason = ("valueCode", Json::String("asked-unknown".into()));
    extension("data-absent-reason", reason)
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
            questionnaire_response(&EN.shared, &SHEET_EN, answers, "2026-11-25T10:30:00.000Z")
                .to_string();
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

    /// Where `answered` (a response's items) does not fit `asked` (the Questionnaire's items at
    /// the same place): unknown linkIds, answers of the wrong type or outside the bounds, codes
    /// that are not options, several answers to a question that does not repeat.
    fn misfits(asked: &[Json], answered: &[Json], out: &mut Vec<String>) {
        for item in answered {
            let id = field(item, "linkId");
            let Some(question) = asked.iter().find(|q| field(q, "linkId") == id) else {
                out.push(format!("{id}: not in the Questionnaire at this place"));
                continue;
            };
            let kind = field(question, "type");
            if kind == "group" {
                misfits(list(question, "item"), list(item, "item"), out);
                continue;
            }
            let answers = list(item, "answer");
            if answers.len() > 1 && question.get("repeats") != Some(&Json::Bool(true)) {
                out.push(format!(
                    "{id}: {} answers, but it does not repeat",
                    answers.len()
                ));
            }
            for answer in answers {
                let value_key = match kind {
                    "boolean" => "valueBoolean",
                    "integer" => "valueInteger",
                    _ => "valueCoding",
                };
                let Some(value) = answer.get(value_key) else {
                    out.push(format!(
                        "{id}: a {kind} question answered without {value_key}"
                    ));
                    continue;
                };
                let bound = |name: &str| {
                    list(question, "extension")
                        .iter()
                        .find(|e| field(e, "url").ends_with(name))
                        .and_then(|e| e.get("valueInteger")?.as_u32())
                };
                if let (Some(value), Some(min), Some(max)) =
                    (value.as_u32(), bound("/minValue"), bound("/maxValue"))
                {
                    if !(min..=max).contains(&value) {
                        out.push(format!("{id}: {value} is outside {min}–{max}"));
                    }
                }
                if kind == "choice" {
                    let offered = list(question, "answerOption").iter().any(|option| {
                        let coding = option.get("valueCoding");
                        coding.map(|c| (field(c, "system"), field(c, "code")))
                            == Some((field(value, "system"), field(value, "code")))
                    });
                    if !offered {
                        out.push(format!(
                            "{id}: code {} is not an option",
                            field(value, "code")
                        ));
                    }
                }
                misfits(list(question, "item"), list(answer, "item"), out);
            }
        }
    }

    fn list<'a>(json: &'a Json, key: &str) -> &'a [Json] {
        json.get(key).and_then(Json::as_array).unwrap_or(&[])
    }

    fn field<'a>(json: &'a Json, key: &str) -> &'a str {
        json.get(key).and_then(Json::as_str).unwrap_or("")
    }

    fn shipped_questionnaire() -> Json {
        Json::parse(include_str!("../../static/pain-guide-questionnaire.json")).unwrap()
    }

    #[test]
    fn the_shipped_questionnaire_is_the_one_the_code_builds() {
        assert!(
            shipped_questionnaire() == questionnaire(&EN.shared, &SHEET_EN),
            "static/pain-guide-questionnaire.json is out of date: run \
             `cargo run --example questionnaire > static/pain-guide-questionnaire.json`"
        );
    }

    #[test]
    fn every_answer_of_a_full_response_fits_the_questionnaire_it_names() {
        let mut answers = Answers::default();
        for (index, &site) in Site::ALL.iter().enumerate() {
            answers.set_intensity(site, (index % 11) as u8).unwrap();
            answers.details(site).toggle(Quality::ALL[index % 6]);
            answers.details(site).toggle(Quality::Numb);
        }
        for question in Question::ALL {
            answers
                .set_answer(question, question.choices() - 1)
                .unwrap();
        }
        let response = response(&answers);
        let questionnaire = shipped_questionnaire();
        let canonical =
            |json: &Json, key| json.get(key).and_then(Json::as_str).unwrap().to_string();
        assert_eq!(
            canonical(&response, "questionnaire"),
            [
                canonical(&questionnaire, "url"),
                canonical(&questionnaire, "version")
            ]
            .join("|")
        );
        let items = |json: &Json| json.get("item").and_then(Json::as_array).unwrap().to_vec();
        let mut found = Vec::new();
        misfits(&items(&questionnaire), &items(&response), &mut found);
        assert_eq!(found, Vec::<String>::new());

        // The check itself catches what it is for.
        let tampered = response
            .to_string()
            .replace("\"neck.intensity\"", "\"neck.pain\"")
            .replace("\"code\":\"numb\"", "\"code\":\"itchy\"")
            .replace("\"valueInteger\":10", "\"valueInteger\":11");
        let mut found = Vec::new();
        misfits(
            &items(&questionnaire),
            &items(&Json::parse(&tampered).unwrap()),
            &mut found,
        );
        assert!(
            found.iter().any(|p| p.starts_with("neck.pain: not in")),
            "{found:?}"
        );
        assert!(found.iter().any(|p| p.contains("code itchy")), "{found:?}");
        assert!(
            found.iter().any(|p| p.contains("11 is outside 0–10")),
            "{found:?}"
        );
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
        assert!(questionnaire.starts_with(QUESTIONNAIRE_URL));
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
    fn not_sure_how_much_is_asked_unknown_not_unanswered() {
        let mut answers = Answers::default();
        answers.not_sure(KneeLeft);
        let response = response(&answers);
        let knee = first_answer(group(&response, "sites"), "knee-left").unwrap();
        let details = knee.get("item").and_then(Json::as_array).unwrap();
        let reason = Json::object(vec![
            (
                "url",
                Json::String("http://hl7.org/fhir/StructureDefinition/data-absent-reason".into()),
            ),
            ("valueCode", Json::String("asked-unknown".into())),
        ]);
        assert_eq!(
            details,
            [Json::object(vec![
                ("linkId", Json::String("knee-left.intensity".into())),
                ("extension", Json::Array(vec![reason])),
            ])]
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
