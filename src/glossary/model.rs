//! The glossary content model and its validation. Pure: no DOM.

use crate::json::Json;
use std::fmt;

/// A set of glossary entries, as stored in a content file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Glossary {
    pub entries: Vec<Entry>,
}

/// One glossary term, written as a short patient leaflet.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// Stable kebab-case id, used by links and the `entry` attribute.
    pub id: String,
    pub title: String,
    /// Other names a patient may search for ("fibro", "FM").
    pub synonyms: Vec<String>,
    /// One plain sentence: what the term means.
    pub summary: String,
    pub sections: Vec<Section>,
    /// Ids of related entries.
    pub related: Vec<String>,
    pub sources: Vec<Source>,
    /// When a clinician last reviewed the text, as `YYYY-MM-DD`.
    pub reviewed: String,
    /// The language of its text when that is not the widget's: a clinic's entry shown in another
    /// language because it has no translation (see [`Glossary::from_clinic_json`]).
    pub lang: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub heading: String,
    pub blocks: Vec<Block>,
}

impl Section {
    fn from_json(value: &Json) -> Result<Section, String> {
        Ok(Section {
            heading: value.text("heading")?,
            blocks: value.list("blocks", Block::from_json)?,
        })
    }
}

/// A piece of a section: `{"paragraph": "…"}`, `{"list": ["…", "…"]}`, or `{"map_link": "…"}`
/// (a button, with these words, that opens the body map) in JSON.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Paragraph(String),
    List(Vec<String>),
    MapLink(String),
}

impl Block {
    fn from_json(value: &Json) -> Result<Block, String> {
        match (
            value.get("paragraph"),
            value.get("list"),
            value.get("map_link"),
        ) {
            (Some(_), None, None) => value.text("paragraph").map(Block::Paragraph),
            (None, Some(_), None) => value.text_list("list").map(Block::List),
            (None, None, Some(_)) => value.text("map_link").map(Block::MapLink),
            _ => Err(
                "a block must have exactly one of \"paragraph\", \"list\" or \"map_link\"".into(),
            ),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub title: String,
    pub url: String,
}

impl Source {
    fn from_json(value: &Json) -> Result<Source, String> {
        Ok(Source {
            title: value.text("title")?,
            url: value.text("url")?,
        })
    }
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
        write!(f, "entry \"{}\": {}", self.entry, self.problem)
    }
}

impl Glossary {
    /// Parses a content file. Entries that cannot be read or break a rule of [`Entry::problem`]
    /// (or repeat an earlier id) are left out and reported; the others are kept.
    pub fn from_json(text: &str) -> Result<(Glossary, Vec<ContentProblem>), String> {
        Glossary::from_value(&Json::parse(text)?)
    }

    /// Parses a clinic's content file for a widget that speaks `lang` (`en`, `es`). The file is
    /// one glossary, `{"entries": […]}`, shown whatever the language, or one per language,
    /// `{"en": {"entries": […]}, "es": {"entries": […]}}`. An entry missing from `lang`'s is taken
    /// from another language's, marked with that language ([`Entry::lang`]), so a missing
    /// translation shows in the language it was written in rather than not at all.
    pub fn from_clinic_json(
        text: &str,
        lang: &str,
    ) -> Result<(Glossary, Vec<ContentProblem>), String> {
        let root = Json::parse(text)?;
        let languages = match &root {
            Json::Object(members) if root.get("entries").is_none() && !members.is_empty() => {
                members
            }
            _ => return Glossary::from_value(&root),
        };
        // The widget's own language first, then the others in the file's order.
        let mut ordered: Vec<&(String, Json)> =
            languages.iter().filter(|(tag, _)| tag == lang).collect();
        ordered.extend(languages.iter().filter(|(tag, _)| tag != lang));
        let mut glossary = Glossary::default();
        let mut problems = Vec::new();
        for (tag, file) in ordered {
            // The tag becomes a `lang` attribute and goes into console notes: a short code only.
            let is_tag = (2..=8).contains(&tag.len())
                && tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
            if !is_tag {
                let shown: String = tag.chars().take(20).collect();
                return Err(format!(
                    "\"{shown}\" is not a language code such as \"en\" or \"es\""
                ));
            }
            let (theirs, their_problems) =
                Glossary::from_value(file).map_err(|error| format!("\"{tag}\": {error}"))?;
            problems.extend(their_problems);
            for mut entry in theirs.entries {
                if glossary.entry(&entry.id).is_none() {
                    entry.lang = (tag != lang).then(|| tag.clone());
                    glossary.entries.push(entry);
                }
            }
        }
        Ok((glossary, problems))
    }

