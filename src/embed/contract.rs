//! The embed contract: every attribute, event and method of `<pain-guide>`, in one table.
//!
//! The loader's `observedAttributes`, the README's reference tables and (later) the release
//! manifest are checked against these lists by `tests/contract.rs`, so they cannot drift.

/// One HTML attribute a clinic can set on `<pain-guide>`.
pub struct AttributeSpec {
    pub name: &'static str,
    /// Also accepted, under the same name, in `theme-config` and `setTheme`.
    pub theme_setting: bool,
    /// Read by the loader alone, which picks the build of the widget to fetch (`lang`).
    pub loader_only: bool,
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
        theme_setting: true,
        loader_only: false,
        values: "`light`, `calm`, `warm`, `dark`, `high-contrast` or `auto`",
        default: "light",
        summary: "A colour preset; every one passes WCAG AA. `auto` follows the visitor's dark-mode and contrast settings.",
    },
    AttributeSpec {
        name: "font-family",
        theme_setting: true,
        loader_only: false,
        values: "`system` or `inherit`",
        default: "system",
        summary: "`inherit` uses the host page's font; `system` uses the visitor's system font.",
    },
    AttributeSpec {
        name: "text-size",
        theme_setting: true,
        loader_only: false,
        values: "`normal`, `large` or `larger`",
        default: "normal",
        summary: "The widget's text size: the visitor's own, or one or two steps larger (the whole widget grows with it).",
    },
    AttributeSpec {
        name: "density",
        theme_setting: true,
        loader_only: false,
        values: "`comfortable`, `compact` or `spacious`",
        default: "comfortable",
        summary: "How much room the widget leaves around its text and panels: `compact` suits a narrow column. Buttons and places to tap keep their size in every density.",
    },
    AttributeSpec {
        name: "corner-radius",
        theme_setting: true,
        loader_only: false,
        values: "a whole number of pixels, 0 to 32 (`8` or `8px`)",
        default: "(the preset's, 0.5em)",
        summary: "How round the corners of the widget, its panels and buttons are; `0` is square.",
    },
    AttributeSpec {
        name: "primary-color",
        theme_setting: true,
        loader_only: false,
        values: "a colour: `#0b7a75`, `rgb(11, 122, 117)`, `hsl(177, 83%, 26%)` or a name",
        default: "(the preset's)",
        summary: "Links, headings and buttons. Darkened or lightened if patients could not read it.",
    },
    AttributeSpec {
        name: "background-color",
        theme_setting: true,
        loader_only: false,
        values: "a colour",
        default: "(the preset's)",
        summary: "The widget's background; text, panels and lines follow it unless set too.",
    },
    AttributeSpec {
        name: "surface-color",
        theme_setting: true,
        loader_only: false,
        values: "a colour",
        default: "(the preset's)",
        summary: "Panels: the footer and the explanations of linked terms.",
    },
    AttributeSpec {
        name: "text-color",
        theme_setting: true,
        loader_only: false,
        values: "a colour",
        default: "(the preset's)",
        summary: "Body text. Replaced by black or white if it would not stand out from the background.",
    },
    AttributeSpec {
        name: "height",
        theme_setting: false,
        loader_only: false,
        values: "a whole number of pixels, 300 to 2000 (`700` or `700px`)",
        default: "40em",
        summary: "The widget's height, for the room the page gives it (40em is 640 px at the usual text size, more with `text-size`). Never more than 90% of the window, so its tabs stay in sight; what does not fit scrolls inside it. A height the page's CSS gives the element decides instead (within the same 90%); a `max-height` there caps it.",
    },
    AttributeSpec {
        name: "theme-config",
        theme_setting: false,
        loader_only: false,
        values: "a JSON object of theme settings, e.g. `{\"theme\": \"calm\", \"primary-color\": \"#5b3f8c\"}`",
        default: "(none)",
        summary: "All theme settings in one attribute; it overrides the separate attributes.",
    },
    AttributeSpec {
        name: "start",
        theme_setting: false,
        loader_only: false,
        values: "`learn`, `map` or `summary`",
        default: "learn",
        summary: "The part the widget opens on: the glossary, the pain map, or the summary with its questions. `map` suits a page that asks patients to prepare for a visit. A patient who changes language stays where they are.",
    },
    AttributeSpec {
        name: "entry",
        theme_setting: false,
        loader_only: false,
        values: "an entry id, e.g. `fibromyalgia`",
        default: "(none)",
        summary: "Opens the glossary on this entry instead of the A–Z list of topics. An id that names no topic (a typo) shows the list, and the console names every topic's id.",
    },
    AttributeSpec {
        name: "cta-text",
        theme_setting: false,
        loader_only: false,
        values: "text, at most 60 characters",
        default: "Contact the clinic (in Spanish: Contacte a la clínica)",
        summary: "The words on the clinic's call-to-action link (shown only with `cta-href`).",
    },
    AttributeSpec {
        name: "cta-href",
        theme_setting: false,
        loader_only: false,
        values: "a page of your site (`/contact`), or an address starting `https:`, `tel:` or `mailto:` (`www.…`, a bare phone number and a bare email address are refused: as links they lead to a missing page of your site)",
        default: "(none)",
        summary: "Where the call-to-action link goes, e.g. the clinic's booking page.",
    },
    AttributeSpec {
        name: "content-src",
        theme_setting: false,
        loader_only: false,
        values: "a relative or `https:` address of a JSON file",
        default: "(none)",
        summary:
            "Adds the clinic's own glossary entries, or replaces built-in ones with the same id; one file may hold each language's.",
    },
    AttributeSpec {
        name: "logo-src",
        theme_setting: false,
        loader_only: false,
        values: "an image on your site (`/logo.png`), or an address starting `https:`",
        default: "(none)",
        summary: "The clinic's logo, shown at the foot of the widget beside the call to action (its text is `clinic-name`), fitted into a box 160 × 40 px at the usual text size (it grows with `text-size`): a logo four times as wide as it is high fills it. The page's policy must allow it in `img-src`. An address that cannot be loaded shows no logo, and the console says so.",
    },
    AttributeSpec {
        name: "clinic-name",
        theme_setting: false,
        loader_only: false,
        values: "text, at most 80 characters",
        default: "(none)",
        summary: "Printed on the clinician summary, and named in the patient's consent to send.",
    },
    AttributeSpec {
        name: "lang",
        theme_setting: false,
        loader_only: true,
        values: "`en` or `es` (a region such as `es-MX` is fine)",
        default: "(the page's language, else the browser's, else English)",
        summary: "The language the patient reads. Without it the widget follows the nearest `lang` above it (the page's `<html lang>`), then the browser's languages; a language it does not speak is passed over. A patient's own choice on the language switch comes first, for the rest of their visit.",
    },
    AttributeSpec {
        name: "language-switch",
        theme_setting: false,
        loader_only: false,
        values: "`hide`",
        default: "(shown)",
        summary: "`hide` removes the button that lets the patient switch between English and Spanish, for a clinic that offers languages its own way.",
    },
    AttributeSpec {
        name: "sheet-lang",
        theme_setting: false,
        loader_only: false,
        values: "`en` or `es`",
        default: "(the patient's language)",
        summary: "The language of the clinician summary the patient prints or copies, for a clinic whose doctors read one language. The saved FHIR file is always in English, the Questionnaire's language.",
    },
    AttributeSpec {
        name: "emergency-number",
        theme_setting: false,
        loader_only: false,
        values: "a phone number: digits, spaces, `-`, `()` and a leading `+`",
        default: "911",
        summary: "The number the chest-pain safety notice tells patients to call (shown as a link that dials it).",
    },
    AttributeSpec {
        name: "crisis-number",
        theme_setting: false,
        loader_only: false,
        values: "a phone number",
        default: "988",
        summary: "The crisis line the low-mood safety notice gives (988 is the US Suicide & Crisis Lifeline).",
    },
    AttributeSpec {
        name: "submit-url",
        theme_setting: false,
        loader_only: false,
        values: "a relative or `https:` address",
        default: "(none)",
        summary: "Shows \"Send to the clinic\": with the patient's consent, the answers are POSTed here as a FHIR `QuestionnaireResponse` (`application/fhir+json`).",
    },
    AttributeSpec {
        name: "submit",
        theme_setting: false,
        loader_only: false,
        values: "`event`",
        default: "(none)",
        summary: "Shows \"Send to the clinic\" without a `submit-url`: the answers go only to the page, in the `pain-guide:submit` event.",
    },
];

