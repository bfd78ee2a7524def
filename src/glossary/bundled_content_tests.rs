//! Checks on the glossaries that ship with the widget, in each language: they parse, links
//! resolve, terms are linked where they are mentioned, a link is only the term's words, every
//! entry is easy to read (grade 8 or below in English, INFLESZ 65 or more in Spanish), and the two
//! languages hold the same entries with the same shape.

use super::inline::{self, Inline};
use super::readability::{flesch_kincaid_grade, szigriszt_pazos};
use super::{Block, Entry, Glossary};

const MAX_GRADE: f64 = 8.0;
/// "Fairly easy" on the INFLESZ scale.
const MIN_INFLESZ: f64 = 65.0;

const ENGLISH: &str = include_str!("../../content/en/glossary.json");
const SPANISH: &str = include_str!("../../content/es/glossary.json");

fn parsed(text: &str) -> Glossary {
    let (glossary, problems) = Glossary::from_json(text).unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    glossary
}

/// Both bundled glossaries, English first.
fn bundled() -> [Glossary; 2] {
    [parsed(ENGLISH), parsed(SPANISH)]
}

/// What a patient reads: the summary, then every paragraph and list item, links shown as words.
fn reading_text(glossary: &Glossary, entry: &Entry) -> Vec<String> {
    let shown = |text: &str| -> String {
        inline::parse(text)
            .into_iter()
            .map(|piece| match piece {
                Inline::Text(text) => text.to_string(),
                Inline::Link {
                    label: Some(label), ..
                } => label.to_string(),
                Inline::Link { id, label: None } => {
                    glossary.entry(id).map_or(id, |e| &e.title).to_string()
                }
            })
            .collect()
    };
    std::iter::once(entry.summary.clone())
        .chain(entry.texts().map(shown))
        .collect()
}

/// Lowercase words (letters, digits, inner hyphens) of `text`.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .map(|word| word.trim_matches('-').to_lowercase())
        .filter(|word| !word.is_empty())
        .collect()
}

#[test]
fn has_every_entry_a_patient_meets_in_the_fibromyalgia_leaflet() {
    let [glossary, _] = bundled();
    let ids: Vec<&str> = glossary
        .entries
        .iter()
        .map(|entry| entry.id.as_str())
        .collect();
    for id in [
        "fibromyalgia",
        "fibro-fog",
        "central-sensitization",
        "ketamine",
        "ketamine-infusion",
        "nmda-receptor",
        "opioid-receptors",
        "norepinephrine",
        "serotonin",
        "irritable-bowel-syndrome",
        "interstitial-cystitis",
        "migraine",
        "restless-legs-syndrome",
        "sleep-apnea",
    ] {
        assert!(ids.contains(&id), "missing entry {id}");
    }
}

#[test]
fn every_link_and_related_entry_resolves() {
    for glossary in bundled() {
        assert_eq!(glossary.link_problems(), []);
        for entry in &glossary.entries {
            assert!(
                !entry.related.is_empty(),
                "{} lists no related entries",
                entry.id
            );
            assert!(
                !entry.related.contains(&entry.id),
                "{} relates to itself",
                entry.id
            );
        }
    }
}

#[test]
fn every_term_mentioned_is_linked() {
    // If an entry's text names another entry (title or synonym) outside a link, it must link to
    // that entry somewhere, so a patient can always tap a term they meet.
    for glossary in bundled() {
        for entry in &glossary.entries {
            let unlinked_text: String = entry
                .texts()
                .flat_map(inline::parse)
                .filter_map(|piece| match piece {
                    Inline::Text(text) => Some(text),
                    Inline::Link { .. } => None,
                })
                .collect::<Vec<_>>()
                .join(" ");
            let text_words = words(&unlinked_text);
            let linked: Vec<&str> = entry.texts().flat_map(inline::link_ids).collect();
            for other in glossary.entries.iter().filter(|other| other.id != entry.id) {
                for term in std::iter::once(&other.title).chain(&other.synonyms) {
                    let term_words = words(term);
                    let mentioned = text_words
                        .windows(term_words.len())
                        .any(|window| window == term_words.as_slice());
                    assert!(
                        !mentioned || linked.contains(&other.id.as_str()),
                        "\"{}\" mentions \"{term}\" but never links to {}",
                        entry.id,
                        other.id
                    );
                }
            }
        }
    }
}

