//! Turns the element's attributes into a validated [`WidgetConfig`]. Pure: the caller passes a
//! lookup function, so this runs the same natively and in the browser.

pub mod snippet;

use crate::body_map::navigation::MapView;
use crate::embed::contract::CSS_PROPERTIES;
use crate::i18n::Lang;
use crate::json::Json;
use crate::safety::{HelpNumbers, US_CRISIS_NUMBER, US_EMERGENCY_NUMBER};
use crate::theme::brand::Brand;
use crate::theme::colour::Colour;
use crate::theme::Theme;
use std::fmt;
use std::ops::RangeInclusive;

/// Which font the widget's text uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum FontChoice {
    /// The visitor's system UI font: readable and the same on every host page.
    #[default]
    System,
    /// The host page's own font, when a clinic asks for it with `font-family="inherit"`.
    Inherit,
}

/// How big the widget's text is (`text-size`): the visitor's own size, or one or two steps up
/// (for patients who find small text hard, whatever the page around it does).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum TextSize {
    #[default]
    Normal,
    Large,
    Larger,
}

/// How much room the widget leaves around its text and panels (`density`). Tap targets keep
/// their size in every density: only the space between things changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Density {
    /// Tighter, for a narrow column or a page with little room.
    Compact,
    #[default]
    Comfortable,
    /// Roomier, for pages that want a calmer look.
    Spacious,
}

/// The widget's parts, chosen in its top navigation; `start` picks the one it opens on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Part {
    #[default]
    Learn,
    Map,
    Summary,
}

impl Part {
    /// Each part by its name, in `start` and in a [`Place`]'s name. The first is the default.
    const NAMED: [(&'static str, Part); 3] = [
        ("learn", Part::Learn),
        ("map", Part::Map),
        ("summary", Part::Summary),
    ];

    pub fn name(self) -> &'static str {
        Self::NAMED
            .into_iter()
            .find(|&(_, part)| part == self)
            .map_or("learn", |(name, _)| name)
    }

    /// The part `name` names; Learn for anything else.
    pub fn from_name(name: &str) -> Part {
        Self::NAMED
            .into_iter()
            .find(|&(named, _)| named == name)
            .map(|(_, part)| part)
            .unwrap_or_default()
    }
}

/// Where the patient is: the part, the topic open in Learn (`None`: its list of topics), what they
/// typed in its search, and how the map is looked at. The loader carries it, as its `name`, to the
/// widget that takes this one's place in another language, or in a fresh copy of the code after
/// a fault, which opens there.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Place {
    pub part: Part,
    pub topic: Option<String>,
    pub query: String,
    pub map: MapView,
}

impl Place {
    /// `map`, then `+` and the map's view as [`MapView::code`] (`map+1`: as a list), then
    /// `:sleep-apnea` with that topic open in Learn (topic ids have no colon, plus sign or question
    /// mark), then `?` and the search's text, which may hold any of them.
    pub fn name(&self) -> String {
        let mut name = self.part.name().to_string();
        let code = self.map.code();
        if code != 0 {
            name.push('+');
            name.push_str(&code.to_string());
        }
        if let Some(topic) = &self.topic {
            name.push(':');
            name.push_str(topic);
        }
        if !self.query.is_empty() {
            name.push('?');
            name.push_str(&self.query);
        }
        name
    }

    pub fn from_name(name: &str) -> Place {
        let (name, query) = name.split_once('?').unwrap_or((name, ""));
        let (part, topic) = match name.split_once(':') {
            Some((part, topic)) => (part, Some(topic.to_string())),
            None => (name, None),
        };
        let (part, map) = part.split_once('+').unwrap_or((part, ""));
        Place {
            part: Part::from_name(part),
            topic,
            query: query.to_string(),
            map: MapView::from_code(map.parse().unwrap_or_default()),
        }
    }
}

/// The clinic's own call to action, e.g. "Book a consultation" → its contact page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallToAction {
    pub text: String,
    pub href: String,
}

/// Everything the widget reads from its element, validated.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct WidgetConfig {
    pub theme: Theme,
    pub brand: Brand,
    pub font: FontChoice,
    pub text_size: TextSize,
    pub density: Density,
    /// The corners' radius in CSS pixels (`corner-radius`); `None` keeps the preset's.
    pub corner_radius: Option<u8>,
    /// The widget's height in CSS pixels (`height`); `None` keeps 40em.
    pub height: Option<u16>,
    /// The clinic's logo (`logo-src`), shown by the call to action.
    pub logo: Option<String>,
    /// The part the widget opens on (`start`).
    pub start: Part,
    /// The glossary entry to open on (id syntax checked here; the view reports unknown ids).
    pub entry: Option<String>,
    pub cta: Option<CallToAction>,
    /// A clinic's extra glossary entries (JSON), loaded after the built-in ones are shown.
    pub content_src: Option<String>,
    /// How "Send to the clinic" hands the answers over; no button without it.
    pub submit: Option<Submit>,
    /// The clinic's name, for the clinician sheet and the consent to send.
    pub clinic_name: Option<String>,
    /// The numbers the safety notices give (`emergency-number`, `crisis-number`).
    pub help: HelpNumbers,
    /// The clinician sheet's language (`sheet-lang`); `None`: the language the patient reads.
    pub sheet_lang: Option<Lang>,
    /// `language-switch="hide"`: no button to switch language, for a clinic that offers
    /// languages its own way.
    pub hide_language_switch: bool,
    /// The language the clinic's own words (`cta-text`, `clinic-name`) are in, where it is not
    /// the widget's ([`crate::i18n::clinic_words_lang`]); from the element's place in the page,
    /// not an attribute of its own, so the mount sets it.
    pub clinic_words_lang: Option<String>,
}

