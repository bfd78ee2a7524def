//! The embed contract table (`src/embed/contract.rs`) is the single source of truth: the loader,
//! the config parser, the README and the code that dispatches events must all agree with it.

use pain_guide_widget::config::{WidgetConfig, THEME_SETTINGS};
use pain_guide_widget::embed::answers_store::SAVED;
use pain_guide_widget::embed::contract::{ATTRIBUTES, CSS_PROPERTIES, EVENTS, METHODS, TAG_NAME};
use std::cell::RefCell;
use std::collections::BTreeSet;

const LOADER: &str = include_str!("../static/pain-guide.js");
const README: &str = include_str!("../README.md");
const RUST_SOURCES: &[&str] = &[
    include_str!("../src/embed/mount.rs"),
    include_str!("../src/embed/events.rs"),
    include_str!("../hand_off/src/lib.rs"),
];

fn contract_attributes() -> BTreeSet<String> {
    ATTRIBUTES
        .iter()
        .map(|spec| spec.name.to_string())
        .collect()
}

/// The attributes the widget's configuration reads: all but the loader's own (`lang`).
fn widget_attributes() -> BTreeSet<String> {
    ATTRIBUTES
        .iter()
        .filter(|spec| !spec.loader_only)
        .map(|spec| spec.name.to_string())
        .collect()
}

/// The string literals of `var NAME = [ … ];` in the loader.
fn loader_list(name: &str) -> BTreeSet<String> {
    let start = LOADER
        .find(&format!("var {name} = ["))
        .unwrap_or_else(|| panic!("loader has no {name}"));
    let list = &LOADER[start..];
    let list = &list[list.find('[').unwrap() + 1..list.find(']').unwrap()];
    list.split(',')
        .map(|item| item.trim().trim_matches('\'').to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

#[test]
fn loader_observes_exactly_the_contract_attributes() {
    assert_eq!(loader_list("OBSERVED_ATTRIBUTES"), contract_attributes());
    assert!(LOADER.contains(&format!("var TAG = '{TAG_NAME}'")));
}

#[test]
fn loader_knows_exactly_the_contract_css_properties() {
    let properties = CSS_PROPERTIES
        .iter()
        .map(|property| property.name.to_string());
    assert_eq!(loader_list("CSS_PROPERTIES"), properties.collect());
}

#[test]
fn loader_tells_the_stores_of_answers_with_their_own_event() {
    assert!(LOADER.contains(&format!("new CustomEvent('{SAVED}')")));
}

#[test]
fn config_reads_exactly_the_contract_attributes_and_css_properties() {
    let asked = RefCell::new(BTreeSet::new());
    let properties = RefCell::new(BTreeSet::new());
    let _ = WidgetConfig::from_sources(
        |name| {
            asked.borrow_mut().insert(name.to_string());
            None
        },
        |name| {
            properties.borrow_mut().insert(name.to_string());
            None
        },
        None,
    );
    assert_eq!(asked.into_inner(), widget_attributes());
    let declared: BTreeSet<String> = CSS_PROPERTIES
        .iter()
        .map(|property| property.name.to_string())
        .collect();
    assert_eq!(properties.into_inner(), declared);
    for property in CSS_PROPERTIES {
        let setting = ATTRIBUTES.iter().find(|spec| spec.name == property.setting);
        assert!(
            setting.is_some_and(|spec| spec.theme_setting),
            "{} provides no theme setting",
            property.name
        );
    }
}

#[test]
fn theme_config_and_set_theme_accept_exactly_the_theme_settings() {
    let marked: BTreeSet<&str> = ATTRIBUTES
        .iter()
        .filter(|spec| spec.theme_setting)
        .map(|spec| spec.name)
        .collect();
    assert_eq!(THEME_SETTINGS.into_iter().collect::<BTreeSet<_>>(), marked);
}

#[test]
fn the_loader_defines_every_method_and_property() {
    for method in METHODS {
        let definitions = [
            format!("    {}(", method.name),
            format!("    get {}(", method.name),
        ];
        let defined = definitions
            .iter()
            .any(|definition| LOADER.contains(definition.as_str()));
        assert!(defined, "the loader has no {}", method.name);
    }
}

#[test]
fn attribute_names_are_kebab_case() {
    for spec in ATTRIBUTES {
        assert!(
            spec.name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'-'),
            "{} is not kebab-case",
            spec.name
        );
    }
}

#[test]
fn readme_documents_every_attribute_and_event() {
    for spec in ATTRIBUTES {
        let row = format!(
            "| `{}` | {} | `{}` | {} |",
            spec.name, spec.values, spec.default, spec.summary
        );
        assert!(README.contains(&row), "README is missing the row:\n{row}");
    }
    for spec in EVENTS {
        let row = format!("| `{}` | {} | {} |", spec.name, spec.detail, spec.summary);
        assert!(README.contains(&row), "README is missing the row:\n{row}");
    }
    for spec in METHODS {
        let row = format!(
            "| `{}` | {} | {} |",
            spec.name, spec.signature, spec.summary
        );
        assert!(README.contains(&row), "README is missing the row:\n{row}");
    }
    for spec in CSS_PROPERTIES {
        let row = format!("| `{}` | `{}` |", spec.name, spec.setting);
        assert!(README.contains(&row), "README is missing the row:\n{row}");
    }
}

#[test]
fn every_dispatched_event_is_in_the_contract_and_every_contract_event_is_dispatched() {
    // Events leave the widget only through `events::dispatch(…)` (Rust) and `emit(…)` (loader);
    // each call is read up to its `;`, since formatting may spread it over several lines.
    let mut dispatched = BTreeSet::new();
    for source in RUST_SOURCES.iter().chain([&LOADER]) {
        let calls = source
            .match_indices("dispatch(")
            .chain(source.match_indices("emit("));
        for (start, _) in calls {
            let call = &source[start..start + source[start..].find(';').unwrap_or(0)];
            for (at, _) in call.match_indices("pain-guide:") {
                let name: String = call[at..]
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase() || *c == '-' || *c == ':')
                    .collect();
                dispatched.insert(name);
            }
        }
    }
    let declared: BTreeSet<String> = EVENTS.iter().map(|spec| spec.name.to_string()).collect();
    assert_eq!(dispatched, declared);
}