#[test]
fn every_link_is_only_the_term() {
    // A term's button shows and is named by its words: quotes or a full stop inside it are
    // underlined with it and read out as part of its name ("quote, fibro fog. quote"). A closing
    // bracket ends a term's own words: "Irritable bowel syndrome (IBS)".
    for glossary in bundled() {
        for entry in &glossary.entries {
            for piece in entry.texts().flat_map(inline::parse) {
                if let Inline::Link {
                    label: Some(label), ..
                } = piece
                {
                    let trimmed = label.trim_matches(|c: char| !c.is_alphanumeric() && c != ')');
                    assert_eq!(trimmed, label, "a link in \"{}\"", entry.id);
                }
            }
        }
    }
}

#[test]
fn every_english_entry_reads_at_grade_eight_or_below() {
    let [english, _] = bundled();
    let grades = scores(&english, flesch_kincaid_grade);
    let too_hard: Vec<_> = grades
        .iter()
        .filter(|(_, grade)| *grade > MAX_GRADE)
        .collect();
    assert!(too_hard.is_empty(), "above grade {MAX_GRADE}: {too_hard:?}");
}

#[test]
fn every_spanish_entry_is_fairly_easy_or_easier() {
    let [_, spanish] = bundled();
    let scores = scores(&spanish, szigriszt_pazos);
    let too_hard: Vec<_> = scores
        .iter()
        .filter(|(_, score)| *score < MIN_INFLESZ)
        .collect();
    assert!(
        too_hard.is_empty(),
        "below INFLESZ {MIN_INFLESZ}: {too_hard:?}"
    );
}

/// Each entry's id and the score `formula` gives its text, printed (`cargo test -- --nocapture`).
fn scores(glossary: &Glossary, formula: fn(&[String]) -> f64) -> Vec<(String, f64)> {
    let scores: Vec<(String, f64)> = glossary
        .entries
        .iter()
        .map(|entry| (entry.id.clone(), formula(&reading_text(glossary, entry))))
        .collect();
    for (id, score) in &scores {
        println!("{id:<26} {score:5.1}");
    }
    scores
}

/// The shape of an entry: its sections' block kinds and list lengths, its links, related
/// entries and number of sources. A translation must keep it, so no section, list item, link
/// or source exists in one language and not the other.
fn shape(entry: &Entry) -> String {
    let blocks: Vec<String> = entry
        .sections
        .iter()
        .map(|section| {
            let kinds: Vec<String> = section
                .blocks
                .iter()
                .map(|block| match block {
                    Block::Paragraph(_) => "paragraph".to_string(),
                    Block::List(items) => format!("list of {}", items.len()),
                    Block::MapLink(_) => "map link".to_string(),
                })
                .collect();
            kinds.join(", ")
        })
        .collect();
    let links: Vec<&str> = entry.texts().flat_map(inline::link_ids).collect();
    format!(
        "sections [{}]; links {links:?}; related {:?}; {} sources",
        blocks.join(" | "),
        entry.related,
        entry.sources.len()
    )
}

#[test]
fn english_and_spanish_hold_the_same_entries_with_the_same_shape() {
    let [english, spanish] = bundled();
    let ids = |glossary: &Glossary| -> Vec<String> {
        glossary
            .entries
            .iter()
            .map(|entry| entry.id.clone())
            .collect()
    };
    assert_eq!(ids(&english), ids(&spanish));
    for (en, es) in english.entries.iter().zip(&spanish.entries) {
        assert_eq!(shape(en), shape(es), "entry {}", en.id);
        assert_ne!(en.title, es.title, "entry {} is not translated", en.id);
    }
}