/// Where the patient's answers go when they choose to send them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Submit {
    /// POSTed to this address (unless a `pain-guide:submit` listener cancels the event).
    Post(String),
    /// Only the `pain-guide:submit` event: the page routes them itself.
    Event,
}

const MAX_CTA_TEXT: usize = 60;
const MAX_CLINIC_NAME: usize = 80;
const MAX_CORNER_RADIUS: u32 = 32;
/// Shorter, and the tabs and a question or two no longer fit; taller is past any window.
const HEIGHTS: RangeInclusive<u32> = 300..=2000;

/// An attribute value the widget could not use, and what it does instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigWarning {
    pub attribute: &'static str,
    pub value: String,
    pub expected: &'static str,
    /// What the widget uses or does instead, as the warning says it: "light", "no logo".
    pub used: &'static str,
}

impl fmt::Display for ConfigWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Values come from the page author; cap them so a huge attribute cannot flood the console.
        let shown: String = self.value.chars().take(60).collect();
        let ellipsis = if shown.len() < self.value.len() {
            "…"
        } else {
            ""
        };
        write!(
            f,
            "<pain-guide {}=\"{shown}{ellipsis}\"> is not valid (expected {}); using \"{}\".",
            self.attribute, self.expected, self.used
        )
    }
}

/// The settings `theme-config` and `setTheme` accept: the contract's attributes marked as theme
/// settings (tests/contract.rs keeps the two equal; the table's texts stay out of the wasm).
pub const THEME_SETTINGS: [&str; 9] = [
    "theme",
    "font-family",
    "text-size",
    "density",
    "corner-radius",
    "primary-color",
    "background-color",
    "surface-color",
    "text-color",
];

/// Theme settings given as JSON (`theme-config`, `setTheme`): setting name → value.
type Layer = Vec<(String, String)>;

/// What the theme-setting keys are, for warnings.
const THEME_KEYS: &str = "theme, font-family, text-size, density, corner-radius, primary-color, \
     background-color, surface-color or text-color";

/// Reads a JSON object of theme settings from `source`; anything else is warned about and left out.
fn theme_layer(json: &str, source: &'static str, warnings: &mut Vec<ConfigWarning>) -> Layer {
    let mut warn = |value: String, expected, used| {
        warnings.push(ConfigWarning {
            attribute: source,
            value,
            expected,
            used,
        });
    };
    let members = match Json::parse(json) {
        Ok(Json::Object(members)) => members,
        // JSON that cannot be read is shown by the reader's words, which say where ("line 1,
        // column 37: …").
        other => {
            let shown = other.err().unwrap_or_else(|| json.to_string());
            warn(
                shown,
                "a JSON object of theme settings",
                "none of its settings",
            );
            return Vec::new();
        }
    };
    let mut layer = Vec::new();
    for (key, value) in members {
        let known = THEME_SETTINGS.contains(&key.as_str());
        match (known, value) {
            (true, Json::String(text)) => layer.push((key, text)),
            (true, _) => warn(key, "a text value for each setting", "its other settings"),
            (false, _) => warn(key, THEME_KEYS, "its other settings"),
        }
    }
    layer
}

