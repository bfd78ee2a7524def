//! Colours as values: parsed from what people type (hex, `rgb()`, `hsl()`, a few names), written
//! back out in one form, and measured for contrast the way WCAG 2 does. Pure.

use std::fmt;

/// WCAG's sRGB → linear light values for each channel value (tabulated by build.rs). `f32`: its
/// seven digits are far finer than a contrast ratio needs, and floats hardly compress, so the
/// half-size table is 1.2 KB gzip less.
const SRGB_TO_LINEAR: [f32; 256] = include!(concat!(env!("OUT_DIR"), "/srgb_to_linear.rs"));

/// An opaque sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Colour {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

impl Colour {
    pub const fn rgb(r: u8, g: u8, b: u8) -> Colour {
        Colour { r, g, b }
    }

    /// `#rgb`, `#rrggbb`, `rgb(r, g, b)` / `rgb(r g b)`, `hsl(h, s%, l%)`, or a basic colour name.
    /// Anything else (including transparency, which could make text unreadable) is `None`.
    pub fn parse(text: &str) -> Option<Colour> {
        let text = text.trim().to_ascii_lowercase();
        if text.len() > 64 {
            return None;
        }
        if let Some(hex) = text.strip_prefix('#') {
            return parse_hex(hex);
        }
        if let Some(args) = text
            .strip_prefix("rgb(")
            .and_then(|rest| rest.strip_suffix(')'))
        {
            let [r, g, b] = numbers(args)?;
            let channel = |value: f64| (0.0..=255.0).contains(&value).then(|| value.round() as u8);
            return Some(Colour::rgb(channel(r)?, channel(g)?, channel(b)?));
        }
        if let Some(args) = text
            .strip_prefix("hsl(")
            .and_then(|rest| rest.strip_suffix(')'))
        {
            let args = args.replace('%', "");
            let [h, s, l] = numbers(&args)?;
            return ((0.0..=100.0).contains(&s) && (0.0..=100.0).contains(&l))
                .then(|| from_hsl(h, s / 100.0, l / 100.0));
        }
        NAMED
            .iter()
            .find(|(name, _)| *name == text)
            .map(|(_, colour)| *colour)
    }

    /// Relative luminance, WCAG 2.x.
    pub fn luminance(self) -> f64 {
        let linear = |channel: u8| f64::from(SRGB_TO_LINEAR[usize::from(channel)]);
        0.2126 * linear(self.r) + 0.7152 * linear(self.g) + 0.0722 * linear(self.b)
    }

    /// Contrast ratio with `other`, 1 to 21.
    pub fn contrast(self, other: Colour) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }
}

/// Always `#rrggbb`: the only form that reaches CSS.
impl fmt::Display for Colour {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }
}

fn parse_hex(hex: &str) -> Option<Colour> {
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let digit = |i: usize| u8::from_str_radix(&hex[i..i + 1], 16).ok();
    let pair = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    match hex.len() {
        3 => Some(Colour::rgb(digit(0)? * 17, digit(1)? * 17, digit(2)? * 17)),
        6 => Some(Colour::rgb(pair(0)?, pair(2)?, pair(4)?)),
        _ => None,
    }
}

/// Exactly three plain decimal numbers, separated by commas or spaces.
fn numbers(args: &str) -> Option<[f64; 3]> {
    let mut values = args
        .split(|c: char| c == ',' || c.is_ascii_whitespace())
        .filter(|part| !part.is_empty());
    let parsed = [
        plain_number(values.next()?)?,
        plain_number(values.next()?)?,
        plain_number(values.next()?)?,
    ];
    values.next().is_none().then_some(parsed)
}

/// `12` or `12.5`, read by hand: `str::parse::<f64>` would link the general float parser into the
/// wasm for three small numbers.
fn plain_number(text: &str) -> Option<f64> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = |part: &str| part.len() <= 6 && part.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty()
        || !digits(whole)
        || !digits(fraction)
        || (text.contains('.') && fraction.is_empty())
    {
        return None;
    }
    let whole: u32 = whole.parse().ok()?;
    let fraction = fraction
        .bytes()
        .rev()
        .fold(0.0, |value, digit| (value + f64::from(digit - b'0')) / 10.0);
    Some(f64::from(whole) + fraction)
}

fn from_hsl(hue: f64, saturation: f64, lightness: f64) -> Colour {
    let chroma = (1.0 - (2.0 * lightness - 1.0).abs()) * saturation;
    // `floor` rather than `%`, which would link a software fmod into the wasm.
    let h = (hue - 360.0 * (hue / 360.0).floor()) / 60.0;
    let x = chroma * (1.0 - (h % 2.0 - 1.0).abs());
    let (r, g, b) = match h as u8 {
        0 => (chroma, x, 0.0),
        1 => (x, chroma, 0.0),
        2 => (0.0, chroma, x),
        3 => (0.0, x, chroma),
        4 => (x, 0.0, chroma),
        _ => (chroma, 0.0, x),
    };
    let m = lightness - chroma / 2.0;
    let channel = |value: f64| ((value + m) * 255.0).round().clamp(0.0, 255.0) as u8;
    Colour::rgb(channel(r), channel(g), channel(b))
}

