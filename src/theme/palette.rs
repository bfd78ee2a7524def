//! The colour presets. Each passes WCAG AA for every pair the widget draws (checked by tests):
//! text 4.5:1, and 3:1 for the focus ring and input borders.

use super::colour::Colour;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scheme {
    Light,
    Dark,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    /// Lets the browser draw native parts (search box, scrollbars) to match.
    pub scheme: Scheme,
    pub background: Colour,
    /// Panels (footer, explanations); text and links sit on it too.
    pub surface: Colour,
    pub text: Colour,
    pub muted_text: Colour,
    /// Links, headings, the chosen answers and the marked places.
    pub primary: Colour,
    /// Buttons' fill and label. A preset's main colour with its background; a clinic's main colour
    /// as given whenever a label can be read on it (a yellow brand keeps yellow buttons with dark
    /// labels while its links darken).
    pub button: Colour,
    pub button_text: Colour,
    /// Decorative dividers (no contrast requirement).
    pub border: Colour,
    pub focus: Colour,
}

/// The default clinic theme: dark text on white, teal accents.
pub const LIGHT: Palette = Palette {
    scheme: Scheme::Light,
    background: Colour::rgb(0xff, 0xff, 0xff),
    surface: Colour::rgb(0xf2, 0xf6, 0xf7),
    text: Colour::rgb(0x1c, 0x2b, 0x33),
    muted_text: Colour::rgb(0x48, 0x5a, 0x63),
    primary: Colour::rgb(0x0b, 0x6b, 0x66),
    button: Colour::rgb(0x0b, 0x6b, 0x66),
    button_text: Colour::rgb(0xff, 0xff, 0xff),
    border: Colour::rgb(0xb7, 0xc6, 0xcc),
    focus: Colour::rgb(0x0a, 0x58, 0xca),
};

/// Soft blues on an off-white page.
pub const CALM: Palette = Palette {
    scheme: Scheme::Light,
    background: Colour::rgb(0xf7, 0xf9, 0xfc),
    surface: Colour::rgb(0xe9, 0xef, 0xf7),
    text: Colour::rgb(0x1f, 0x2a, 0x3c),
    muted_text: Colour::rgb(0x4a, 0x55, 0x68),
    primary: Colour::rgb(0x35, 0x55, 0x8a),
    button: Colour::rgb(0x35, 0x55, 0x8a),
    button_text: Colour::rgb(0xf7, 0xf9, 0xfc),
    border: Colour::rgb(0xc3, 0xcf, 0xe0),
    focus: Colour::rgb(0x6b, 0x3f, 0xa0),
};

/// Cream and terracotta.
pub const WARM: Palette = Palette {
    scheme: Scheme::Light,
    background: Colour::rgb(0xff, 0xfa, 0xf5),
    surface: Colour::rgb(0xf8, 0xed, 0xe2),
    text: Colour::rgb(0x2e, 0x24, 0x20),
    muted_text: Colour::rgb(0x5c, 0x4a, 0x40),
    primary: Colour::rgb(0x9a, 0x42, 0x1a),
    button: Colour::rgb(0x9a, 0x42, 0x1a),
    button_text: Colour::rgb(0xff, 0xfa, 0xf5),
    border: Colour::rgb(0xe0, 0xcb, 0xb8),
    focus: Colour::rgb(0x6d, 0x2e, 0x86),
};

/// Light text on a deep blue-grey, for dark pages and dark-mode visitors.
pub const DARK: Palette = Palette {
    scheme: Scheme::Dark,
    background: Colour::rgb(0x12, 0x1a, 0x1f),
    surface: Colour::rgb(0x1c, 0x26, 0x2d),
    text: Colour::rgb(0xe8, 0xee, 0xf1),
    muted_text: Colour::rgb(0xa9, 0xb8, 0xc0),
    primary: Colour::rgb(0x5f, 0xd0, 0xc7),
    button: Colour::rgb(0x5f, 0xd0, 0xc7),
    button_text: Colour::rgb(0x12, 0x1a, 0x1f),
    border: Colour::rgb(0x3a, 0x4a, 0x54),
    focus: Colour::rgb(0xff, 0xd1, 0x66),
};