#[test]
fn the_clinic_guide_explains_every_console_message() {
    const GUIDE: &str = include_str!("../docs/clinic-guide.md");
    // (where the message is written, a fixed part of it): each part must stand in the code and in
    // the guide's troubleshooting table, so rewording one without the other fails here.
    let messages: &[(&str, &str)] = &[
        (
            include_str!("../src/config/mod.rs"),
            "is not valid (expected",
        ),
        (LOADER, "the widget could not load from"),
        (LOADER, "setTheme needs a plain object of theme settings"),
        (LOADER, "this browser cannot run the guide: "),
        (
            include_str!("../src/glossary/mod.rs"),
            "could not be used (",
        ),
        (
            include_str!("../src/glossary/mod.rs"),
            "showing the built-in glossary.",
        ),
        (include_str!("../src/glossary/mod.rs"), "; it was skipped."),
        (include_str!("../src/glossary/mod.rs"), "text; showing its"),
        (
            include_str!("../src/glossary/model.rs"),
            "which is not an entry",
        ),
        (
            include_str!("../src/glossary/mod.rs"),
            "; it shows as plain text.",
        ),
        (include_str!("../src/theme/brand.rs"), "contrast with the"),
        (
            include_str!("../src/theme/brand.rs"),
            "so patients can read it.",
        ),
        (
            include_str!("../static/pain-guide.js"),
            "the widget stopped because of an internal error",
        ),
        (
            include_str!("../src/embed/answers_store.rs"),
            "saved answers were set aside (",
        ),
        (
            include_str!("../src/embed/answers_store.rs"),
            "saved answer(s) could not be read and were left out.",
        ),
        (
            include_str!("../src/embed/answers_store.rs"),
            "this browser does not let the page keep answers; ",
        ),
        (
            include_str!("../src/embed/answers_store.rs"),
            "the browser refused to keep answers ",
        ),
        (include_str!("../hand_off/src/lib.rs"), " failed: "),
        (
            include_str!("../hand_off/src/lib.rs"),
            "the clinic's server answered HTTP ",
        ),
        (LOADER, "the appointment tools failed ("),
        (LOADER, "hides the page content inside it"),
    ];
    for (source, part) in messages {
        assert!(
            source.contains(part),
            "no console message contains {part:?} any more"
        );
        assert!(
            GUIDE.contains(part),
            "docs/clinic-guide.md does not explain the message with {part:?}"
        );
    }
}
