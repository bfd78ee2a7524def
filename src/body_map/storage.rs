//! The answers as they are kept in the browser: versioned JSON. Reading never fails the widget:
//! data of another version or shape is refused as a whole (the caller starts afresh and says why),
//! and a bad mark is skipped and named.

use crate::json::Json;
use crate::scoring::{Answers, Mark, Quality, Question, Rating, Site};

/// Bumped when the stored shape changes incompatibly.
pub const VERSION: u32 = 1;

/// What [`from_json`] reads.
#[derive(Debug, Default, PartialEq)]
pub struct Stored {
    pub answers: Answers,
    /// When the patient last changed them, in seconds since 1970 by the device's clock: the
    /// symptom questions ask about "the past week", so the sheet must date the answers, not the
    /// printing. `None` when not kept or unreadable.
    pub changed: Option<u32>,
    /// What was skipped, mark by mark and answer by answer.
    pub problems: Vec<String>,
}

/// `{"version":1,"changed":1764244800,"marks":{"neck":{"intensity":6,"qualities":["aching"]}},
/// "answers":{"fatigue":2}}` (`"intensity":null`: "Not sure", and no `intensity` until the
/// patient answers; `answers`: the other questions, by id, each the number of the choice; see
/// `Question`; `changed`: see [`Stored::changed`]).
pub fn to_json(answers: &Answers, changed: Option<u32>) -> String {
    let marks = answers
        .marks
        .iter()
        .map(|(site, mark)| {
            let mut fields = Vec::new();
            if let Some(rating) = mark.rating() {
                let intensity = match rating {
                    Rating::Pain(intensity) => Json::Number(intensity.to_string()),
                    Rating::NotSure => Json::Null,
                };
                fields.push(("intensity".to_string(), intensity));
            }
            if !mark.qualities.is_empty() {
                let qualities = mark
                    .qualities
                    .iter()
                    .map(|quality| Json::String(quality.id().into()))
                    .collect();
                fields.push(("qualities".to_string(), Json::Array(qualities)));
            }
            (site.id().to_string(), Json::Object(fields))
        })
        .collect();
    let choices = Question::ALL
        .into_iter()
        .filter_map(|question| {
            let choice = answers.answer(question)?;
            Some((question.id().to_string(), Json::Number(choice.to_string())))
        })
        .collect();
    let changed = changed.map_or(Json::Null, |seconds| Json::Number(seconds.to_string()));
    Json::object(vec![
        ("version", Json::Number(VERSION.to_string())),
        ("changed", changed),
        ("marks", Json::Object(marks)),
        ("answers", Json::Object(choices)),
    ])
    .to_string()
}

/// The answers in `text`, with what was skipped; or why nothing in it could be used.
pub fn from_json(text: &str) -> Result<Stored, String> {
    let root = Json::parse(text)?;
    match root.get("version").and_then(Json::as_u32) {
        Some(VERSION) => {}
        Some(other) => {
            return Err(format!(
                "it is version {other}, this widget reads version {VERSION}"
            ))
        }
        None => return Err("it has no version".into()),
    }
    let Some(Json::Object(marks)) = root.get("marks") else {
        return Err("it has no marks".into());
    };
    let mut answers = Answers::default();
    let mut problems = Vec::new();
    for (id, fields) in marks {
        match read_mark(id, fields) {
            Ok((site, mark)) => {
                answers.marks.insert(site, mark);
            }
            Err(problem) => problems.push(format!("mark \"{id}\" skipped: {problem}")),
        }
    }
    if let Some(Json::Object(choices)) = root.get("answers") {
        for (id, choice) in choices {
            let answered = Question::from_id(id)
                .zip(choice.as_u32().and_then(|n| u8::try_from(n).ok()))
                .is_some_and(|(question, choice)| answers.set_answer(question, choice).is_ok());
            if !answered {
                problems.push(format!("answer \"{id}\" skipped"));
            }
        }
    }
    Ok(Stored {
        answers,
        changed: root.get("changed").and_then(Json::as_u32),
        problems,
    })
}

