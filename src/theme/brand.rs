//! A clinic's own colours on top of a preset, and the contrast guard: after merging, every pair
//! the widget draws is checked, and a colour that would make text or controls hard to see is
//! moved until it passes WCAG AA. Patients always get readable colours; the page author gets a
//! console note saying what changed. Pure.

use super::colour::Colour;
use super::palette::{Palette, GRAPHIC_CONTRAST, TEXT_CONTRAST};

/// The brand colours a clinic set (each already parsed; `None` keeps the preset's).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Brand {
    pub primary: Option<Colour>,
    pub background: Option<Colour>,
    pub surface: Option<Colour>,
    pub text: Option<Colour>,
}

/// A colour the guard changed: which setting, what was asked, what is used.
#[derive(Clone, Debug, PartialEq)]
pub struct Adjustment {
    pub setting: &'static str,
    pub asked: Colour,
    pub used: Colour,
    pub against: &'static str,
    pub ratio: f64,
    /// The main colour's buttons keep what was asked (labels can be read on it): only its text
    /// changed.
    pub buttons_keep: bool,
}

impl std::fmt::Display for Adjustment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Whole tenths, printed as integers: formatting an f64 would link kilobytes of float
        // printing code into the wasm.
        let tenths = (self.ratio * 10.0).round() as u32;
        write!(
            f,
            "{} {} has only {}.{}:1 contrast with the {}; using {} so patients can read it.",
            self.setting,
            self.asked,
            tenths / 10,
            tenths % 10,
            self.against,
            self.used
        )?;
        if self.buttons_keep {
            write!(f, " Buttons keep {}.", self.asked)?;
        }
        Ok(())
    }
}

/// `from` moved towards `to` by `amount` (0–1).
fn mix(from: Colour, to: Colour, amount: f64) -> Colour {
    let channel =
        |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * amount).round() as u8;
    Colour::rgb(
        channel(from.r, to.r),
        channel(from.g, to.g),
        channel(from.b, to.b),
    )
}

/// Black or white, whichever stands out more on `background`.
fn most_readable_on(background: Colour) -> Colour {
    let (black, white) = (Colour::rgb(0x11, 0x11, 0x11), Colour::rgb(0xff, 0xff, 0xff));
    if black.contrast(background) >= white.contrast(background) {
        black
    } else {
        white
    }
}

/// The first shade of `colour`, moving towards `towards`, that reaches `minimum` against every
/// colour in `backgrounds`.
fn nudge(colour: Colour, towards: Colour, backgrounds: &[Colour], minimum: f64) -> Colour {
    (0..=20)
        .map(|step| mix(colour, towards, f64::from(step) / 20.0))
        .find(|shade| {
            backgrounds
                .iter()
                .all(|&background| shade.contrast(background) >= minimum)
        })
        .unwrap_or(towards)
}

/// The preset with the brand's colours, made readable.
pub fn branded(preset: Palette, brand: &Brand) -> (Palette, Vec<Adjustment>) {
    let mut palette = preset;
    let mut adjustments = Vec::new();
    let background = brand.background.unwrap_or(preset.background);
    palette.background = background;
    // A new background brings its own panels and lines unless the clinic chose them too.
    let fallback_text = brand.text.unwrap_or_else(|| most_readable_on(background));
    palette.surface = brand.surface.unwrap_or(if brand.background.is_some() {
        mix(background, fallback_text, 0.05)
    } else {
        preset.surface
    });
    palette.text = brand.text.unwrap_or(if brand.background.is_some() {
        fallback_text
    } else {
        preset.text
    });
    if brand.background.is_some() {
        palette.border = mix(background, palette.text, 0.25);
    }
    palette.primary = brand.primary.unwrap_or(preset.primary);

    let mut check =
        |setting: &'static str, against: &'static str, asked: Colour, used: Colour, on: Colour| {
            if used != asked {
                adjustments.push(Adjustment {
                    setting,
                    asked,
                    used,
                    against,
                    ratio: asked.contrast(on),
                    buttons_keep: false,
                });
            }
        };

    // Text first: everything else is judged against the backgrounds and moves towards the text.
    let text = if palette.text.contrast(background) >= TEXT_CONTRAST {
        palette.text
    } else {
        most_readable_on(background)
    };
    check("text-color", "background", palette.text, text, background);
    palette.text = text;
    // On a mid-tone (#777777) neither black nor white text reaches 4.5:1: move the background.
    if palette.text.contrast(background) < TEXT_CONTRAST {
        let away = if palette.text.luminance() > 0.5 {
            Colour::rgb(0, 0, 0)
        } else {
            Colour::rgb(255, 255, 255)
        };
        let moved = nudge(background, away, &[palette.text], TEXT_CONTRAST);
        check("background-color", "text", background, moved, palette.text);
        palette.background = moved;
        palette.surface = mix(moved, palette.text, 0.05);
    }
    let background = palette.background;
    if palette.text.contrast(palette.surface) < TEXT_CONTRAST {
        let surface = nudge(palette.surface, background, &[palette.text], TEXT_CONTRAST);
        check(
            "surface-color",
            "text",
            palette.surface,
            surface,
            palette.text,
        );
        palette.surface = surface;
    }
    let backgrounds = [palette.background, palette.surface];
    let asked = palette.primary;
    let primary = nudge(asked, palette.text, &backgrounds, TEXT_CONTRAST);
    check("primary-color", "background", asked, primary, background);
    palette.primary = primary;
    // A button is known by its label, not by its fill's contrast with the page: it keeps the
    // clinic's colour whenever the background's or the text's colour reads on it (dark labels on
    // a yellow brand), and only the links and headings darken.
    let label = [background, palette.text]
        .into_iter()
        .find(|label| label.contrast(asked) >= TEXT_CONTRAST);
    (palette.button, palette.button_text) = match label {
        Some(label) => {
            // `check` noted the change to the main colour last.
            if let (true, Some(changed)) = (primary != asked, adjustments.last_mut()) {
                changed.buttons_keep = true;
            }
            (asked, label)
        }
        None => (primary, background),
    };
    // The preset's muted text and focus ring follow quietly: they are not the clinic's settings.
    palette.muted_text = nudge(preset.muted_text, palette.text, &backgrounds, TEXT_CONTRAST);
    palette.focus = nudge(preset.focus, palette.text, &backgrounds, GRAPHIC_CONTRAST);
    (palette, adjustments)
}