impl WidgetConfig {
    /// Reads every setting of the contract from its sources, later ones winning: the host page's
    /// CSS custom properties (`css_property`, e.g. `--pg-primary`), the element's attributes
    /// (`attribute`), its `theme-config` JSON, and the settings given to `setTheme` (`api`).
    pub fn from_sources(
        attribute: impl Fn(&str) -> Option<String>,
        css_property: impl Fn(&str) -> Option<String>,
        api: Option<&str>,
    ) -> (Self, Vec<ConfigWarning>) {
        let mut warnings = Vec::new();
        let api_layer = api
            .map(|json| theme_layer(json, "setTheme", &mut warnings))
            .unwrap_or_default();
        let config_layer = attribute("theme-config")
            .map(|json| theme_layer(&json, "theme-config", &mut warnings))
            .unwrap_or_default();
        let attribute = |name: &str| -> Option<String> {
            let from = |layer: &Layer| {
                layer
                    .iter()
                    .rev()
                    .find(|(key, _)| key == name)
                    .map(|(_, value)| value.clone())
            };
            from(&api_layer)
                .or_else(|| from(&config_layer))
                .or_else(|| attribute(name))
                .or_else(|| {
                    let property = CSS_PROPERTIES
                        .iter()
                        .find(|property| property.setting == name)?;
                    css_property(property.name)
                        .map(|value| value.trim().to_string())
                        .filter(|value| !value.is_empty())
                })
        };
        let font = keyword(
            "font-family",
            attribute("font-family"),
            &[
                ("system", FontChoice::System),
                ("", FontChoice::System),
                ("inherit", FontChoice::Inherit),
            ],
            "\"system\" or \"inherit\"",
            &mut warnings,
        );
        let text_size = keyword(
            "text-size",
            attribute("text-size"),
            &[
                ("normal", TextSize::Normal),
                ("large", TextSize::Large),
                ("larger", TextSize::Larger),
            ],
            "normal, large or larger",
            &mut warnings,
        );
        let density = keyword(
            "density",
            attribute("density"),
            &[
                ("comfortable", Density::Comfortable),
                ("compact", Density::Compact),
                ("spacious", Density::Spacious),
            ],
            "comfortable, compact or spacious",
            &mut warnings,
        );
        let start = keyword(
            "start",
            attribute("start"),
            &Part::NAMED,
            "learn, map or summary",
            &mut warnings,
        );
        let corner_radius = pixels(
            "corner-radius",
            attribute("corner-radius"),
            0..=MAX_CORNER_RADIUS,
            "a number of pixels from 0 to 32, such as 8",
            "the theme's corners",
            &mut warnings,
        )
        .map(|pixels| pixels as u8);
        let height = pixels(
            "height",
            attribute("height"),
            HEIGHTS,
            "a number of pixels from 300 to 2000, such as 700",
            "the usual height, 40em",
            &mut warnings,
        )
        .map(|pixels| pixels as u16);
        let theme = match attribute("theme") {
            None => Theme::default(),
            Some(value) => Theme::from_name(&value).unwrap_or_else(|| {
                warnings.push(ConfigWarning {
                    attribute: "theme",
                    value,
                    expected: "light, calm, warm, dark, high-contrast or auto",
                    used: "light",
                });
                Theme::default()
            }),
        };
        let mut colour = |name: &'static str| {
            let value = attribute(name)?;
            let parsed = Colour::parse(&value);
            if parsed.is_none() {
                warnings.push(ConfigWarning {
                    attribute: name,
                    value,
                    expected: "a colour such as #0b7a75, rgb(11, 122, 117) or teal",
                    used: "the theme's colour",
                });
            }
            parsed
        };
        let brand = Brand {
            primary: colour("primary-color"),
            background: colour("background-color"),
            surface: colour("surface-color"),
            text: colour("text-color"),
        };
        let mut warn = |attribute, value: String, expected, used| {
            warnings.push(ConfigWarning {
                attribute,
                value,
                expected,
                used,
            });
        };
        // The trimmed value of `name` if `valid` accepts it; otherwise a warning and nothing.
        let mut checked = |name, valid: fn(&str) -> bool, expected, used| {
            let value = attribute(name)?.trim().to_string();
            if valid(&value) {
                return Some(value);
            }
            warn(name, value, expected, used);
            None
        };
        let entry = checked(
            "entry",
            is_entry_id,
            "an entry id such as \"fibro-fog\"",
            "the list of topics",
        );
        let href = checked(
            "cta-href",
            is_safe_link,
            "a page of your site (/contact), or an address starting https:, tel: or mailto:",
            "no call-to-action link",
        );
        let logo = checked(
            "logo-src",
            is_content_url,
            "an image on your site (/logo.png), or an address starting https:",
            "no logo",
        );
        let content_src = checked(
            "content-src",
            is_content_url,
            "a relative or https: address of a JSON file",
            "the built-in glossary",
        );

        let submit_url = checked(
            "submit-url",
            is_content_url,
            "a relative or https: address the answers can be sent to",
            "no Send button",
        );
        let mut number = |name, default: &'static str| {
            checked(
                name,
                is_phone_number,
                "a phone number such as 112 or +44 116 123",
                default,
            )
            .unwrap_or_else(|| default.to_string())
        };
        let help = HelpNumbers {
            emergency: number("emergency-number", US_EMERGENCY_NUMBER),
            crisis: number("crisis-number", US_CRISIS_NUMBER),
        };
        let submit = match attribute("submit").map(|value| value.trim().to_ascii_lowercase()) {
            Some(value) if value == "event" => Some(Submit::Event),
            Some(value) => {
                warn("submit", value, "\"event\"", "submit-url, if given");
                submit_url.map(Submit::Post)
            }
            None => submit_url.map(Submit::Post),
        };
        let sheet_lang = attribute("sheet-lang").and_then(|value| {
            let lang = Lang::from_tag(&value);
            if lang.is_none() {
                warn("sheet-lang", value, "en or es", "the patient's language");
            }
            lang
        });
        let hide_language_switch = match attribute("language-switch") {
            Some(value) if value.trim().eq_ignore_ascii_case("hide") => true,
            Some(value) => {
                warn("language-switch", value, "\"hide\"", "the switch shown");
                false
            }
            None => false,
        };
        // Words shown as text (never markup): spaces tidied, length capped between words (a word
        // cut in two, "… pain manage", reads as a mistake on the clinic's button).
        let mut short_text = |name, max: usize, expected, used| {
            let text = attribute(name)?
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            if let Some((after_max, _)) = text.char_indices().nth(max) {
                warn(name, text.clone(), expected, used);
                // The last space up to the first character past `max` (itself, when the first
                // `max` are whole words); without one, a hard cut.
                let end = text.as_bytes()[..=after_max]
                    .iter()
                    .rposition(|&byte| byte == b' ')
                    .unwrap_or(after_max);
                return Some(text[..end].to_string());
            }
            Some(text).filter(|text| !text.is_empty())
        };
        let clinic_name = short_text(
            "clinic-name",
            MAX_CLINIC_NAME,
            "at most 80 characters",
            "its words that fit in 80 characters",
        );
        let text = short_text(
            "cta-text",
            MAX_CTA_TEXT,
            "at most 60 characters",
            "its words that fit in 60 characters",
        );
        let cta = match (href, text) {
            (Some(href), text) => Some(CallToAction {
                text: text.unwrap_or_else(|| crate::i18n::UI.contact_clinic.to_string()),
                href,
            }),
            (None, Some(text)) if attribute("cta-href").is_none() => {
                warn(
                    "cta-text",
                    text,
                    "a cta-href to go with it",
                    "no call-to-action link",
                );
                None
            }
            (None, _) => None,
        };

        (
            WidgetConfig {
                theme,
                brand,
                font,
                text_size,
                density,
                corner_radius,
                height,
                logo,
                start,
                entry,
                cta,
                content_src,
                submit,
                clinic_name,
                help,
                sheet_lang,
                hide_language_switch,
                clinic_words_lang: None,
            },
            warnings,
        )
    }
}

