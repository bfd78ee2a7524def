//! The "Learn" part: plain-language glossary entries. Content is data (`content/<lang>/*.json`),
//! parsed into the typed model in [`model`] and rendered as text and elements, never as HTML.

#[cfg(test)]
mod bundled_content_tests;
pub mod entry_view;
pub mod index_view;
pub mod inline;
pub mod learn;
pub mod model;
#[cfg(test)]
pub(crate) mod readability;
pub mod rich_text;
pub mod state;
pub mod term_popover;

use std::rc::Rc;

pub use model::{Block, ContentProblem, Entry, Glossary, Section, Source};

/// The glossary built into the widget, in its language (`content/<lang>/glossary.json`, compacted
/// by build.rs).
#[cfg(not(feature = "es"))]
const BUNDLED_TEXT: &str = include_str!(concat!(env!("OUT_DIR"), "/glossary.en.json"));
#[cfg(feature = "es")]
const BUNDLED_TEXT: &str = include_str!(concat!(env!("OUT_DIR"), "/glossary.es.json"));

thread_local! {
    // Parsed once per page and shared by every <pain-guide> instance.
    static BUNDLED: Rc<Glossary> = Rc::new(load_bundled());
}

/// The bundled glossary, parsed and validated once per page.
pub fn bundled() -> Rc<Glossary> {
    BUNDLED.with(Rc::clone)
}

/// Says on the console when the `entry` attribute names no topic of `glossary`, and which ones it
/// has: a typo ("fibromyalgya") showed the list of topics without a word to the web admin.
pub fn warn_of_unknown_entry(glossary: &Glossary, id: Option<&str>) {
    let Some(id) = id.filter(|&id| glossary.entry(id).is_none()) else {
        return;
    };
    let mut message =
        format!("pain-guide: <pain-guide entry=\"{id}\"> names no topic of the guide. Its topics:");
    for entry in &glossary.entries {
        message.push(' ');
        message.push_str(&entry.id);
    }
    crate::embed::warn(&message);
}

/// The bundled glossary with a clinic's entries from `src` (the `content-src` attribute). Any
/// failure keeps the bundled content and says why on the console; bad entries are skipped and
/// named.
pub async fn with_clinic_content(src: &str) -> Rc<Glossary> {
    let bundled = bundled();
    let lang = crate::i18n::UI.lang;
    let loaded = crate::embed::fetch_text(src)
        .await
        .and_then(|text| Glossary::from_clinic_json(&text, lang));
    match loaded {
        Ok((clinic, problems)) => {
            for problem in problems {
                crate::embed::warn(&format!(
                    "pain-guide: content-src {src}: {problem}; it was skipped."
                ));
            }
            for entry in &clinic.entries {
                if let Some(shown) = &entry.lang {
                    crate::embed::warn(&format!(
                        "pain-guide: content-src {src}: entry \"{}\" has no \"{lang}\" text; showing its \"{shown}\" text.",
                        entry.id
                    ));
                }
            }
            let merged = bundled.with_clinic_entries(clinic);
            for problem in merged.link_problems() {
                crate::embed::warn(&format!(
                    "pain-guide: content-src {src}: {problem}; it shows as plain text."
                ));
            }
            Rc::new(merged)
        }
        Err(error) => {
            crate::embed::warn(&format!(
                "pain-guide: content-src {src} could not be used ({error}); showing the built-in glossary."
            ));
            bundled
        }
    }
}

fn load_bundled() -> Glossary {
    // The bundled file is checked by tests, so problems here mean a broken build: report them
    // and carry on with whatever entries are valid rather than blanking the widget.
    match Glossary::from_json(BUNDLED_TEXT) {
        Ok((glossary, problems)) => {
            for problem in problems {
                crate::embed::error(&format!("pain-guide: bundled content: {problem}"));
            }
            glossary
        }
        Err(error) => {
            crate::embed::error(&format!(
                "pain-guide: bundled content is unreadable: {error}"
            ));
            Glossary::default()
        }
    }
}
