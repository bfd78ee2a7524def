//! Where the patient is in the Learn part, as a pure reducer (no DOM): the A–Z index with its
//! search, or one entry. Views dispatch [`LearnAction`]s; tests drive it directly.

use super::{Entry, Glossary};
use crate::i18n::{fold, search_text};
use std::rc::Rc;
use yew::Reducible;

/// A term link in an entry: which text slot (paragraph or list item) and which link in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TermAt {
    pub slot: usize,
    pub link: usize,
}

impl TermAt {
    /// The `data-term` value that lets focus return to this term's button.
    pub fn key(self) -> String {
        format!("{}-{}", self.slot, self.link)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    Index,
    Entry(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LearnState {
    pub page: Page,
    /// The index's search text, kept while the patient reads an entry.
    pub query: String,
    /// The entry the patient last left for the index, so focus can return to its topic.
    pub came_from: Option<String>,
    /// True once the patient navigated: only then may the views move focus (never on page load,
    /// never when the clinic's script sets the `entry` attribute).
    pub patient_navigated: bool,
    /// The linked term whose short explanation is open in the entry, and the entry it explains.
    pub open_term: Option<(TermAt, String)>,
    /// The topic the `entry` attribute asked for last (a new one opens; see `learn::use_learn`).
    pub followed: Option<String>,
    /// The topic to open on that the glossary does not have yet: a clinic's, whose content comes
    /// after the first render. Given up when the patient moves on first.
    pub awaited: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LearnAction {
    Search(String),
    /// The patient opened an entry.
    Open(String),
    /// The page (`entry` attribute) asked for an entry.
    Show(String),
    /// The awaited topic is in the glossary now.
    Arrived(String),
    BackToIndex,
    /// A linked term was tapped: its explanation opens, or closes if it was the open one.
    Term(TermAt, String),
    CloseTerm,
}

impl LearnState {
    /// Opens on `topic` (the list of topics if `None`), or awaits it if `glossary` does not have
    /// it yet. `entry` is the topic the `entry` attribute asks for: most often the same, but after
    /// a change of language the patient's stays open.
    pub fn new(glossary: &Glossary, topic: Option<String>, entry: Option<String>) -> Self {
        let (page, awaited) = match topic {
            Some(id) if glossary.entry(&id).is_some() => (Page::Entry(id), None),
            awaited => (Page::Index, awaited),
        };
        LearnState {
            page,
            query: String::new(),
            came_from: None,
            patient_navigated: false,
            open_term: None,
            followed: entry,
            awaited,
        }
    }

    /// The topic open, or awaited, if any.
    pub fn topic(&self) -> Option<String> {
        match &self.page {
            Page::Entry(id) => Some(id.clone()),
            Page::Index => self.awaited.clone(),
        }
    }
}

impl Reducible for LearnState {
    type Action = LearnAction;

    fn reduce(self: Rc<Self>, action: LearnAction) -> Rc<Self> {
        let mut next = (*self).clone();
        // Every action but tapping a term closes an open explanation. Any action ends the wait for
        // an awaited topic: it has arrived, or the patient (or page) has gone elsewhere.
        next.open_term = None;
        next.awaited = None;
        match action {
            LearnAction::Search(query) => next.query = query,
            LearnAction::Open(id) => {
                next.page = Page::Entry(id);
                next.patient_navigated = true;
            }
            LearnAction::Show(id) => {
                next.followed = Some(id.clone());
                next.page = Page::Entry(id);
                next.patient_navigated = false;
            }
            LearnAction::Arrived(id) => {
                if self.awaited.as_ref() == Some(&id) {
                    next.page = Page::Entry(id);
                }
            }
            LearnAction::BackToIndex => {
                if let Page::Entry(id) = &self.page {
                    next.came_from = Some(id.clone());
                }
                next.page = Page::Index;
                next.patient_navigated = true;
            }
            LearnAction::Term(at, id) => {
                let tapped_again = self.open_term.as_ref().is_some_and(|(open, _)| *open == at);
                next.open_term = (!tapped_again).then_some((at, id));
            }
            LearnAction::CloseTerm => {}
        }
        Rc::new(next)
    }
}

/// Entries whose title or a synonym contains every word of `query` (case, accents, apostrophes
/// and other marks ignored), sorted by title. If none does, those that would but for a slip of
/// the finger in each word, so that "fibromialgia", "migrane" or "restles legs" still find their
/// topic, as a patient with fibro fog would expect. If none does either, those whose summary
/// holds the words the names do not: a symptom ("tired", "nausea", "diarrhea") finds the topics
/// that speak of it. The words of a question around the topic (`filler`: "what", "is") are
/// passed over. An empty query matches everything.
pub fn search<'a>(glossary: &'a Glossary, query: &str, filler: &[&str]) -> Vec<&'a Entry> {
    let query = search_text(query);
    let typed: Vec<&str> = query.split(' ').filter(|word| !word.is_empty()).collect();
    // A question around its topic ("what is fibromyalgia", "¿qué es la fibromialgia?") is
    // searched for the topic; a search of filler alone, as typed.
    let topical: Vec<&str> = typed
        .iter()
        .copied()
        .filter(|word| !filler.contains(word))
        .collect();
    let wanted: Vec<&[u8]> = if topical.is_empty() { typed } else { topical }
        .into_iter()
        .map(str::as_bytes)
        .collect();
    let mut found = Vec::new();
    for (forgiving, summaries) in [(false, false), (true, false), (false, true)] {
        found = matching(glossary, &wanted, forgiving, summaries);
        if !found.is_empty() {
            break;
        }
    }
    found
}

/// Entries with every word of `wanted` in their title or a synonym (or its summary, with
/// `summaries`): as typed, or (`forgiving`) with one slip in a word of five to seven letters, two
/// in a longer one (shorter words are too easily part of something else: "pian" is a slip from
/// "pine" and "opia" too).
fn matching<'a>(
    glossary: &'a Glossary,
    wanted: &[&[u8]],
    forgiving: bool,
    summaries: bool,
) -> Vec<&'a Entry> {
    let allowed = |word: &[u8]| match (forgiving, word.len()) {
        (false, _) | (_, 0..=4) => 0,
        (_, 5..=7) => 1,
        _ => 2,
    };
    // Each match goes into its place by title: for a glossary's few dozen entries this is as
    // quick as a sort, and links no sorting code (a kilobyte of wasm).
    let mut found: Vec<(String, &Entry)> = Vec::new();
    for entry in &glossary.entries {
        let names: Vec<String> = std::iter::once(&entry.title)
            .chain(&entry.synonyms)
            .chain(summaries.then_some(&entry.summary))
            .map(|name| search_text(name))
            .collect();
        if wanted.iter().all(|word| {
            names
                .iter()
                .any(|name| slips_to_find(word, name.as_bytes()) <= allowed(word))
        }) {
            let title = fold(&entry.title);
            let at = found.partition_point(|(known, _)| *known <= title);
            found.insert(at, (title, entry));
        }
    }
    found.into_iter().map(|(_, entry)| entry).collect()
}

