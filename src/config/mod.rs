//! Turns the element's attributes into a validated [`WidgetConfig`]. Pure: the caller passes a
//! lookup function, so this runs the same natively and in the browser.

use std::fmt;

/// Which font the widget's text uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum FontChoice {
    /// The visitor's system UI font: readable and the same on every host page.
    #[default]
    System,
    /// The host page's own font, when a clinic asks for it with `font-family="inherit"`.
    Inherit,
}

/// Everything the widget reads from its element, validated.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct WidgetConfig {
    pub font: FontChoice,
}

/// An attribute value the widget could not use; the default was used instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigWarning {
    pub attribute: &'static str,
    pub value: String,
    pub expected: &'static str,
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

impl WidgetConfig {
    /// Reads every attribute of the contract through `attribute` (name → value if present).
    pub fn from_attributes(
        attribute: impl Fn(&str) -> Option<String>,
    ) -> (Self, Vec<ConfigWarning>) {
        let mut warnings = Vec::new();
        let font = match attribute("font-family") {
            None => FontChoice::System,
            Some(value) => parse_font(&value).unwrap_or_else(|| {
                warnings.push(ConfigWarning {
                    attribute: "font-family",
                    value,
                    expected: "\"system\" or \"inherit\"",
                    used: "system",
                });
                FontChoice::System
            }),
        };
        (WidgetConfig { font }, warnings)
    }
}

fn parse_font(value: &str) -> Option<FontChoice> {
    match value.trim().to_ascii_lowercase().as_str() {
        "" | "system" => Some(FontChoice::System),
        "inherit" => Some(FontChoice::Inherit),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(pairs: &[(&str, &str)]) -> (WidgetConfig, Vec<ConfigWarning>) {
        WidgetConfig::from_attributes(|name| {
            pairs
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| value.to_string())
        })
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
    fn warning_caps_huge_values() {
        let huge = "x".repeat(100_000);
        let (_, warnings) = parse(&[("font-family", &huge)]);
        assert!(warnings[0].to_string().len() < 200);
    }
}
