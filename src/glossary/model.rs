//! The glossary content model and its validation. Pure: no DOM.

use serde::Deserialize;
use std::fmt;

/// A set of glossary entries, as stored in a content file.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Glossary {
    pub entries: Vec<Entry>,
}

/// One glossary term, written as a short patient leaflet.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Entry {
    /// Stable kebab-case id, used by links and the `entry` attribute.
    pub id: String,
    pub title: String,
    /// Other names a patient may search for ("fibro", "FM").
    #[serde(default)]
    pub synonyms: Vec<String>,
    /// One plain sentence: what the term means.
    pub summary: String,
    pub sections: Vec<Section>,
    /// Ids of related entries.
    #[serde(default)]
    pub related: Vec<String>,
    #[serde(default)]
    pub sources: Vec<Source>,
    /// When a clinician last reviewed the text, as `YYYY-MM-DD`.
    pub reviewed: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Section {
    pub heading: String,
    pub blocks: Vec<Block>,
}

/// A piece of a section: `{"paragraph": "…"}` or `{"list": ["…", "…"]}` in JSON.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Block {
    Paragraph(String),
    List(Vec<String>),
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Source {
    pub title: String,
    pub url: String,
}

/// Why an entry of a content file was left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentProblem {
    /// The entry's id, or its position when it has no usable id.
    pub entry: String,
    pub problem: String,
}

impl fmt::Display for ContentProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "entry \"{}\" skipped: {}", self.entry, self.problem)
    }
}

impl Glossary {
    /// Parses a content file and keeps only valid entries; the others are reported.
    pub fn from_json(json: &str) -> Result<(Glossary, Vec<ContentProblem>), String> {
        let parsed: Glossary = parse_json(json)?;
        Ok(parsed.validated())
    }

    /// Splits off the entries that break the rules of [`Entry::problem`], and duplicate ids.
    pub fn validated(self) -> (Glossary, Vec<ContentProblem>) {
        let mut problems = Vec::new();
        let mut entries: Vec<Entry> = Vec::with_capacity(self.entries.len());
        for (index, entry) in self.entries.into_iter().enumerate() {
            let label = if is_id(&entry.id) {
                entry.id.clone()
            } else {
                format!("#{}", index + 1)
            };
            let problem = entry.problem().or_else(|| {
                entries
                    .iter()
                    .any(|kept| kept.id == entry.id)
                    .then(|| "its id is used by an earlier entry".to_string())
            });
            match problem {
                Some(problem) => problems.push(ContentProblem {
                    entry: label,
                    problem,
                }),
                None => entries.push(entry),
            }
        }
        (Glossary { entries }, problems)
    }

    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|entry| entry.id == id)
    }
}

impl Entry {
    /// The first rule this entry breaks, if any.
    pub fn problem(&self) -> Option<String> {
        if !is_id(&self.id) {
            return Some("\"id\" must be lowercase letters, digits and dashes".into());
        }
        if self.title.trim().is_empty() {
            return Some("\"title\" is empty".into());
        }
        if self.summary.trim().is_empty() {
            return Some("\"summary\" is empty".into());
        }
        if self.sections.is_empty() {
            return Some("it has no sections".into());
        }
        if self
            .sections
            .iter()
            .any(|section| section.heading.trim().is_empty())
        {
            return Some("a section has an empty \"heading\"".into());
        }
        if self
            .sections
            .iter()
            .any(|section| section.blocks.is_empty())
        {
            return Some("a section has no paragraphs or lists".into());
        }
        if !is_iso_date(&self.reviewed) {
            return Some(format!(
                "\"reviewed\" must be a date like 2026-01-31, not \"{}\"",
                self.reviewed
            ));
        }
        if let Some(source) = self
            .sources
            .iter()
            .find(|source| !source.url.starts_with("https://"))
        {
            return Some(format!(
                "source \"{}\" must have an https:// address",
                source.title
            ));
        }
        None
    }

    /// `(year, month)` of the review date; [`Entry::problem`] guarantees it parses.
    pub fn reviewed_year_month(&self) -> Option<(u16, u8)> {
        let year = self.reviewed.get(0..4)?.parse().ok()?;
        let month = self.reviewed.get(5..7)?.parse().ok()?;
        Some((year, month))
    }
}

fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn is_iso_date(date: &str) -> bool {
    let bytes = date.as_bytes();
    let digits = |range: std::ops::Range<usize>| bytes[range].iter().all(u8::is_ascii_digit);
    if bytes.len() != 10
        || bytes[4] != b'-'
        || bytes[7] != b'-'
        || !digits(0..4)
        || !digits(5..7)
        || !digits(8..10)
    {
        return false;
    }
    let month: u8 = date[5..7].parse().unwrap_or(0);
    let day: u8 = date[8..10].parse().unwrap_or(0);
    (1..=12).contains(&month) && (1..=31).contains(&day)
}

/// In the browser the engine's own `JSON.parse` reads the text (fewer bytes than serde_json).
#[cfg(target_arch = "wasm32")]
fn parse_json<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, String> {
    let value = js_sys::JSON::parse(json).map_err(|error| {
        js_sys::Error::from(error)
            .message()
            .as_string()
            .unwrap_or_default()
    })?;
    serde_wasm_bindgen::from_value(value).map_err(|error| error.to_string())
}

#[cfg(not(target_arch = "wasm32"))]
fn parse_json<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, String> {
    serde_json::from_str(json).map_err(|error| error.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const VALID: &str = r#"{"id":"fog","title":"Fibro fog","summary":"Trouble thinking.",
        "sections":[{"heading":"What it is","blocks":[{"paragraph":"Hard to focus."},{"list":["a","b"]}]}],
        "reviewed":"2026-11-25"}"#;

    fn file(entries: &[&str]) -> String {
        format!(r#"{{"entries":[{}]}}"#, entries.join(","))
    }

    #[test]
    fn parses_paragraphs_and_lists() {
        let (glossary, problems) = Glossary::from_json(&file(&[VALID])).unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        let entry = glossary.entry("fog").unwrap();
        assert_eq!(
            entry.sections[0].blocks[0],
            Block::Paragraph("Hard to focus.".into())
        );
        assert_eq!(
            entry.sections[0].blocks[1],
            Block::List(vec!["a".into(), "b".into()])
        );
        assert_eq!(entry.reviewed_year_month(), Some((2026, 11)));
    }

    #[test]
    fn broken_json_is_an_error_not_a_panic() {
        for input in [
            "",
            "{",
            "null",
            "[]",
            r#"{"entries": 3}"#,
            &"[".repeat(10_000),
        ] {
            assert!(Glossary::from_json(input).is_err(), "{input:.20}");
        }
    }

    #[test]
    fn invalid_entries_are_skipped_and_named() {
        let bad_id = VALID.replace(r#""id":"fog""#, r#""id":"Fog Fog""#);
        let bad_date = VALID
            .replace("2026-11-25", "25/11/2026")
            .replace(r#""fog""#, r#""fog-2""#);
        let no_sections =
            r#"{"id":"empty","title":"E","summary":"S","sections":[],"reviewed":"2026-01-01"}"#;
        let insecure = VALID.replace(r#""fog""#, r#""fog-3""#).replace(
            r#""reviewed""#,
            r#""sources":[{"title":"Old","url":"javascript:alert(1)"}],"reviewed""#,
        );
        let json = file(&[VALID, &bad_id, &bad_date, no_sections, VALID, &insecure]);
        let (glossary, problems) = Glossary::from_json(&json).unwrap();
        assert_eq!(glossary.entries.len(), 1);
        let named: Vec<&str> = problems.iter().map(|p| p.entry.as_str()).collect();
        assert_eq!(named, ["#2", "fog-2", "empty", "fog", "fog-3"]);
        assert!(problems[3].to_string().contains("earlier entry"));
        assert!(problems[1].to_string().contains("25/11/2026"));
    }

    #[test]
    fn dates_are_checked() {
        for good in ["2026-01-31", "1999-12-01"] {
            assert!(is_iso_date(good), "{good}");
        }
        for bad in [
            "2026-13-01",
            "2026-00-10",
            "2026-1-1",
            "2026-01-32",
            "abcd-ef-gh",
            "2026-01-01T00",
            "２０２６-01-01",
        ] {
            assert!(!is_iso_date(bad), "{bad}");
        }
    }

    #[test]
    fn bundled_content_is_valid() {
        let (glossary, problems) =
            Glossary::from_json(include_str!("../../content/en/glossary.json")).unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        let entry = glossary
            .entry("fibromyalgia")
            .expect("the first entry is fibromyalgia");
        let has_symptom_list = entry.sections.iter().any(|s| {
            s.heading.contains("symptoms")
                && s.blocks
                    .iter()
                    .any(|b| matches!(b, Block::List(items) if items.len() == 3))
        });
        assert!(has_symptom_list, "the three major symptoms are a list");
    }
}
