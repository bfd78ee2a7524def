//! Property tests of every parser the outside world feeds: whatever a page, a clinic's content
//! file, a browser's storage or a patient's typing hands the widget, it answers with a value or a clear error, never
//! a panic; and what the widget writes, it reads back unchanged.
#![cfg(not(target_arch = "wasm32"))]

use pain_guide_widget::body_map::storage;
use pain_guide_widget::config::{is_content_url, is_safe_link, Submit, WidgetConfig};
use pain_guide_widget::embed::contract::{ATTRIBUTES, CSS_PROPERTIES};
use pain_guide_widget::glossary::{inline, state::search, Glossary};
use pain_guide_widget::json::Json;
use pain_guide_widget::scoring::{Answers, Quality, Site};
use pain_guide_widget::theme::colour::Colour;
use proptest::prelude::*;

/// Text that looks like what arrives: JSON-ish punctuation, markup, link markers, Unicode.
fn hostile_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("{".to_string()),
        Just("}".to_string()),
        Just("[".to_string()),
        Just("]".to_string()),
        Just("[[".to_string()),
        Just("]]".to_string()),
        Just("|".to_string()),
        Just("\"".to_string()),
        Just(":".to_string()),
        Just(",".to_string()),
        Just("\\u".to_string()),
        Just("<script>".to_string()),
        Just("javascript:".to_string()),
        Just("\"entries\"".to_string()),
        Just("\"version\":1".to_string()),
        Just("-0.5e9".to_string()),
        Just("null".to_string()),
        Just("é😀".to_string()),
        "[a-z0-9 -]{0,8}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(pieces, 0..40).prop_map(|parts| parts.concat())
}

/// Well-formed JSON values (whole numbers only, as the widget writes them).
fn json_value() -> impl Strategy<Value = Json> {
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        any::<i64>().prop_map(|n| Json::Number(n.to_string())),
        any::<String>().prop_map(Json::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Json::Array),
            prop::collection::vec((any::<String>(), inner), 0..6).prop_map(Json::Object),
        ]
    })
}

fn answers() -> impl Strategy<Value = Answers> {
    let mark = (
        prop::option::of(0u8..=10),
        prop::collection::vec(0..Quality::ALL.len(), 0..4),
    );
    prop::collection::vec((0..Site::ALL.len(), mark), 0..30).prop_map(|marks| {
        let mut answers = Answers::default();
        for (site, (intensity, qualities)) in marks {
            let site = Site::ALL[site];
            answers.mark(site);
            if let Some(intensity) = intensity {
                answers.set_intensity(site, intensity).unwrap();
            }
            for quality in qualities {
                answers.details(site).toggle(Quality::ALL[quality]);
            }
        }
        answers
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn json_never_panics(text in hostile_text()) {
        let _ = Json::parse(&text);
    }

    #[test]
    fn json_reads_back_what_it_writes(value in json_value()) {
        prop_assert_eq!(Json::parse(&value.to_string()), Ok(value));
    }

    #[test]
    fn content_files_never_panic(text in hostile_text()) {
        let wrapped = format!("{{\"entries\":[{text}]}}");
        let per_language = format!("{{\"es\":{{\"entries\":[{text}]}},\"en\":{wrapped}}}");
        for input in [&text, &wrapped, &per_language] {
            if let Ok((glossary, _)) = Glossary::from_json(input) {
                prop_assert!(glossary.entries.iter().all(|entry| entry.problem().is_none()));
                let _ = glossary.link_problems();
            }
            if let Ok((glossary, _)) = Glossary::from_clinic_json(input, "es") {
                prop_assert!(glossary.entries.iter().all(|entry| entry.problem().is_none()));
            }
        }
    }

    #[test]
    fn link_syntax_never_panics_and_keeps_every_character_of_plain_text(text in hostile_text()) {
        let pieces = inline::parse(&text);
        let plain: String = pieces.iter().map(|piece| match piece {
            inline::Inline::Text(text) => *text,
            inline::Inline::Link { .. } => "",
        }).collect();
        prop_assert!(plain.len() <= text.len());
        if !text.contains("[[") {
            prop_assert_eq!(plain, text);
        }
    }

    #[test]
    fn attributes_never_panic_and_accepted_links_are_safe(
        values in prop::collection::vec(prop::option::of(hostile_text()), ATTRIBUTES.len()),
        api in prop::option::of(hostile_text()),
    ) {
        // Every attribute of the contract, and each page property as its setting's attribute.
        let value = |name: &str| ATTRIBUTES.iter().position(|spec| spec.name == name).and_then(|index| values[index].clone());
        let setting = |property: &str| CSS_PROPERTIES.iter().find(|spec| spec.name == property).and_then(|spec| value(spec.setting));
        let (config, _) = WidgetConfig::from_sources(value, setting, api.as_deref());
        if let Some(cta) = &config.cta {
            prop_assert!(is_safe_link(&cta.href));
            prop_assert!(!cta.href.to_ascii_lowercase().starts_with("javascript:"));
            prop_assert!(cta.text.chars().count() <= 60);
        }
        for src in [&config.content_src, &config.logo].into_iter().flatten() {
            prop_assert!(is_content_url(src));
        }
        if let Some(Submit::Post(url)) = &config.submit {
            prop_assert!(is_content_url(url));
        }
    }

    #[test]
    fn colours_never_panic_and_print_as_hex_that_reads_back(text in hostile_text()) {
        if let Some(colour) = Colour::parse(&text) {
            let printed = colour.to_string();
            prop_assert!(printed.len() == 7 && printed.starts_with('#'));
            prop_assert_eq!(Colour::parse(&printed), Some(colour));
        }
    }

    #[test]
    fn stored_answers_never_panic(text in hostile_text()) {
        let _ = storage::from_json(&text);
    }

    #[test]
    fn stored_answers_read_back_what_was_stored(answers in answers(), changed in any::<Option<u32>>()) {
        let text = storage::to_json(&answers, changed);
        let stored = storage::Stored { answers, changed, problems: vec![] };
        prop_assert_eq!(storage::from_json(&text), Ok(stored));
    }

    #[test]
    fn search_never_panics_and_finds_a_topic_by_any_part_of_its_title(
        typed in hostile_text(),
        which in any::<prop::sample::Index>(),
        (start, length) in (0..40usize, 1..12usize),
    ) {
        let (glossary, _) = Glossary::from_json(include_str!("../content/en/glossary.json")).unwrap();
        let filler = pain_guide_widget::i18n::EN.search.filler;
        let _ = search(&glossary, &typed, filler);
        let entry = which.get(&glossary.entries);
        let title: Vec<char> = entry.title.chars().collect();
        let part: String = title.iter().skip(start % title.len()).take(length).collect();
        prop_assume!(!part.trim().is_empty());
        prop_assert!(search(&glossary, &part, filler).iter().any(|found| found.title == entry.title), "{part:?}");
    }
}
