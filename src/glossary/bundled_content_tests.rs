//! Checks on the glossary that ships with the widget: it parses, links resolve, terms are
//! linked where they are mentioned, and every entry reads at grade 8 or below.

use super::inline::{self, Inline};
use super::readability::flesch_kincaid_grade;
use super::{Entry, Glossary};

const MAX_GRADE: f64 = 8.0;

fn bundled() -> Glossary {
    let (glossary, problems) =
        Glossary::from_json(include_str!("../../content/en/glossary.json")).unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    glossary
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
    let glossary = bundled();
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
    let glossary = bundled();
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

#[test]
fn every_term_mentioned_is_linked() {
    // If an entry's text names another entry (title or synonym) outside a link, it must link to
    // that entry somewhere, so a patient can always tap a term they meet.
    let glossary = bundled();
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

#[test]
fn every_entry_reads_at_grade_eight_or_below() {
    let glossary = bundled();
    let mut report = String::new();
    let mut too_hard = Vec::new();
    for entry in &glossary.entries {
        let grade = flesch_kincaid_grade(&reading_text(&glossary, entry));
        report.push_str(&format!("{:<26} {grade:5.1}\n", entry.id));
        if grade > MAX_GRADE {
            too_hard.push(entry.id.clone());
        }
    }
    println!("Flesch-Kincaid grade per entry:\n{report}");
    assert!(
        too_hard.is_empty(),
        "above grade {MAX_GRADE}: {too_hard:?}\n{report}"
    );
}
