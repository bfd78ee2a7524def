//! How the widget looks: colour values and contrast (`colour`), the presets (`palette`), and the
//! stylesheet text built from them (`stylesheet`). Pure: the embed layer puts the CSS into the
//! shadow root's adopted stylesheet.

pub mod brand;
pub mod colour;
pub mod palette;
pub mod stylesheet;

pub use palette::Palette;
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

    pub fn from_name(name: &str) -> Option<Theme> {
        let name = name.trim().to_ascii_lowercase();
        Theme::NAMES
            .iter()
            .find(|(known, _)| *known == name)
            .map(|(_, theme)| *theme)
    }
}