/// The fewest slips (a letter wrong, missing or extra, or two letters swapped) that leave `word`
/// somewhere in `name`: 0 when it is there as typed. (Sellers' edit distance to the best-matching
/// part of `name`: where that part starts and ends costs nothing.)
fn slips_to_find(word: &[u8], name: &[u8]) -> usize {
    // The table's rows for the word's letters so far, three in turn: this one, the last, the one
    // before. Row 0 is all 0: the match may start anywhere in the name.
    let width = name.len() + 1;
    let mut rows = vec![0; 3 * width];
    for i in 1..=word.len() {
        let [this, last, two_back] = [i, i + 2, i + 1].map(|row| row % 3 * width);
        rows[this] = i;
        for j in 1..=name.len() {
            let changed = usize::from(word[i - 1] != name[j - 1]);
            let mut fewest = (rows[last + j - 1] + changed)
                .min(rows[last + j] + 1)
                .min(rows[this + j - 1] + 1);
            if i > 1 && j > 1 && word[i - 1] == name[j - 2] && word[i - 2] == name[j - 1] {
                fewest = fewest.min(rows[two_back + j - 2] + 1);
            }
            rows[this + j] = fewest;
        }
    }
    let end = word.len() % 3 * width;
    // The match may end anywhere too.
    rows[end..end + width].iter().copied().min().unwrap_or(0)
}