    /// Reads a parsed content file (see [`Glossary::from_json`]).
    fn from_value(root: &Json) -> Result<(Glossary, Vec<ContentProblem>), String> {
        let items = root
            .get("entries")
            .and_then(Json::as_array)
            .ok_or("the file must be an object with an \"entries\" list, or one per language")?;
        let mut entries: Vec<Entry> = Vec::with_capacity(items.len());
        let mut problems = Vec::new();
        for (index, item) in items.iter().enumerate() {
            let checked = Entry::from_json(item).and_then(|entry| match entry.problem() {
                Some(problem) => Err(problem),
                None if entries.iter().any(|kept| kept.id == entry.id) => {
                    Err("its id is used by an earlier entry".to_string())
                }
                None => Ok(entry),
            });
            match checked {
                Ok(entry) => entries.push(entry),
                Err(problem) => {
                    let id = item.get("id").and_then(Json::as_str).filter(|id| is_id(id));
                    let entry = id.map_or_else(|| format!("#{}", index + 1), str::to_string);
                    problems.push(ContentProblem { entry, problem });
                }
            }
        }
        Ok((Glossary { entries }, problems))
    }

    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|entry| entry.id == id)
    }

    /// This glossary with a clinic's entries: each replaces the entry with the same id, or is
    /// added.
    pub fn with_clinic_entries(&self, clinic: Glossary) -> Glossary {
        let mut entries = self.entries.clone();
        for entry in clinic.entries {
            match entries.iter_mut().find(|kept| kept.id == entry.id) {
                Some(kept) => *kept = entry,
                None => entries.push(entry),
            }
        }
        Glossary { entries }
    }

    /// Links and related ids that point at no entry. The view shows such a link as plain text,
    /// so this is a warning for content authors, not an error.
    pub fn link_problems(&self) -> Vec<ContentProblem> {
        let mut problems = Vec::new();
        for entry in &self.entries {
            let linked = entry.texts().flat_map(super::inline::link_ids);
            for id in linked.chain(entry.related.iter().map(String::as_str)) {
                if self.entry(id).is_none() {
                    problems.push(ContentProblem {
                        entry: entry.id.clone(),
                        problem: format!("it links to \"{id}\", which is not an entry"),
                    });
                }
            }
        }
        problems
    }
}

impl Entry {
    /// Reads one entry's fields; the rules on their values are [`Entry::problem`]'s.
    pub fn from_json(value: &Json) -> Result<Entry, String> {
        Ok(Entry {
            id: value.text("id")?,
            title: value.text("title")?,
            synonyms: value.text_list("synonyms")?,
            summary: value.text("summary")?,
            sections: value.list("sections", Section::from_json)?,
            related: value.text_list("related")?,
            sources: match value.get("sources") {
                None | Some(Json::Null) => Vec::new(),
                Some(_) => value.list("sources", Source::from_json)?,
            },
            reviewed: value.text("reviewed")?,
            lang: None,
        })
    }

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

    /// Every paragraph and list item, in reading order (these may hold inline links).
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.sections
            .iter()
            .flat_map(|section| &section.blocks)
            .flat_map(|block| match block {
                Block::Paragraph(text) => std::slice::from_ref(text),
                Block::List(items) => items.as_slice(),
                Block::MapLink(_) => &[],
            })
            .map(String::as_str)
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
    fn a_clinic_file_in_several_languages_gives_each_entry_in_the_widgets_language_or_another() {
        let spanish = VALID.replace("Fibro fog", "Fibroniebla");
        let only_english = VALID.replace(r#""fog""#, r#""tens""#);
        let text = format!(
            r#"{{"en": {}, "es": {}}}"#,
            file(&[VALID, &only_english]),
            file(&[&spanish])
        );
        let (glossary, problems) = Glossary::from_clinic_json(&text, "es").unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        let shown: Vec<(&str, &str, Option<&str>)> = glossary
            .entries
            .iter()
            .map(|entry| {
                (
                    entry.id.as_str(),
                    entry.title.as_str(),
                    entry.lang.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            shown,
            [
                ("fog", "Fibroniebla", None),
                ("tens", "Fibro fog", Some("en"))
            ]
        );
        // In English, nothing is missing: no entry is marked.
        let (english, _) = Glossary::from_clinic_json(&text, "en").unwrap();
        assert!(english.entries.iter().all(|entry| entry.lang.is_none()));
        assert_eq!(english.entry("fog").unwrap().title, "Fibro fog");
    }

    #[test]
    fn a_clinic_file_of_one_glossary_serves_every_language() {
        let (glossary, _) = Glossary::from_clinic_json(&file(&[VALID]), "es").unwrap();
        assert_eq!(glossary.entries.len(), 1);
        assert_eq!(glossary.entries[0].lang, None);
        for broken in ["{}", r#"{"es": 3}"#, r#"{"es": {"entries": 3}}"#, "[]"] {
            let error = Glossary::from_clinic_json(broken, "es").unwrap_err();
            assert!(error.contains("\"entries\" list"), "{broken}: {error}");
        }
        let hostile = format!(r#"{{"\" onload=\"x": {}}}"#, file(&[VALID]));
        let error = Glossary::from_clinic_json(&hostile, "es").unwrap_err();
        assert!(error.contains("is not a language code"), "{error}");
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
    fn clinic_entries_replace_or_add() {
        let (bundled, _) = Glossary::from_json(&file(&[VALID])).unwrap();
        let replacement = VALID.replace("Fibro fog", "Brain fog");
        let added = VALID
            .replace(r#""fog""#, r#""tens""#)
            .replace("Fibro fog", "TENS");
        let (clinic, _) = Glossary::from_json(&file(&[&replacement, &added])).unwrap();
        let merged = bundled.with_clinic_entries(clinic);
        let titles: Vec<&str> = merged
            .entries
            .iter()
            .map(|entry| entry.title.as_str())
            .collect();
        assert_eq!(titles, ["Brain fog", "TENS"]);
    }

    #[test]
    fn broken_links_are_reported() {
        let linking = VALID
            .replace("Hard to focus.", "See [[nowhere]] and [[fog]].")
            .replace(r#""reviewed""#, r#""related":["also-nowhere"],"reviewed""#);
        let (glossary, _) = Glossary::from_json(&file(&[&linking])).unwrap();
        let problems: Vec<String> = glossary
            .link_problems()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            problems,
            [
                "entry \"fog\": it links to \"nowhere\", which is not an entry",
                "entry \"fog\": it links to \"also-nowhere\", which is not an entry"
            ]
        );
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