/// A number a patient can dial: digits with the spaces, dashes, brackets and leading `+` people
/// write them with (911, 116 123, +1 (555) 010-0199). Nothing that could be a link or markup.
fn is_phone_number(value: &str) -> bool {
    let digits = value.bytes().filter(u8::is_ascii_digit).count();
    (2..=15).contains(&digits)
        && value.len() <= 24
        && value
            .strip_prefix('+')
            .unwrap_or(value)
            .bytes()
            .all(|b| b.is_ascii_digit() || b" -()".contains(&b))
}

fn is_entry_id(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 64
        && value
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The URL's scheme in lowercase, or `None` for a relative URL.
fn scheme(url: &str) -> Option<String> {
    let colon = url.find(':')?;
    let before = &url[..colon];
    let is_scheme = before.starts_with(|c: char| c.is_ascii_alphabetic())
        && before
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b));
    is_scheme.then(|| before.to_ascii_lowercase())
}

/// Browsers strip tabs and newlines inside URLs ("java\tscript:" runs), so those are refused
/// outright. So are a web address typed without its `https://` ("www.clinic.example/book"), a
/// phone number without its `tel:` ("555-0100") and an email address without its `mailto:`: read
/// as relative links, they led patients to a missing page of the clinic's own site.
fn is_plausible_address(url: &str) -> bool {
    let web_address = url
        .get(..4)
        .is_some_and(|start| start.eq_ignore_ascii_case("www."));
    let phone_number = url.bytes().filter(u8::is_ascii_digit).count() >= 3
        && url
            .bytes()
            .all(|b| b.is_ascii_digit() || b"+-().".contains(&b));
    let email_address = url.contains('@') && !url.contains([':', '/']);
    !url.is_empty()
        && url.len() <= 2048
        && !url.chars().any(|c| c.is_control() || c.is_whitespace())
        && !web_address
        && !phone_number
        && !email_address
}

/// A link patients may follow: relative, `https:`, `tel:` or `mailto:`; never `javascript:`.
pub fn is_safe_link(url: &str) -> bool {
    is_plausible_address(url)
        && matches!(
            scheme(url).as_deref(),
            None | Some("https" | "tel" | "mailto")
        )
}