pub const EVENTS: &[EventSpec] = &[
    EventSpec {
        name: "pain-guide:ready",
        detail: "`{ version }`",
        summary: "The widget has rendered for the first time (and again in the other language after a language switch, or after its code stopped and started again).",
    },
    EventSpec {
        name: "pain-guide:load-error",
        detail: "`{ message }`",
        summary:
            "The widget's code could not be loaded; the element shows a short apology instead.",
    },
    EventSpec {
        name: "pain-guide:language",
        detail: "`{ lang }` (`en` or `es`)",
        summary: "The patient pressed the language switch. The widget then reloads in that language, keeping every answer, and so do the page's other widgets. Cancelable: `event.preventDefault()` keeps the current language, e.g. to send the patient to the clinic's own page in that language.",
    },
    EventSpec {
        name: "pain-guide:submit",
        detail: "`{ questionnaireResponse }` (a FHIR R4 `QuestionnaireResponse` object)",
        summary: "The patient chose to send their answers. Cancelable: `event.preventDefault()` skips the POST to `submit-url`, e.g. to put them into the page's own form.",
    },
];

/// One method or property of the element, for the page's script.
pub struct MethodSpec {
    pub name: &'static str,
    pub signature: &'static str,
    pub summary: &'static str,
}

pub const METHODS: &[MethodSpec] = &[
    MethodSpec {
        name: "version",
        signature: "`el.version`",
        summary: "The widget's version, e.g. `0.1.0` (read-only; there before the code has loaded).",
    },
    MethodSpec {
        name: "setTheme",
        signature: "`el.setTheme({ \"primary-color\": \"#5b3f8c\" })`",
        summary: "Applies theme settings on top of everything else; calls made before the widget has loaded are kept and applied when it does.",
    },
];

/// One CSS custom property the host page may set on (or above) the element.
pub struct CssPropertySpec {
    pub name: &'static str,
    /// The theme setting it provides (the attribute of the same meaning overrides it).
    pub setting: &'static str,
}

pub const CSS_PROPERTIES: &[CssPropertySpec] = &[
    CssPropertySpec {
        name: "--pg-primary",
        setting: "primary-color",
    },
    CssPropertySpec {
        name: "--pg-background",
        setting: "background-color",
    },
    CssPropertySpec {
        name: "--pg-surface",
        setting: "surface-color",
    },
    CssPropertySpec {
        name: "--pg-text",
        setting: "text-color",
    },
    CssPropertySpec {
        name: "--pg-text-size",
        setting: "text-size",
    },
    CssPropertySpec {
        name: "--pg-density",
        setting: "density",
    },
    CssPropertySpec {
        name: "--pg-radius",
        setting: "corner-radius",
    },
];

/// The custom element's tag name.
pub const TAG_NAME: &str = "pain-guide";