/// The 16 basic CSS colour names, with `orange` and the `grey` spelling.
const NAMED: &[(&str, Colour)] = &[
    ("black", Colour::rgb(0, 0, 0)),
    ("silver", Colour::rgb(192, 192, 192)),
    ("gray", Colour::rgb(128, 128, 128)),
    ("grey", Colour::rgb(128, 128, 128)),
    ("white", Colour::rgb(255, 255, 255)),
    ("maroon", Colour::rgb(128, 0, 0)),
    ("red", Colour::rgb(255, 0, 0)),
    ("purple", Colour::rgb(128, 0, 128)),
    ("fuchsia", Colour::rgb(255, 0, 255)),
    ("green", Colour::rgb(0, 128, 0)),
    ("lime", Colour::rgb(0, 255, 0)),
    ("olive", Colour::rgb(128, 128, 0)),
    ("yellow", Colour::rgb(255, 255, 0)),
    ("navy", Colour::rgb(0, 0, 128)),
    ("blue", Colour::rgb(0, 0, 255)),
    ("teal", Colour::rgb(0, 128, 128)),
    ("aqua", Colour::rgb(0, 255, 255)),
    ("orange", Colour::rgb(255, 165, 0)),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_hex_rgb_hsl_and_names_into_one_form() {
        for (input, expected) in [
            ("#0b7a75", "#0b7a75"),
            ("#0B7A75", "#0b7a75"),
            ("  #fff ", "#ffffff"),
            ("rgb(11, 122, 117)", "#0b7a75"),
            ("rgb(11 122 117)", "#0b7a75"),
            ("hsl(0, 100%, 50%)", "#ff0000"),
            ("hsl(120 100% 25%)", "#008000"),
            ("hsl(240,100%,50%)", "#0000ff"),
            ("hsl(480, 100%, 50%)", "#00ff00"),
            ("rgb(10.4, 122.5, 116.6)", "#0a7b75"),
            ("Teal", "#008080"),
            ("yellow", "#ffff00"),
            ("Fuchsia", "#ff00ff"),
        ] {
            assert_eq!(
                Colour::parse(input).map(|c| c.to_string()).as_deref(),
                Some(expected),
                "{input}"
            );
        }
    }

    #[test]
    fn refuses_everything_else() {
        let huge = "#".repeat(100_000);
        for input in [
            "",
            "#12",
            "#12345",
            "#1234567",
            "#ggg",
            "rgb(256, 0, 0)",
            "rgb(-1, 0, 0)",
            "rgb(1, 2)",
            "rgb(1, 2, 3, 4)",
            "rgba(0,0,0,0)",
            "transparent",
            "hsl(0, 101%, 50%)",
            "currentColor",
            "red;}</style><script>alert(1)</script>",
            "url(javascript:alert(1))",
            "var(--x)",
            "rgb(1e3, 0, 0)",
            "expression(alert(1))",
            huge.as_str(),
        ] {
            assert_eq!(Colour::parse(input), None, "{input:.40}");
        }
    }

    #[test]
    fn the_linear_light_table_is_wcags_formula() {
        for channel in 0..=255u8 {
            let c = f64::from(channel) / 255.0;
            let exact = if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            };
            assert!(
                (f64::from(SRGB_TO_LINEAR[usize::from(channel)]) - exact).abs() < 1e-7,
                "{channel}"
            );
        }
    }

    #[test]
    fn contrast_matches_known_wcag_values() {
        let (black, white) = (Colour::rgb(0, 0, 0), Colour::rgb(255, 255, 255));
        assert!((black.contrast(white) - 21.0).abs() < 1e-9);
        assert!((white.contrast(white) - 1.0).abs() < 1e-9);
        // WCAG's usual examples: #767676 on white is 4.54:1; #777777 just fails at 4.48:1.
        let ratio = |hex| Colour::parse(hex).unwrap().contrast(white);
        assert!(
            (ratio("#767676") - 4.54).abs() < 0.01,
            "{}",
            ratio("#767676")
        );
        assert!(
            (ratio("#777777") - 4.48).abs() < 0.01,
            "{}",
            ratio("#777777")
        );
        assert!(
            (ratio("#ff0000") - 4.0).abs() < 0.01,
            "{}",
            ratio("#ff0000")
        );
    }
}
