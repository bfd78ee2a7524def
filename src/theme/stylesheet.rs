//! The text of the shadow root's one adopted stylesheet: the widget's rules (authored with
//! stylist in `rules.rs`, serialised at build time) followed by this instance's validated values
//! as custom properties. It only ever reaches the page through the adopted `CSSStyleSheet`, so it
//! works under `style-src 'self'` and cannot leak into the host page.

use super::brand::{branded, Adjustment, Brand};
use super::palette::{Scheme, LIGHT};
use super::{Palette, Theme};
use crate::config::{Density, FontChoice, TextSize, WidgetConfig};
use std::fmt::Write;

/// The widget's rules, as `build.rs` serialised them.
pub const RULES: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));
/// The printed clinician sheet's rules, used on top of the light preset's stylesheet.
pub const SHEET_RULES: &str = include_str!(concat!(env!("OUT_DIR"), "/sheet.css"));

/// The system font stack used unless a clinic asks for its page's font.
pub const SYSTEM_FONT: &str =
    "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, sans-serif";

/// The full stylesheet for one widget instance, and what the contrast guard had to change in the
/// clinic's colours. Every value is one we control or a parsed colour re-written as `#rrggbb`, so
/// nothing a page author types reaches CSS as written.
pub fn widget_css(theme: Theme, brand: &Brand, font: FontChoice) -> (String, Vec<Adjustment>) {
    let font_family = match font {
        FontChoice::System => SYSTEM_FONT,
        FontChoice::Inherit => "inherit",
    };
    // After RULES, so it wins over their `all: initial`. (`--pg-font: inherit` would make the
    // custom property inherit, not the font, hence font-family itself.)
    let mut css = format!("{RULES}\n.pg-root{{font-family:{font_family}}}\n");
    let mut adjustments = Vec::new();
    // `auto` follows the visitor's settings live: the last matching block wins.
    for &(_, preset, media) in theme.presets() {
        if let Some(media) = media {
            let _ = writeln!(css, "@media {media} {{");
        }
        let (palette, changed) = branded(preset, brand);
        write_colours(&mut css, &palette);
        for adjustment in changed {
            if !adjustments.contains(&adjustment) {
                adjustments.push(adjustment);
            }
        }
        if media.is_some() {
            css.push_str("}\n");
        }
    }
    // Paper is white: browsers leave backgrounds out of print, so the light text of a dark theme
    // (or of a dark brand background) would print all but invisible. Printed, the widget takes the
    // light preset with the clinic's main colour, guarded for white (a change seen only on
    // paper, so not reported).
    let paper = Brand {
        primary: brand.primary,
        ..Brand::default()
    };
    css.push_str("@media print {\n");
    write_colours(&mut css, &branded(LIGHT, &paper).0);
    css.push_str("}\n");
    (css, adjustments)
}

/// The clinic's text size, density, corners and height, after the rules so they win: a CSS
/// keyword (relative to the visitor's own default size), the unit of space, and whole numbers of
/// pixels the config checked.
pub fn sizing_css(config: &WidgetConfig) -> String {
    let mut css = String::from(match config.text_size {
        TextSize::Normal => "",
        TextSize::Large => ".pg-root{font-size:large}",
        TextSize::Larger => ".pg-root{font-size:x-large}",
    });
    css.push_str(match config.density {
        Density::Comfortable => "",
        Density::Compact => ".pg-root{--pg-space:.6em}",
        Density::Spacious => ".pg-root{--pg-space:1.4em}",
    });
    if let Some(pixels) = config.corner_radius {
        // One integer formatter for both (u8's `to_string` is a separate, specialised one).
        css.push_str(
            &[
                ".pg-root{--pg-radius:",
                &u32::from(pixels).to_string(),
                "px}",
            ]
            .concat(),
        );
    }
    if let Some(pixels) = config.height {
        css.push_str(
            &[
                ".pg-root{--pg-height:",
                &u32::from(pixels).to_string(),
                "px}",
            ]
            .concat(),
        );
    }
    css
}