/// Maximum contrast: white and yellow on black.
pub const HIGH_CONTRAST: Palette = Palette {
    scheme: Scheme::Dark,
    background: Colour::rgb(0x00, 0x00, 0x00),
    surface: Colour::rgb(0x14, 0x14, 0x14),
    text: Colour::rgb(0xff, 0xff, 0xff),
    muted_text: Colour::rgb(0xe6, 0xe6, 0xe6),
    primary: Colour::rgb(0xff, 0xff, 0x00),
    button: Colour::rgb(0xff, 0xff, 0x00),
    button_text: Colour::rgb(0x00, 0x00, 0x00),
    border: Colour::rgb(0xff, 0xff, 0xff),
    focus: Colour::rgb(0x00, 0xff, 0xff),
};

/// WCAG AA minimums.
pub const TEXT_CONTRAST: f64 = 4.5;
pub const GRAPHIC_CONTRAST: f64 = 3.0;

impl Palette {
    /// Every pair the widget draws, with its minimum: `(what, foreground, background, minimum)`.
    pub fn pairs(&self) -> [(&'static str, Colour, Colour, f64); 10] {
        [
            (
                "text on background",
                self.text,
                self.background,
                TEXT_CONTRAST,
            ),
            ("text on surface", self.text, self.surface, TEXT_CONTRAST),
            (
                "muted text on background",
                self.muted_text,
                self.background,
                TEXT_CONTRAST,
            ),
            (
                "muted text on surface",
                self.muted_text,
                self.surface,
                TEXT_CONTRAST,
            ),
            (
                "links on background",
                self.primary,
                self.background,
                TEXT_CONTRAST,
            ),
            (
                "links on surface",
                self.primary,
                self.surface,
                TEXT_CONTRAST,
            ),
            (
                "button label on button",
                self.button_text,
                self.button,
                TEXT_CONTRAST,
            ),
            (
                "focus ring on background",
                self.focus,
                self.background,
                GRAPHIC_CONTRAST,
            ),
            (
                "focus ring on surface",
                self.focus,
                self.surface,
                GRAPHIC_CONTRAST,
            ),
            (
                "input border on background",
                self.muted_text,
                self.background,
                GRAPHIC_CONTRAST,
            ),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_preset_passes_wcag_aa_on_every_pair() {
        let mut failures = Vec::new();
        for (name, palette) in [
            ("light", LIGHT),
            ("calm", CALM),
            ("warm", WARM),
            ("dark", DARK),
            ("high-contrast", HIGH_CONTRAST),
        ] {
            for (what, foreground, background, minimum) in palette.pairs() {
                let ratio = foreground.contrast(background);
                if ratio < minimum {
                    failures.push(format!(
                        "{name}: {what} is {ratio:.2}:1 (needs {minimum}:1)"
                    ));
                }
            }
        }
        assert!(failures.is_empty(), "{failures:#?}");
    }

    /// A preset's buttons are its main colour under its background's, as `branded` makes them
    /// for a clinic that keeps the preset's colours: the two fields repeat the preset's own.
    #[test]
    fn every_preset_fills_its_buttons_with_its_main_colour() {
        for palette in [LIGHT, CALM, WARM, DARK, HIGH_CONTRAST] {
            assert_eq!(
                (palette.button, palette.button_text),
                (palette.primary, palette.background),
                "{palette:?}"
            );
            let (branded, _) = crate::theme::brand::branded(palette, &Default::default());
            assert_eq!(branded, palette);
        }
    }

    #[test]
    fn high_contrast_is_at_least_seven_to_one_for_text() {
        for (what, foreground, background, minimum) in HIGH_CONTRAST.pairs() {
            if minimum == TEXT_CONTRAST {
                assert!(foreground.contrast(background) >= 7.0, "{what}");
            }
        }
    }
}
