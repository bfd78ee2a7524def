//! How the widget looks: colour values and contrast (`colour`), the presets (`palette`), and the
//! stylesheet text built from them (`stylesheet`). Pure: the embed layer puts the CSS into the
//! shadow root's adopted stylesheet.

pub mod brand;
pub mod colour;
pub mod palette;
pub mod report;
pub mod stylesheet;

pub use palette::Palette;
use palette::{CALM, DARK, HIGH_CONTRAST, LIGHT, WARM};
pub use stylesheet::widget_css;

/// The `theme` attribute: a preset, or `auto` (follows the visitor's colour-scheme and contrast
/// settings).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Light,
    Calm,
    Warm,
    Dark,
    HighContrast,
    Auto,
}

impl Theme {
    pub const NAMES: [(&'static str, Theme); 6] = [
        ("light", Theme::Light),
        ("calm", Theme::Calm),
        ("warm", Theme::Warm),
        ("dark", Theme::Dark),
        ("high-contrast", Theme::HighContrast),
        ("auto", Theme::Auto),
    ];

    /// The palettes this theme uses: `(name, palette, the media condition it applies under)`.
    /// Only `auto` has more than one: light, then dark and high contrast when the visitor asks.
    pub fn presets(self) -> &'static [(&'static str, Palette, Option<&'static str>)] {
        match self {
            Theme::Light => &[("light", LIGHT, None)],
            Theme::Calm => &[("calm", CALM, None)],
            Theme::Warm => &[("warm", WARM, None)],
            Theme::Dark => &[("dark", DARK, None)],
            Theme::HighContrast => &[("high-contrast", HIGH_CONTRAST, None)],
            Theme::Auto => &[
                ("light", LIGHT, None),
                ("dark", DARK, Some("(prefers-color-scheme: dark)")),
                (
                    "high-contrast",
                    HIGH_CONTRAST,
                    Some("(prefers-contrast: more)"),
                ),
            ],
        }
    }

    pub fn from_name(name: &str) -> Option<Theme> {
        let name = name.trim().to_ascii_lowercase();
        Theme::NAMES
            .iter()
            .find(|(known, _)| *known == name)
            .map(|(_, theme)| *theme)
    }
}