fn write_colours(css: &mut String, palette: &Palette) {
    let scheme = match palette.scheme {
        Scheme::Light => "light",
        Scheme::Dark => "dark",
    };
    let _ = writeln!(
        css,
        ".pg-root{{color-scheme:{scheme};--pg-text:{};--pg-muted-text:{};--pg-background:{};\
         --pg-surface:{};--pg-primary:{};--pg-button:{};--pg-button-text:{};--pg-border:{};\
         --pg-focus:{}}}",
        palette.text,
        palette.muted_text,
        palette.background,
        palette.surface,
        palette.primary,
        palette.button,
        palette.button_text,
        palette.border,
        palette.focus,
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::theme::palette::{self, DARK, HIGH_CONTRAST, LIGHT};

    #[test]
    fn system_font_by_default_and_host_font_on_request() {
        let system = widget_css(Theme::Light, &Brand::default(), FontChoice::System).0;
        assert!(system.contains("font-family:system-ui"), "{system}");
        let inherit = widget_css(Theme::Light, &Brand::default(), FontChoice::Inherit).0;
        assert!(inherit.contains("font-family:inherit"), "{inherit}");
    }

    #[test]
    fn rules_reset_inherited_properties_and_hold_the_box() {
        assert!(RULES.contains("all:initial"));
        // The loader's placeholder uses the same box (static/pain-guide.js), so nothing jumps.
        let loader = include_str!("../../static/pain-guide.js");
        for size in [
            ":host{display:grid;grid-template:minmax(0,1fr) / minmax(0,1fr);text-indent:0;\
             max-width:100%;min-width:0;height:fit-content}",
            // The page's `hidden` hides it, although `display` above wins over the browser's rule.
            ":host([hidden]:not([hidden=until-found])){display:none}",
            // The node the app mounts on (the loading box's node) is the cell.
            ":host > div{height:100%}",
            // The page's, not reset: whether it is seen and clicked (a closed popup).
            "{all:initial;visibility:inherit;pointer-events:inherit;",
            // Its own height, unless the page gives the element one.
            "--pg-height:40em;--pg-window:90vh;height:clamp(12em,var(--pg-height),var(--pg-window));\
             min-height:min(100%,var(--pg-window));max-height:min(100%,var(--pg-window));",
        ] {
            assert!(RULES.contains(size), "{size}");
            assert!(
                loader.contains(&size.replace(' ', "")),
                "the loader's placeholder lacks {size}"
            );
        }
        // The width it asks for where the page sizes it to its content: the placeholder's
        // content box is that less its padding of 1.5em on each side.
        assert!(RULES.contains("contain-intrinsic-width:min(48em,90vw);"));
        assert!(loader.contains("contain-intrinsic-width:calc(min(48em,90vw) - 3em);"));
        assert!(loader.contains("padding:1.5em;"));
        // Under the page's CSS zoom, the loader holds both boxes to the same share of the window,
        // and the clinic's `height` to the widget's.
        assert!(
            loader.contains("'.pg-root,.pg-placeholder{--pg-window:calc(90vh / ' + zoom + ')}'")
        );
        assert!(loader.contains("'.pg-placeholder{--pg-height:' + pixels + 'px}'"));
        assert!(RULES.contains("@media (forced-colors:active)"));
    }

    #[test]
    fn text_size_density_corners_and_height_are_written_after_the_rules() {
        assert_eq!(sizing_css(&WidgetConfig::default()), "");
        let config = WidgetConfig {
            text_size: TextSize::Large,
            density: Density::Compact,
            corner_radius: Some(0),
            height: Some(700),
            ..WidgetConfig::default()
        };
        assert_eq!(
            sizing_css(&config),
            ".pg-root{font-size:large}.pg-root{--pg-space:.6em}.pg-root{--pg-radius:0px}\
             .pg-root{--pg-height:700px}"
        );
        let spacious = WidgetConfig {
            density: Density::Spacious,
            ..WidgetConfig::default()
        };
        assert_eq!(sizing_css(&spacious), ".pg-root{--pg-space:1.4em}");
    }

    #[test]
    fn every_custom_property_the_rules_use_is_set() {
        let css = widget_css(Theme::Light, &Brand::default(), FontChoice::System).0;
        let instance = &css[RULES.len()..];
        for (at, _) in RULES.match_indices("var(--pg-") {
            let name = &RULES[at + 4..at + 4 + RULES[at + 4..].find(')').unwrap()];
            // The colours are the instance's; the corners, the unit of space and the heights
            // have their defaults in the rules.
            let default = |value: &str| RULES.contains(&format!("{name}:{value}"));
            assert!(
                instance.contains(&format!("{name}:#"))
                    || ["0.5em", "1em", "40em", "90vh"].into_iter().any(default),
                "{name} is used but never set"
            );
        }
        assert!(instance.contains(&format!("--pg-primary:{}", LIGHT.primary)));
    }

    #[test]
    fn each_preset_sets_its_own_colours() {
        let dark = widget_css(Theme::Dark, &Brand::default(), FontChoice::System).0;
        assert!(dark.contains(&format!("--pg-background:{}", DARK.background)));
        assert!(dark.contains("color-scheme:dark"));
        assert!(!dark.contains("@media (prefers-color-scheme"));
        let warm = widget_css(Theme::Warm, &Brand::default(), FontChoice::System).0;
        assert!(warm.contains(&format!("--pg-primary:{}", palette::WARM.primary)));
    }

    #[test]
    fn brand_colours_reach_the_css_only_as_guarded_hex() {
        use crate::theme::colour::Colour;
        let brand = Brand {
            primary: Colour::parse("rgb(11, 122, 117)"),
            ..Brand::default()
        };
        let (css, adjustments) = widget_css(Theme::Light, &brand, FontChoice::System);
        assert!(css.contains("--pg-primary:#0b7a75;"), "{css}");
        assert!(adjustments.is_empty());
        let yellow = Brand {
            primary: Colour::parse("yellow"),
            ..Brand::default()
        };
        let (css, adjustments) = widget_css(Theme::Light, &yellow, FontChoice::System);
        assert!(
            !css.contains("--pg-primary:#ffff00"),
            "yellow text on white would be unreadable"
        );
        assert!(
            css.contains(&format!(
                "--pg-button:#ffff00;--pg-button-text:{};",
                LIGHT.text
            )),
            "a button's label reads on yellow: {css}"
        );
        assert_eq!(adjustments.len(), 1);
        // With `auto`, yellow is readable on the dark palettes and used there; only the light one
        // needs the darker shade (reported once).
        let (css, adjustments) = widget_css(Theme::Auto, &yellow, FontChoice::System);
        let dark = css.find("@media (prefers-color-scheme: dark)").unwrap();
        assert!(
            !css[..dark].contains("--pg-primary:#ffff00")
                && css[dark..].contains("--pg-primary:#ffff00;")
        );
        assert_eq!(adjustments.len(), 1, "{adjustments:?}");
    }

    #[test]
    fn every_theme_prints_in_the_light_colours_with_the_clinics_main_colour() {
        use crate::theme::colour::Colour;
        let brand = Brand {
            primary: Colour::parse("yellow"),
            background: Colour::parse("#102030"),
            ..Brand::default()
        };
        for theme in [Theme::Light, Theme::Dark, Theme::HighContrast, Theme::Auto] {
            let css = widget_css(theme, &brand, FontChoice::System).0;
            let print = &css[css.rfind("@media print").unwrap()..];
            assert!(print.contains("color-scheme:light"), "{print}");
            assert!(print.contains(&format!("--pg-background:{}", LIGHT.background)));
            assert!(print.contains(&format!("--pg-text:{}", LIGHT.text)));
            // Yellow headings would vanish on white: darkened, as on a light screen.
            assert!(
                !print.contains("--pg-primary:#ffff00")
                    && !print.contains(&format!("--pg-primary:{};", LIGHT.primary)),
                "{print}"
            );
        }
    }

    #[test]
    fn auto_follows_the_visitors_settings_with_high_contrast_last() {
        let css = widget_css(Theme::Auto, &Brand::default(), FontChoice::System).0;
        let light = css
            .find(&format!("--pg-background:{}", LIGHT.background))
            .unwrap();
        let dark = css.find("@media (prefers-color-scheme: dark)").unwrap();
        let contrast = css.find("@media (prefers-contrast: more)").unwrap();
        assert!(light < dark && dark < contrast);
        assert!(css[contrast..].contains(&format!("--pg-primary:{}", HIGH_CONTRAST.primary)));
    }
}
