//! The widget's stylesheet, authored with stylist (parsed at compile time) and serialised to
//! text. It only ever reaches the page through the shadow root's adopted `CSSStyleSheet`, so it
//! works under `style-src 'self'` and cannot leak into the host page.

use super::Palette;
use crate::config::FontChoice;
use stylist::ast::{sheet, ToStyleStr};

/// The system font stack used unless a clinic asks for its page's font.
pub const SYSTEM_FONT: &str =
    "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, sans-serif";

/// Block size of the widget. The loader's placeholder uses the same values, so the host page
/// does not move when the widget replaces it (checked by the e2e suite).
pub const HEIGHT: &str = "40em";
pub const MAX_HEIGHT: &str = "90vh";

/// The full stylesheet for one widget instance.
pub fn widget_css(palette: &Palette, font: FontChoice) -> String {
    let font_family = match font {
        FontChoice::System => SYSTEM_FONT,
        FontChoice::Inherit => "inherit",
    };
    sheet!(
        r#"
        :host {
            display: block;
        }
        /* `all: initial` cuts every inherited property (text-transform, line-height, letter-spacing,
           colour…) the host page may set on <pain-guide> or its ancestors; sizes are in em so a host
           `html { font-size: 62.5% }` cannot shrink the widget. Being an atomic inline box stops a
           host's text-decoration (underline, line-through) from being drawn through our text. */
        .pg-root {
            all: initial;
            box-sizing: border-box;
            display: inline-flex;
            vertical-align: top;
            width: 100%;
            flex-direction: column;
            height: ${height};
            max-height: ${max_height};
            min-height: 12em;
            font-family: ${font_family};
            font-size: medium;
            line-height: 1.5;
            color: ${text};
            background: ${background};
            border: 1px solid ${border};
            border-radius: 0.75em;
            overflow: hidden;
            -webkit-text-size-adjust: 100%;
            text-size-adjust: 100%;
        }
        .pg-root *, .pg-root *::before, .pg-root *::after {
            box-sizing: border-box;
        }
        .pg-scroll {
            flex: 1 1 auto;
            overflow-y: auto;
            overscroll-behavior: contain;
            padding: 1.25em 1.5em 1.5em;
        }
        .pg-scroll:focus-visible, .pg-root a:focus-visible {
            outline: 3px solid ${focus};
            outline-offset: 2px;
        }
        .pg-scroll:focus-visible {
            outline-offset: -3px;
        }
        .pg-entry h2 {
            margin: 0 0 0.25em;
            font-size: 1.6em;
            line-height: 1.25;
            color: ${text};
        }
        .pg-summary {
            margin: 0 0 1em;
            font-size: 1.125em;
            color: ${muted_text};
        }
        .pg-entry h3 {
            margin: 1.25em 0 0.4em;
            font-size: 1.2em;
            line-height: 1.3;
            color: ${primary};
        }
        .pg-entry p {
            margin: 0 0 0.75em;
            max-width: 40em;
        }
        .pg-entry ul {
            margin: 0 0 0.75em;
            padding-inline-start: 1.5em;
            max-width: 40em;
        }
        .pg-entry li {
            margin: 0 0 0.4em;
        }
        .pg-meta {
            margin-top: 1.5em;
            padding-top: 0.75em;
            border-top: 1px solid ${border};
            font-size: 0.9em;
            color: ${muted_text};
        }
        .pg-meta h3 {
            margin: 0.75em 0 0.25em;
            font-size: 1em;
            color: ${muted_text};
        }
        .pg-root a {
            color: ${primary};
            text-decoration: underline;
            text-underline-offset: 0.15em;
        }
        .pg-notice {
            flex: 0 0 auto;
            margin: 0;
            padding: 0.6em 1.5em;
            font-size: 0.9em;
            background: ${surface};
            border-top: 1px solid ${border};
        }
        @media (prefers-reduced-motion: reduce) {
            .pg-scroll {
                scroll-behavior: auto;
            }
        }
        @media (forced-colors: active) {
            .pg-root {
                border-color: CanvasText;
            }
        }
        "#,
        height = HEIGHT,
        max_height = MAX_HEIGHT,
        font_family = font_family,
        text = palette.text,
        muted_text = palette.muted_text,
        background = palette.background,
        surface = palette.surface,
        primary = palette.primary,
        border = palette.border,
        focus = palette.focus,
    )
    .to_style_str(None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::theme::palette::LIGHT;

    #[test]
    fn system_font_by_default_and_host_font_on_request() {
        let system = widget_css(&LIGHT, FontChoice::System);
        assert!(system.contains("font-family: system-ui"), "{system}");
        let inherit = widget_css(&LIGHT, FontChoice::Inherit);
        assert!(inherit.contains("font-family: inherit"), "{inherit}");
    }

    #[test]
    fn stylesheet_resets_inherited_properties_and_uses_the_palette() {
        let css = widget_css(&LIGHT, FontChoice::System);
        assert!(css.contains("all: initial"));
        assert!(css.contains(&format!("color: {}", LIGHT.text)));
        assert!(css.contains(&format!("height: {HEIGHT}")));
        assert!(css.contains("@media (forced-colors: active)"));
    }
}