#[cfg(test)]
mod tests {
    use super::super::palette::{CALM, DARK, HIGH_CONTRAST, LIGHT, WARM};
    use super::*;

    fn colour(text: &str) -> Option<Colour> {
        Colour::parse(text)
    }

    fn assert_readable(palette: &Palette) {
        for (what, foreground, background, minimum) in palette.pairs() {
            let ratio = foreground.contrast(background);
            assert!(ratio >= minimum, "{what}: {ratio:.2}:1 in {palette:?}");
        }
    }

    #[test]
    fn a_readable_brand_colour_is_used_as_given() {
        let brand = Brand {
            primary: colour("#0b7a75"),
            ..Brand::default()
        };
        let (palette, adjustments) = branded(LIGHT, &brand);
        assert_eq!(palette.primary, colour("#0b7a75").unwrap());
        assert!(adjustments.is_empty());
        assert_readable(&palette);
    }

    #[test]
    fn an_unreadable_primary_is_darkened_and_reported() {
        let brand = Brand {
            primary: colour("#ffff00"),
            ..Brand::default()
        };
        let (palette, adjustments) = branded(LIGHT, &brand);
        assert_readable(&palette);
        assert_ne!(palette.primary, colour("#ffff00").unwrap());
        assert_eq!(adjustments.len(), 1);
        let note = adjustments[0].to_string();
        assert!(
            note.starts_with(
                "primary-color #ffff00 has only 1.1:1 contrast with the background; using #"
            ),
            "{note}"
        );
        assert!(note.ends_with(" Buttons keep #ffff00."), "{note}");
    }

    /// `preset` with `primary` as the clinic's main colour.
    fn with_primary(preset: Palette, primary: &str) -> Palette {
        let brand = Brand {
            primary: colour(primary),
            ..Brand::default()
        };
        branded(preset, &brand).0
    }

    #[test]
    fn buttons_keep_a_light_brand_colour_with_dark_labels() {
        let yellow = with_primary(LIGHT, "#ffd23f");
        assert_eq!(
            (yellow.button, yellow.button_text),
            (colour("#ffd23f").unwrap(), LIGHT.text)
        );
        assert_ne!(yellow.primary, yellow.button, "its links darken");
        // A readable main colour fills the buttons under the background's colour, as a preset's.
        let teal = with_primary(LIGHT, "#0b7a75");
        assert_eq!(
            (teal.button, teal.button_text),
            (teal.primary, LIGHT.background)
        );
        // On a dark preset, a navy's links lighten; its buttons keep it, under the light text.
        let navy = with_primary(DARK, "#1f3a93");
        assert_eq!(
            (navy.button, navy.button_text),
            (colour("#1f3a93").unwrap(), DARK.text)
        );
        assert_ne!(navy.primary, navy.button);
    }

    #[test]
    fn a_colour_no_label_reads_on_fills_the_buttons_as_the_links() {
        // Neither white nor the grey text (7:1 on white) reads on a light grey brand.
        let brand = Brand {
            primary: colour("#a0a0a0"),
            background: colour("#ffffff"),
            text: colour("#595959"),
            ..Brand::default()
        };
        let (palette, adjustments) = branded(LIGHT, &brand);
        assert_readable(&palette);
        assert_eq!(
            (palette.button, palette.button_text),
            (palette.primary, palette.background)
        );
        assert!(
            adjustments.iter().all(|change| !change.buttons_keep),
            "{adjustments:?}"
        );
    }

    #[test]
    fn text_that_disappears_on_the_background_is_replaced() {
        let brand = Brand {
            background: colour("#1a1a1a"),
            text: colour("#222222"),
            ..Brand::default()
        };
        let (palette, adjustments) = branded(LIGHT, &brand);
        assert_eq!(palette.text, Colour::rgb(255, 255, 255));
        assert_eq!(adjustments[0].setting, "text-color");
        assert_readable(&palette);
    }

    #[test]
    fn a_new_background_brings_readable_text_surface_and_lines() {
        let brand = Brand {
            background: colour("navy"),
            ..Brand::default()
        };
        let (palette, _) = branded(LIGHT, &brand);
        assert_eq!(palette.text, Colour::rgb(255, 255, 255));
        assert_readable(&palette);
    }

    #[test]
    fn any_brand_on_any_preset_ends_readable() {
        // A grid of awkward colours: every combination must come out passing.
        let samples: Vec<Colour> = [
            "#ffffff", "#000000", "#ffff00", "#777777", "#0000ff", "#ff0000", "#00ff00", "#f2f2f2",
            "#101820",
        ]
        .iter()
        .filter_map(|text| colour(text))
        .collect();
        for preset in [LIGHT, CALM, WARM, DARK, HIGH_CONTRAST] {
            for &primary in &samples {
                for &background in &samples {
                    for text in [None, Some(samples[3]), Some(background)] {
                        let brand = Brand {
                            primary: Some(primary),
                            background: Some(background),
                            surface: None,
                            text,
                        };
                        assert_readable(&branded(preset, &brand).0);
                    }
                }
            }
        }
    }
}
