//! What the theme editor shows marketing staff about a theme: for each palette the widget will
//! use (one, or three for `auto`), every colour pair it draws with its contrast and whether it
//! passes WCAG AA, and what the contrast guard changed. The same `branded` the widget runs, so
//! the report is what patients get. Pure.

use super::brand::{branded, Adjustment, Brand};
use super::colour::Colour;
use super::{Palette, Theme};

/// One pair the widget draws, as the guard left it.
#[derive(Clone, Debug, PartialEq)]
pub struct PairReport {
    pub what: &'static str,
    pub foreground: Colour,
    pub background: Colour,
    pub ratio: f64,
    pub minimum: f64,
}

impl PairReport {
    pub fn passes(&self) -> bool {
        self.ratio >= self.minimum
    }
}

/// One palette: the preset's name, its colours as the widget will use them, its pairs, and the
/// guard's changes to the clinic's colours.
#[derive(Clone, Debug, PartialEq)]
pub struct PaletteReport {
    pub preset: &'static str,
    pub palette: Palette,
    pub pairs: Vec<PairReport>,
    pub adjustments: Vec<Adjustment>,
}

pub fn report(theme: Theme, brand: &Brand) -> Vec<PaletteReport> {
    theme
        .presets()
        .iter()
        .map(|&(preset, palette, _)| {
            let (palette, adjustments) = branded(palette, brand);
            let pairs = palette
                .pairs()
                .into_iter()
                .map(|(what, foreground, background, minimum)| PairReport {
                    what,
                    foreground,
                    background,
                    ratio: foreground.contrast(background),
                    minimum,
                })
                .collect();
            PaletteReport {
                preset,
                palette,
                pairs,
                adjustments,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_preset_alone_passes_every_pair_and_changes_nothing() {
        let reports = report(Theme::Calm, &Brand::default());
        assert_eq!(reports.len(), 1);
        assert_eq!(reports[0].preset, "calm");
        assert_eq!(reports[0].pairs.len(), 10);
        assert!(reports[0].pairs.iter().all(PairReport::passes));
        assert!(reports[0].adjustments.is_empty());
    }

    #[test]
    fn auto_reports_its_three_palettes() {
        let presets: Vec<&str> = report(Theme::Auto, &Brand::default())
            .iter()
            .map(|palette| palette.preset)
            .collect();
        assert_eq!(presets, ["light", "dark", "high-contrast"]);
    }

    #[test]
    fn an_unreadable_brand_colour_is_reported_as_changed_and_the_result_passes() {
        let yellow = Brand {
            primary: Colour::parse("#ffff00"),
            ..Brand::default()
        };
        let [light] = &report(Theme::Light, &yellow)[..] else {
            panic!("one palette")
        };
        let changed = &light.adjustments[0];
        assert_eq!(
            (changed.setting, changed.asked),
            ("primary-color", Colour::rgb(255, 255, 0))
        );
        assert!(changed.ratio < 1.2, "yellow on white is about 1.07:1");
        let links = light
            .pairs
            .iter()
            .find(|pair| pair.what == "links on background")
            .unwrap();
        assert_eq!(links.foreground, changed.used);
        assert!(light.pairs.iter().all(PairReport::passes), "{light:#?}");
    }

    #[test]
    fn contrast_matches_known_wcag_values() {
        // WCAG's own examples: black on white is 21:1, #777777 on white about 4.48:1.
        let white = Colour::rgb(255, 255, 255);
        assert!((Colour::rgb(0, 0, 0).contrast(white) - 21.0).abs() < 0.01);
        assert!((Colour::rgb(0x77, 0x77, 0x77).contrast(white) - 4.48).abs() < 0.01);
    }
}
