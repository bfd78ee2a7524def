//! The embed contract: every attribute, event and method of `<pain-guide>`, in one table.
//!
//! The loader's `observedAttributes`, the README's reference tables and (later) the release
//! manifest are checked against these lists by `tests/contract.rs`, so they cannot drift.

/// One HTML attribute a clinic can set on `<pain-guide>`.
pub struct AttributeSpec {
    pub name: &'static str,
    /// Accepted values, as the README documents them.
    pub values: &'static str,
    pub default: &'static str,
    pub summary: &'static str,
}

/// One `CustomEvent` the element dispatches (always `bubbles` and `composed`).
pub struct EventSpec {
    pub name: &'static str,
    /// What `event.detail` carries. Never symptom data unless the patient chose to send it.
    pub detail: &'static str,
    pub summary: &'static str,
}

pub const ATTRIBUTES: &[AttributeSpec] = &[
    AttributeSpec {
        name: "theme",
        values: "`light`, `calm`, `warm`, `dark`, `high-contrast` or `auto`",
        default: "light",
        summary: "A colour preset; every one passes WCAG AA. `auto` follows the visitor's dark-mode and contrast settings.",
    },
    AttributeSpec {
        name: "font-family",
        values: "`system` or `inherit`",
        default: "system",
        summary: "`inherit` uses the host page's font; `system` uses the visitor's system font.",
    },
    AttributeSpec {
        name: "entry",
        values: "an entry id, e.g. `fibromyalgia`",
        default: "(none)",
        summary: "Opens the glossary on this entry instead of the A–Z list of topics.",
    },
    AttributeSpec {
        name: "cta-text",
        values: "text, at most 60 characters",
        default: "Contact the clinic",
        summary: "The words on the clinic's call-to-action link (shown only with `cta-href`).",
    },
    AttributeSpec {
        name: "cta-href",
        values: "a relative, `https:`, `tel:` or `mailto:` link",
        default: "(none)",
        summary: "Where the call-to-action link goes, e.g. the clinic's booking page.",
    },
    AttributeSpec {
        name: "content-src",
        values: "a relative or `https:` address of a JSON file",
        default: "(none)",
        summary:
            "Adds the clinic's own glossary entries, or replaces built-in ones with the same id.",
    },
];

pub const EVENTS: &[EventSpec] = &[
    EventSpec {
        name: "pain-guide:ready",
        detail: "`{ version }`",
        summary: "The widget has rendered for the first time.",
    },
    EventSpec {
        name: "pain-guide:load-error",
        detail: "`{ message }`",
        summary:
            "The widget's code could not be loaded; the element shows a short apology instead.",
    },
];

/// The custom element's tag name.
pub const TAG_NAME: &str = "pain-guide";