fn read_mark(id: &str, fields: &Json) -> Result<(Site, Mark), String> {
    let site = Site::from_id(id).ok_or("not a body site")?;
    let rating = match fields.get("intensity") {
        None => None,
        Some(Json::Null) => Some(Rating::NotSure),
        Some(value) => Some(Rating::Pain(
            value
                .as_u32()
                .and_then(|n| u8::try_from(n).ok())
                .ok_or("intensity is not a whole number")?,
        )),
    };
    let mut mark = Mark::new(rating).map_err(|error| error.to_string())?;
    for id in fields.text_list("qualities")? {
        mark.toggle(
            Quality::from_id(&id).ok_or_else(|| format!("\"{id}\" is not a kind of pain"))?,
        );
    }
    Ok((site, mark))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_round_trip() {
        let mut answers = Answers::default();
        answers.set_intensity(Site::ShoulderLeft, 6).unwrap();
        answers.details(Site::ShoulderLeft).toggle(Quality::Burning);
        answers.mark(Site::Chest);
        answers.not_sure(Site::Neck);
        answers.set_answer(Question::Cognitive, 2).unwrap();
        answers.set_answer(Question::Depression, 0).unwrap();
        let text = to_json(&answers, Some(1_764_244_800));
        // The chest only marked, the neck "Not sure": the panel ticks "Not sure" only for the neck.
        assert_eq!(
            text,
            r#"{"version":1,"changed":1764244800,"marks":{"shoulder-left":{"intensity":6,"qualities":["burning"]},"neck":{"intensity":null},"chest":{}},"answers":{"cognitive":2,"depression":0}}"#
        );
        let expected = Stored {
            answers,
            changed: Some(1_764_244_800),
            problems: vec![],
        };
        assert_eq!(from_json(&text), Ok(expected));
    }

    #[test]
    fn answers_without_a_readable_date_are_kept_undated() {
        for text in [
            r#"{"version":1,"marks":{"neck":{}}}"#,
            r#"{"version":1,"changed":"yesterday","marks":{"neck":{}}}"#,
            r#"{"version":1,"changed":-5,"marks":{"neck":{}}}"#,
            r#"{"version":1,"changed":1.5e9,"marks":{"neck":{}}}"#,
        ] {
            let stored = from_json(text).unwrap();
            assert_eq!(stored.changed, None, "{text}");
            assert!(stored.answers.marks.contains_key(&Site::Neck), "{text}");
            assert_eq!(stored.problems, Vec::<String>::new(), "{text}");
        }
        assert!(to_json(&Answers::default(), None).contains(r#""changed":null"#));
    }

    #[test]
    fn foreign_old_or_corrupt_data_is_refused_as_a_whole() {
        for (text, why) in [
            ("", "line 1"),
            ("{\"version\":1,\"marks\":", "line 1"),
            ("[]", "no version"),
            (r#"{"version":2,"marks":{}}"#, "version 2"),
            (r#"{"version":"1","marks":{}}"#, "no version"),
            (r#"{"version":1}"#, "no marks"),
            (r#"{"version":1,"marks":[]}"#, "no marks"),
        ] {
            let error = from_json(text).unwrap_err();
            assert!(error.contains(why), "{text}: {error}");
        }
    }

    #[test]
    fn a_bad_answer_is_skipped_and_named_and_the_rest_kept() {
        let text = r#"{"version":1,"marks":{},"answers":{"fatigue":3,"mood":1,"headaches":2,"duration":"long"}}"#;
        let Stored {
            answers, problems, ..
        } = from_json(text).unwrap();
        assert_eq!(answers.answer(Question::Fatigue), Some(3));
        assert_eq!(answers.answer(Question::Headaches), None);
        assert_eq!(
            problems,
            [
                "answer \"mood\" skipped",
                "answer \"headaches\" skipped",
                "answer \"duration\" skipped"
            ]
        );
    }

    #[test]
    fn a_bad_mark_is_skipped_and_named_and_the_rest_kept() {
        let text = r#"{"version":1,"marks":{"neck":{"intensity":4},"elbow":{},"chest":{"intensity":11},
            "jaw-left":{"intensity":-1},"hip-left":{"qualities":["aching","itchy"]},"abdomen":{"intensity":2.5}}}"#;
        let Stored {
            answers, problems, ..
        } = from_json(text).unwrap();
        assert_eq!(
            answers.marks.keys().copied().collect::<Vec<_>>(),
            [Site::Neck]
        );
        assert_eq!(
            problems,
            [
                "mark \"elbow\" skipped: not a body site",
                "mark \"chest\" skipped: pain intensity must be 0 to 10, not 11",
                "mark \"jaw-left\" skipped: intensity is not a whole number",
                "mark \"hip-left\" skipped: \"itchy\" is not a kind of pain",
                "mark \"abdomen\" skipped: intensity is not a whole number",
            ]
        );
    }
}
