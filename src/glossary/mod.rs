//! The "Learn" part: plain-language glossary entries. Content is data (`content/<lang>/*.json`),
//! parsed into the typed model in [`model`] and rendered as text and elements, never as HTML.

pub mod entry_view;
pub mod model;

use std::rc::Rc;

pub use model::{Block, ContentProblem, Entry, Glossary, Section, Source};

/// The English glossary built into the widget.
const BUNDLED_EN: &str = include_str!("../../content/en/glossary.json");

thread_local! {
    // Parsed once per page and shared by every <pain-guide> instance.
    static BUNDLED: Rc<Glossary> = Rc::new(load_bundled());
}

/// The bundled glossary, parsed and validated once per page.
pub fn bundled() -> Rc<Glossary> {
    BUNDLED.with(Rc::clone)
}

fn load_bundled() -> Glossary {
    // The bundled file is checked by tests, so problems here mean a broken build: report them
    // and carry on with whatever entries are valid rather than blanking the widget.
    match Glossary::from_json(BUNDLED_EN) {
        Ok((glossary, problems)) => {
            for problem in problems {
                gloo::console::error!(format!("pain-guide: bundled content: {problem}"));
            }
            glossary
        }
        Err(error) => {
            gloo::console::error!(format!(
                "pain-guide: bundled content is unreadable: {error}"
            ));
            Glossary::default()
        }
    }
}