/// A setting with a few keywords (any case): the one its value names, or the first (the
/// default) with a warning when the value names none.
fn keyword<T: Copy>(
    name: &'static str,
    value: Option<String>,
    choices: &[(&'static str, T)],
    expected: &'static str,
    warnings: &mut Vec<ConfigWarning>,
) -> T {
    let Some(value) = value else {
        return choices[0].1;
    };
    let wanted = value.trim().to_ascii_lowercase();
    match choices.iter().find(|(word, _)| *word == wanted) {
        Some(&(_, choice)) => choice,
        None => {
            warnings.push(ConfigWarning {
                attribute: name,
                value,
                expected,
                used: choices[0].0,
            });
            choices[0].1
        }
    }
}

/// A whole number of CSS pixels (`8` or `8px`) within `range`, or `None` with a warning.
fn pixels(
    name: &'static str,
    value: Option<String>,
    range: RangeInclusive<u32>,
    expected: &'static str,
    used: &'static str,
    warnings: &mut Vec<ConfigWarning>,
) -> Option<u32> {
    let value = value?;
    let number = value.trim();
    let digits = number.strip_suffix("px").unwrap_or(number);
    // Digits only, as the loader's placeholder reads them (`parse` would take "+8" too).
    let pixels = digits
        .bytes()
        .all(|byte| byte.is_ascii_digit())
        .then(|| digits.parse().ok());
    let valid = pixels.flatten().filter(|pixels| range.contains(pixels));
    if valid.is_none() {
        warnings.push(ConfigWarning {
            attribute: name,
            value,
            expected,
            used,
        });
    }
    valid
}

/// Where content may be fetched from: relative or `https:` (plain `http:` only on this computer,
/// for local testing).
pub fn is_content_url(url: &str) -> bool {
    if !is_plausible_address(url) {
        return false;
    }
    match scheme(url).as_deref() {
        None | Some("https") => true,
        Some("http") => ["http://localhost", "http://127.0.0.1"]
            .iter()
            .any(|local| {
                url.strip_prefix(local)
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with([':', '/']))
            }),
        Some(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::body_map::figure::View;
    use crate::body_map::navigation::Cell;
    use crate::scoring::Site;

    fn parse(pairs: &[(&str, &str)]) -> (WidgetConfig, Vec<ConfigWarning>) {
        layered(pairs, &[], None)
    }

    fn layered(
        attributes: &[(&str, &str)],
        css: &[(&str, &str)],
        api: Option<&str>,
    ) -> (WidgetConfig, Vec<ConfigWarning>) {
        let lookup = |pairs: &[(&str, &str)], name: &str| {
            pairs
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| value.to_string())
        };
        WidgetConfig::from_sources(
            |name| lookup(attributes, name),
            |name| lookup(css, name),
            api,
        )
    }

    #[test]
    fn brand_colours_are_parsed_and_bad_ones_refused() {
        let (config, warnings) = parse(&[
            ("primary-color", "rgb(11, 122, 117)"),
            ("text-color", "red;}</style>"),
        ]);
        assert_eq!(config.brand.primary, Colour::parse("#0b7a75"));
        assert_eq!(config.brand.text, None);
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].attribute, "text-color");
        assert!(warnings[0]
            .to_string()
            .contains("using \"the theme's colour\""));
    }

    #[test]
    fn later_sources_win_css_then_attributes_then_theme_config_then_set_theme() {
        let css = [
            ("--pg-primary", " #111111 "),
            ("--pg-text", "#222222"),
            ("--pg-surface", "#fafafa"),
        ];
        let attributes = [
            ("primary-color", "#333333"),
            ("text-color", "#444444"),
            (
                "theme-config",
                r##"{"primary-color": "#555555", "theme": "calm"}"##,
            ),
        ];
        let (config, warnings) = layered(&attributes, &css, Some(r#"{"theme": "warm"}"#));
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(
            config.brand.surface,
            Colour::parse("#fafafa"),
            "from the page's CSS"
        );
        assert_eq!(
            config.brand.text,
            Colour::parse("#444444"),
            "the attribute beats the CSS property"
        );
        assert_eq!(
            config.brand.primary,
            Colour::parse("#555555"),
            "theme-config beats the attribute"
        );
        assert_eq!(config.theme, Theme::Warm, "setTheme beats theme-config");
    }

    #[test]
    fn theme_settings_json_is_checked() {
        let (config, warnings) = layered(
            &[(
                "theme-config",
                r#"{"primary-color": 12, "entry": "migraine", "theme": "dark"}"#,
            )],
            &[],
            Some("not json"),
        );
        assert_eq!(config.theme, Theme::Dark);
        assert_eq!(config.entry, None, "entry is not a theme setting");
        let named: Vec<(&str, String, &str)> = warnings
            .iter()
            .map(|w| (w.attribute, w.value.clone(), w.used))
            .collect();
        assert_eq!(
            named,
            [
                (
                    "setTheme",
                    "line 1, column 1: expected a value".to_string(),
                    "none of its settings"
                ),
                (
                    "theme-config",
                    "primary-color".to_string(),
                    "its other settings"
                ),
                ("theme-config", "entry".to_string(), "its other settings"),
            ]
        );
        let (_, warnings) = layered(&[("theme-config", "[1, 2]")], &[], None);
        assert_eq!(warnings[0].expected, "a JSON object of theme settings");
    }

    #[test]
    fn no_attributes_gives_defaults_without_warnings() {
        assert_eq!(parse(&[]), (WidgetConfig::default(), vec![]));
    }

    #[test]
    fn font_family_accepts_inherit_and_system_in_any_case() {
        assert_eq!(
            parse(&[("font-family", " Inherit ")]).0.font,
            FontChoice::Inherit
        );
        assert_eq!(
            parse(&[("font-family", "SYSTEM")]).0.font,
            FontChoice::System
        );
        assert_eq!(parse(&[("font-family", "")]).0.font, FontChoice::System);
    }

    #[test]
    fn unknown_font_family_warns_and_falls_back_to_system() {
        let (config, warnings) = parse(&[("font-family", "Comic Sans; } body { display:none")]);
        assert_eq!(config.font, FontChoice::System);
        assert_eq!(warnings.len(), 1);
        let message = warnings[0].to_string();
        assert!(message.contains("font-family"), "{message}");
        assert!(message.contains("using \"system\""), "{message}");
    }

    #[test]
    fn theme_is_a_preset_name() {
        assert_eq!(
            parse(&[("theme", " High-Contrast ")]).0.theme,
            Theme::HighContrast
        );
        assert_eq!(parse(&[("theme", "auto")]).0.theme, Theme::Auto);
        let (config, warnings) = parse(&[("theme", "neon")]);
        assert_eq!(
            (config.theme, warnings[0].attribute),
            (Theme::Light, "theme")
        );
        assert!(warnings[0]
            .to_string()
            .contains("light, calm, warm, dark, high-contrast or auto"));
    }

    #[test]
    fn start_names_a_part_and_the_part_names_round_trip() {
        assert_eq!(parse(&[]).0.start, Part::Learn);
        assert_eq!(parse(&[("start", " Map ")]).0.start, Part::Map);
        assert_eq!(parse(&[("start", "summary")]).0.start, Part::Summary);
        let (config, warnings) = parse(&[("start", "home")]);
        assert_eq!(config.start, Part::Learn);
        assert_eq!(
            warnings[0].to_string(),
            "<pain-guide start=\"home\"> is not valid (expected learn, map or summary); using \"learn\"."
        );
        for part in [Part::Learn, Part::Map, Part::Summary] {
            assert_eq!(Part::from_name(part.name()), part);
        }
        assert_eq!(Part::from_name("elsewhere"), Part::Learn);
    }

    #[test]
    fn a_place_goes_through_its_name_unchanged() {
        for place in [
            Place::default(),
            Place {
                part: Part::Map,
                topic: Some("sleep-apnea".into()),
                ..Place::default()
            },
            Place {
                part: Part::Summary,
                map: MapView {
                    as_list: true,
                    ..MapView::default()
                },
                ..Place::default()
            },
            // What a patient types may hold the name's separators.
            Place {
                query: "sleep? 2:1 +fog".into(),
                ..Place::default()
            },
            Place {
                part: Part::Map,
                topic: Some("sleep-apnea".into()),
                query: "apnea".into(),
                map: MapView {
                    as_list: true,
                    active: Some(Cell {
                        view: View::Back,
                        site: Site::LowerBack,
                    }),
                    back: true,
                },
            },
            Place {
                part: Part::Map,
                map: MapView {
                    as_list: false,
                    active: Some(Cell {
                        view: View::Front,
                        site: Site::HipLeft,
                    }),
                    back: false,
                },
                ..Place::default()
            },
        ] {
            assert_eq!(Place::from_name(&place.name()), place);
        }
        // A site number beyond the sites, a site the view does not draw (the lower back on the
        // front), or none: no place selected.
        let lower_back_on_front = (Site::LowerBack as u8 + 1) << 3;
        for name in [
            "map+255",
            &format!("map+{lower_back_on_front}"),
            "map+3",
            "map+",
            "map+x",
        ] {
            assert_eq!(Place::from_name(name).map.active, None, "{name}");
        }
        assert!(
            Place::from_name(&format!("map+{}", lower_back_on_front | 4))
                .map
                .active
                .is_some()
        );
        assert_eq!(
            Place::from_name("learn:fibromyalgia").topic.as_deref(),
            Some("fibromyalgia")
        );
    }

    #[test]
    fn entry_must_look_like_an_id() {
        assert_eq!(
            parse(&[("entry", " fibro-fog ")]).0.entry.as_deref(),
            Some("fibro-fog")
        );
        let (config, warnings) = parse(&[("entry", "Fibro Fog")]);
        assert_eq!((config.entry, warnings.len()), (None, 1));
    }

    #[test]
    fn call_to_action_needs_a_safe_link() {
        let (config, warnings) = parse(&[
            ("cta-text", "  Book a   consultation "),
            ("cta-href", "/contact"),
        ]);
        assert_eq!(
            config.cta,
            Some(CallToAction {
                text: "Book a consultation".into(),
                href: "/contact".into()
            })
        );
        assert!(warnings.is_empty());
        let (config, _) = parse(&[("cta-href", "tel:+15550100199")]);
        assert_eq!(config.cta.unwrap().text, crate::i18n::EN.contact_clinic);
        for hostile in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "java\tscript:alert(1)",
            " data:text/html,x",
            "vbscript:x",
        ] {
            let (config, warnings) = parse(&[("cta-text", "Book"), ("cta-href", hostile)]);
            assert_eq!(config.cta, None, "{hostile}");
            assert_eq!(warnings[0].attribute, "cta-href");
        }
        let (config, warnings) = parse(&[("cta-text", "Book now")]);
        assert_eq!((config.cta, warnings[0].attribute), (None, "cta-text"));
        let long = "x".repeat(100);
        let (config, warnings) = parse(&[
            ("cta-text", &long),
            ("cta-href", "https://clinic.example/book"),
        ]);
        assert_eq!(config.cta.unwrap().text.len(), 60);
        assert_eq!(warnings[0].attribute, "cta-text");
        // Words too many are cut between words: "… specialist pain manage" read as a mistake.
        let wordy = "Book your first consultation with our specialist pain management team today";
        let (config, _) = parse(&[("cta-text", wordy), ("cta-href", "/contact")]);
        assert_eq!(
            config.cta.unwrap().text,
            "Book your first consultation with our specialist pain"
        );
        // 60 characters, then a space: the 60 are whole words.
        let fits_exactly = format!("{} more words", "a".repeat(55));
        let (config, _) = parse(&[("cta-text", &fits_exactly), ("cta-href", "/contact")]);
        assert_eq!(config.cta.unwrap().text, fits_exactly[..60]);
    }

    #[test]
    fn sending_needs_a_safe_address_or_the_event_and_is_off_by_default() {
        assert_eq!(parse(&[]).0.submit, None);
        let (config, warnings) = parse(&[("submit-url", " /api/pain-summary ")]);
        assert_eq!(
            config.submit,
            Some(Submit::Post("/api/pain-summary".into()))
        );
        assert!(warnings.is_empty());
        let (config, warnings) = parse(&[("submit", "Event"), ("submit-url", "/api")]);
        assert_eq!((config.submit, warnings.len()), (Some(Submit::Event), 0));
        let (config, warnings) = parse(&[("submit-url", "javascript:alert(1)")]);
        assert_eq!((config.submit, warnings[0].attribute), (None, "submit-url"));
        let (config, warnings) =
            parse(&[("submit", "yes"), ("submit-url", "https://a.example/in")]);
        assert_eq!(
            config.submit,
            Some(Submit::Post("https://a.example/in".into()))
        );
        assert_eq!(warnings[0].attribute, "submit");
    }

    #[test]
    fn the_clinic_name_is_tidy_text_of_limited_length() {
        let (config, _) = parse(&[("clinic-name", "  Riverside \n Rheumatology ")]);
        assert_eq!(
            config.clinic_name.as_deref(),
            Some("Riverside Rheumatology")
        );
        assert_eq!(parse(&[("clinic-name", "  ")]).0.clinic_name, None);
        let (config, warnings) = parse(&[("clinic-name", &"<b>".repeat(40))]);
        assert_eq!(config.clinic_name.unwrap().chars().count(), 80);
        assert_eq!(warnings[0].attribute, "clinic-name");
    }

    /// Checks a whole-pixels setting: each accepted value gives its pixels; each refused one gives
    /// none and one warning, which it returns.
    fn whole_pixels(
        name: &str,
        read: fn(&WidgetConfig) -> Option<u32>,
        accepted: &[(&str, u32)],
        refused: &[&str],
    ) -> Vec<ConfigWarning> {
        for &(given, pixels) in accepted {
            assert_eq!(read(&parse(&[(name, given)]).0), Some(pixels), "{given}");
        }
        refused
            .iter()
            .map(|refused| {
                let (config, mut warnings) = parse(&[(name, refused)]);
                assert_eq!(read(&config), None, "{refused}");
                assert_eq!(warnings.len(), 1, "{refused}");
                warnings.remove(0)
            })
            .collect()
    }

    #[test]
    fn corner_radius_takes_whole_pixels_up_to_32() {
        let warnings = whole_pixels(
            "corner-radius",
            |config| config.corner_radius.map(u32::from),
            &[("8", 8), (" 12px ", 12), ("0", 0), ("32", 32)],
            &["33", "-1", "1.5", "50%", "8em", "8px;}</style>", ""],
        );
        for warning in warnings {
            assert_eq!(warning.attribute, "corner-radius", "{warning}");
        }
        let (config, _) = layered(
            &[("corner-radius", "4")],
            &[],
            Some(r#"{"corner-radius": "16"}"#),
        );
        assert_eq!(config.corner_radius, Some(16), "setTheme wins");
    }

    #[test]
    fn height_takes_whole_pixels_from_300_to_2000_from_the_attribute_only() {
        let refused = [
            "299",
            "2001",
            "-700",
            "+700",
            "70vh",
            "100%",
            "auto",
            "700px;}*{",
            "1e3",
            "",
        ];
        let warnings = whole_pixels(
            "height",
            |config| config.height.map(u32::from),
            &[("700", 700), (" 480px ", 480), ("300", 300), ("2000", 2000)],
            &refused,
        );
        for (warning, hostile) in warnings.iter().zip(refused) {
            assert_eq!(warning.to_string(), format!(
                "<pain-guide height=\"{hostile}\"> is not valid (expected a number of pixels from 300 to 2000, \
                 such as 700); using \"the usual height, 40em\"."), "{hostile}");
        }
        let (config, warnings) = layered(&[], &[], Some(r#"{"height": "700"}"#));
        assert_eq!(config.height, None, "a layout setting, not a theme setting");
        assert_eq!(warnings[0].attribute, "setTheme");
    }

    #[test]
    fn text_size_and_logo_are_checked_and_theme_settings_override_attributes() {
        let (config, warnings) = layered(
            &[
                ("text-size", "normal"),
                ("logo-src", "/img/logo.svg"),
                ("theme-config", r#"{"text-size": "Large"}"#),
            ],
            &[],
            Some(r#"{"text-size": "larger"}"#),
        );
        assert_eq!(config.text_size, TextSize::Larger);
        assert_eq!(config.logo.as_deref(), Some("/img/logo.svg"));
        assert!(warnings.is_empty(), "{warnings:?}");
        let (config, _) = layered(&[("theme-config", r#"{"text-size": "Large"}"#)], &[], None);
        assert_eq!(config.text_size, TextSize::Large);

        let (config, warnings) =
            parse(&[("text-size", "huge"), ("logo-src", "javascript:alert(1)")]);
        assert_eq!((config.text_size, config.logo), (TextSize::Normal, None));
        let named: Vec<&str> = warnings.iter().map(|w| w.attribute).collect();
        assert_eq!(named, ["text-size", "logo-src"]);
    }

    #[test]
    fn density_comes_from_the_attribute_the_page_property_or_theme_settings() {
        assert_eq!(parse(&[]).0.density, Density::Comfortable);
        assert_eq!(
            parse(&[("density", " Compact ")]).0.density,
            Density::Compact
        );
        let (config, _) = layered(&[], &[("--pg-density", "spacious")], None);
        assert_eq!(config.density, Density::Spacious);
        let (config, _) = layered(
            &[("density", "spacious")],
            &[],
            Some(r#"{"density": "compact"}"#),
        );
        assert_eq!(config.density, Density::Compact, "setTheme wins");
        let (config, warnings) = parse(&[("density", "0.5em; } * { display: none")]);
        assert_eq!(config.density, Density::Comfortable);
        assert_eq!(warnings[0].attribute, "density");
        assert_eq!(warnings[0].used, "comfortable");
    }

    #[test]
    fn help_numbers_default_to_the_us_and_take_only_dialable_numbers() {
        assert_eq!(parse(&[]).0.help, HelpNumbers::default());
        let (config, warnings) = parse(&[
            ("emergency-number", " 112 "),
            ("crisis-number", "+44 (0) 116-123"),
        ]);
        assert_eq!(
            (config.help.emergency.as_str(), config.help.crisis.as_str()),
            ("112", "+44 (0) 116-123")
        );
        assert!(warnings.is_empty());
        for hostile in [
            "javascript:alert(1)",
            "9",
            "1-800-FLOWERS",
            "++44 1",
            "1\n2",
            "<b>911</b>",
        ] {
            let (config, warnings) = parse(&[("crisis-number", hostile)]);
            assert_eq!(config.help.crisis, "988", "{hostile}");
            assert_eq!(warnings[0].attribute, "crisis-number");
        }
        // The warning names the number the patient is given instead (it said "nothing").
        let (_, warnings) = parse(&[("emergency-number", "call us")]);
        assert!(
            warnings[0].to_string().ends_with("; using \"911\"."),
            "{}",
            warnings[0]
        );
    }

    #[test]
    fn each_warning_says_what_the_widget_does_instead() {
        let long = "Riverside ".repeat(10);
        for (attribute, value, used) in [
            (
                "clinic-name",
                long.as_str(),
                "its words that fit in 80 characters",
            ),
            (
                "cta-text",
                long.as_str(),
                "its words that fit in 60 characters",
            ),
            ("cta-href", "javascript:alert(1)", "no call-to-action link"),
            ("entry", "Fibro Fog", "the list of topics"),
            ("logo-src", "http://example.com/logo.png", "no logo"),
            (
                "content-src",
                "ftp://example.com/a.json",
                "the built-in glossary",
            ),
            ("submit-url", "http://example.com/in", "no Send button"),
            ("crisis-number", "help", "988"),
        ] {
            let (_, warnings) = parse(&[(attribute, value)]);
            assert_eq!(
                (warnings[0].attribute, warnings[0].used),
                (attribute, used),
                "{value}"
            );
        }
    }

    #[test]
    fn links_and_content_addresses() {
        for ok in [
            "/contact",
            "contact.html",
            "../a?b#c",
            "https://clinic.example/x",
            "mailto:a@b.example",
            "tel:5550100",
            "/team/@riverside",
            "#book",
        ] {
            assert!(is_safe_link(ok), "{ok}");
        }
        for bad in [
            "",
            "javascript:x",
            "http://clinic.example",
            "data:x",
            "ftp://x",
            "a b",
            "file:///etc/passwd",
            // Relative links to a missing page of the clinic's own site: a web address without its
            // https://, a phone number without its tel:, an email address without its mailto:.
            "www.clinic.example/book",
            "WWW.clinic.example",
            "555-0100",
            "+1 (555) 010-0199",
            "911",
            "front-desk@clinic.example",
        ] {
            assert!(!is_safe_link(bad), "{bad}");
        }
        let (config, warnings) = parse(&[("cta-href", "www.clinic.example/book")]);
        assert_eq!(config.cta, None);
        assert_eq!(
            warnings[0].to_string(),
            "<pain-guide cta-href=\"www.clinic.example/book\"> is not valid (expected a page of your \
             site (/contact), or an address starting https:, tel: or mailto:); using \"no \
             call-to-action link\"."
        );
        for ok in [
            "/glossary.json",
            "https://cdn.example/g.json",
            "http://localhost:8080/g.json",
            "http://127.0.0.1/g.json",
        ] {
            assert!(is_content_url(ok), "{ok}");
        }
        for bad in [
            "http://clinic.example/g.json",
            "http://localhost.evil.example/g.json",
            "data:application/json,{}",
            "javascript:x",
            "www.clinic.example/logo.png",
        ] {
            assert!(!is_content_url(bad), "{bad}");
        }
    }

    #[test]
    fn warning_caps_huge_values() {
        let huge = "x".repeat(100_000);
        let (_, warnings) = parse(&[("font-family", &huge)]);
        assert!(warnings[0].to_string().len() < 200);
    }
}