/// Entries grouped under the first letter of their title (A–Z order kept).
pub fn by_letter<'a>(entries: &[&'a Entry]) -> Vec<(char, Vec<&'a Entry>)> {
    let mut groups: Vec<(char, Vec<&Entry>)> = Vec::new();
    for &entry in entries {
        let letter = fold(&entry.title)
            .chars()
            .next()
            .unwrap_or('#')
            .to_ascii_uppercase();
        match groups.last_mut() {
            Some((last, members)) if *last == letter => members.push(entry),
            _ => groups.push((letter, vec![entry])),
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILLER: &[&str] = crate::i18n::EN.search.filler;

    fn glossary() -> Glossary {
        Glossary::from_json(include_str!("../../content/en/glossary.json"))
            .unwrap()
            .0
    }

    fn spanish_glossary() -> Glossary {
        Glossary::from_json(include_str!("../../content/es/glossary.json"))
            .unwrap()
            .0
    }

    fn titles(entries: &[&Entry]) -> Vec<String> {
        entries.iter().map(|entry| entry.title.clone()).collect()
    }

    /// Each search finds the one topic beside it.
    fn each_finds(glossary: &Glossary, filler: &[&str], searches: &[(&str, &str)]) {
        for (typed, found) in searches {
            assert_eq!(
                titles(&search(glossary, typed, filler)),
                [*found],
                "{typed}"
            );
        }
    }

    #[test]
    fn a_tapped_term_opens_its_explanation_and_closes_on_a_second_tap_or_any_move() {
        let at = |link| TermAt { slot: 1, link };
        let term = |link| LearnAction::Term(at(link), "fibro-fog".to_string());
        let state = Rc::new(LearnState::new(
            &glossary(),
            Some("fibromyalgia".into()),
            None,
        ));
        let open = state.reduce(term(0));
        assert_eq!(open.open_term, Some((at(0), "fibro-fog".to_string())));
        assert_eq!(open.clone().reduce(term(0)).open_term, None, "tapped again");
        assert_eq!(
            open.clone()
                .reduce(term(1))
                .open_term
                .as_ref()
                .map(|(at, _)| at.link),
            Some(1)
        );
        assert_eq!(open.clone().reduce(LearnAction::CloseTerm).open_term, None);
        let moved = open.reduce(LearnAction::Open("ketamine".into()));
        assert_eq!(moved.open_term, None);
    }

    #[test]
    fn search_matches_titles_and_synonyms_ignoring_case_and_accents() {
        let glossary = glossary();
        each_finds(
            &glossary,
            FILLER,
            &[
                ("fog", "Fibro fog"),
                ("IBS", "Irritable bowel syndrome"),
                ("  NORADRENALINE ", "Norepinephrine"),
                ("apnoea", "Sleep apnea"),
                ("Sléep", "Sleep apnea"),
                ("SLÉEP ÁPNEA", "Sleep apnea"),
                ("ketamine iv", "Ketamine infusion"),
            ],
        );
        assert!(search(&glossary, "xyzzy", FILLER).is_empty());
        assert!(search(&glossary, "zzz", FILLER).is_empty());
        assert_eq!(search(&glossary, "", FILLER).len(), glossary.entries.len());
    }

    #[test]
    fn search_forgives_a_slip_in_each_word_when_nothing_matches_as_typed() {
        let glossary = glossary();
        each_finds(
            &glossary,
            FILLER,
            &[
                ("fibromialgia", "Fibromyalgia"), // a letter wrong (the Spanish spelling)
                ("fibromyalga", "Fibromyalgia"),  // one missing
                ("migrane", "Migraine"),
                ("seratonin", "Serotonin"),
                ("norepinephrinne", "Norepinephrine"), // one extra
                ("apena", "Sleep apnea"),              // two swapped
                ("restles legs", "Restless legs syndrome"),
                ("irritible bowel", "Irritable bowel syndrome"),
                ("sleep apnia", "Sleep apnea"),
            ],
        );
        // Two slips only in a long word; none in a short one, which would match too much.
        assert_eq!(
            titles(&search(&glossary, "fibromialgya", FILLER)),
            ["Fibromyalgia"]
        );
        assert!(search(&glossary, "xigrane", FILLER).is_empty());
        assert!(search(&glossary, "pian", FILLER).is_empty());
        // Matches as typed come alone: "brain fog" is one slip from "pain", but not shown with
        // the topics that say "pain".
        assert_eq!(
            titles(&search(&glossary, "pain", FILLER)),
            [
                "Central sensitization",
                "Fibromyalgia",
                "Interstitial cystitis"
            ]
        );
    }

    #[test]
    fn a_symptom_no_topic_is_named_after_finds_the_topics_whose_summary_speaks_of_it() {
        let glossary = glossary();
        for (typed, found) in [
            ("tired", &["Fibromyalgia"][..]),
            ("nausea", &["Migraine"]),
            ("diarrhea", &["Irritable bowel syndrome"]),
            ("mood", &["Norepinephrine", "Serotonin"]),
            ("belly pain", &["Irritable bowel syndrome"]),
        ] {
            assert_eq!(titles(&search(&glossary, typed, FILLER)), found, "{typed}");
        }
        // Only where no name matches, even with a slip ("pain" finds the topics it names).
        assert_eq!(
            titles(&search(&glossary, "widespread pain", FILLER)),
            ["Fibromyalgia"]
        );
        assert!(search(&glossary, "xyzzy", FILLER).is_empty());
        each_finds(
            &spanish_glossary(),
            crate::i18n::ES.search.filler,
            &[
                ("cansancio", "Fibromialgia"),
                ("dolor crónico", "Fibromialgia"),
                ("diarrea", "Síndrome del intestino irritable"),
            ],
        );
    }

    #[test]
    fn a_question_typed_whole_finds_its_topic_in_either_language() {
        let glossary = glossary();
        each_finds(
            &glossary,
            FILLER,
            &[
                ("What is fibromyalgia?", "Fibromyalgia"),
                ("what’s fibro fog", "Fibro fog"),
                ("What does IBS mean?", "Irritable bowel syndrome"),
                ("I have migraines", "Migraine"),
                ("tell me about sleep-apnea", "Sleep apnea"),
                ("how does a ketamine infusion work", "Ketamine infusion"),
            ],
        );
        each_finds(
            &spanish_glossary(),
            crate::i18n::ES.search.filler,
            &[
                ("¿Qué es la fibromialgia?", "Fibromialgia"),
                ("¿qué significa SII?", "Síndrome del intestino irritable"),
                ("tengo migrañas", "Migraña"),
            ],
        );
        // A clinic's name with an apostrophe, found however the patient types it (or not).
        let clinic = Glossary::from_json(
            r#"{"entries":[{"id":"raynaud","title":"Raynaud's phenomenon","summary":"Cold fingers.",
            "sections":[{"heading":"What it is","blocks":[{"paragraph":"Fingers go white."}]}],
            "reviewed":"2026-10-01"}]}"#,
        )
        .unwrap()
        .0;
        let raynaud = "Raynaud's phenomenon";
        each_finds(
            &clinic,
            FILLER,
            &[
                ("What is Raynaud’s?", raynaud),
                ("raynauds", raynaud),
                (raynaud, raynaud),
            ],
        );
        // Filler alone is searched as typed: "is" is in "sensitisation", "cystitis", "disease".
        assert_eq!(
            titles(&search(&glossary, "is", FILLER)),
            [
                "Central sensitization",
                "Interstitial cystitis",
                "Restless legs syndrome"
            ]
        );
    }

    #[test]
    fn index_is_alphabetical_and_grouped_by_letter() {
        let glossary = glossary();
        let all = search(&glossary, "", FILLER);
        let letters: String = by_letter(&all).iter().map(|(letter, _)| *letter).collect();
        assert_eq!(letters, "CFIKMNORS");
        let (_, f) = &by_letter(&all)[1];
        assert_eq!(titles(f), ["Fibro fog", "Fibromyalgia"]);
    }

    #[test]
    fn back_to_index_keeps_the_search_and_remembers_the_entry() {
        let state = Rc::new(LearnState::new(&glossary(), None, None));
        let state = state.reduce(LearnAction::Search("fog".into()));
        let state = state.reduce(LearnAction::Open("fibro-fog".into()));
        assert_eq!(state.page, Page::Entry("fibro-fog".into()));
        let state = state.reduce(LearnAction::BackToIndex);
        assert_eq!(
            *state,
            LearnState {
                page: Page::Index,
                query: "fog".into(),
                came_from: Some("fibro-fog".into()),
                patient_navigated: true,
                open_term: None,
                followed: None,
                awaited: None,
            }
        );
    }

    #[test]
    fn only_the_patient_moves_focus() {
        let state = Rc::new(LearnState::new(&glossary(), None, None));
        assert!(!state.patient_navigated);
        let shown = state.reduce(LearnAction::Show("migraine".into()));
        assert!(
            !shown.patient_navigated,
            "an attribute change must not steal focus"
        );
        assert!(
            shown
                .reduce(LearnAction::Open("serotonin".into()))
                .patient_navigated
        );
    }

    #[test]
    fn opens_on_the_chosen_entry() {
        let entry = || Some("migraine".to_string());
        assert_eq!(
            LearnState::new(&glossary(), entry(), entry()).page,
            Page::Entry("migraine".into())
        );
        assert_eq!(LearnState::new(&glossary(), None, None).page, Page::Index);
        // In the other language, where the patient was: the attribute's topic stays followed, so
        // only a new one opens.
        let resumed = LearnState::new(&glossary(), Some("sleep-apnea".into()), entry());
        assert_eq!(resumed.topic().as_deref(), Some("sleep-apnea"));
        assert_eq!(resumed.followed, entry());
        let shown = Rc::new(resumed).reduce(LearnAction::Show("serotonin".into()));
        assert_eq!(
            (shown.topic(), shown.followed.clone()),
            (Some("serotonin".into()), Some("serotonin".into()))
        );
    }

    #[test]
    fn a_topic_still_on_its_way_opens_when_it_arrives_unless_the_patient_moved_on() {
        let clinic = || Some("tens".to_string());
        let waiting = Rc::new(LearnState::new(&glossary(), clinic(), None));
        assert_eq!(waiting.page, Page::Index, "the list of topics meanwhile");
        assert_eq!(
            waiting.topic(),
            clinic(),
            "kept for another change of language"
        );
        let arrived = waiting.clone().reduce(LearnAction::Arrived("tens".into()));
        assert_eq!(
            (arrived.page.clone(), arrived.awaited.clone()),
            (Page::Entry("tens".into()), None)
        );
        assert!(!arrived.patient_navigated, "no focus taken");
        for moved_on in [
            LearnAction::Search("sleep".into()),
            LearnAction::Open("migraine".into()),
            LearnAction::Show("ketamine".into()),
        ] {
            let moved = waiting.clone().reduce(moved_on.clone());
            let page = moved.page.clone();
            assert_eq!(
                moved.reduce(LearnAction::Arrived("tens".into())).page,
                page,
                "{moved_on:?}"
            );
        }
    }
}
