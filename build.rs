//! Build-time work, so the wasm ships data rather than the code to make it:
//! - serialises the widget's stylesheet and the clinician sheet's (authored with stylist in
//!   `src/theme/rules.rs`) to CSS;
//! - tabulates WCAG's sRGB → linear curve (so the wasm needs no `pow`);
//! - re-writes each language's bundled glossary compactly with the crate's own JSON module, which
//!   also fails the build on a content file that is not valid JSON;
//! - writes each language's interface strings (`content/<lang>/strings.json`) and clinician-sheet
//!   words (`sheet.json`) as Rust constants (`i18n::Strings`, `i18n::SheetStrings`): a key the
//!   struct lacks, or one the file lacks, fails the build.

use std::path::Path;

mod rules {
    include!("src/theme/rules.rs");
}

#[allow(dead_code)] // the widget uses more of the module than the build does
mod json {
    include!("src/json.rs");
}

/// Drops the layout whitespace stylist writes (indentation, line breaks, spaces around braces,
/// after `:`, `;` and `,`), so the wasm carries less. Only spaces that CSS ignores go: a space
/// before a `:` (a descendant combinator, as in `a :hover`) is kept.
fn minify_css(css: &str) -> String {
    let mut out = css.split_whitespace().collect::<Vec<_>>().join(" ");
    for (spaced, tight) in [
        ("{ ", "{"),
        (" {", "{"),
        ("; ", ";"),
        (" }", "}"),
        (";}", "}"),
        ("} ", "}"),
        (", ", ","),
        (": ", ":"),
    ] {
        out = out.replace(spaced, tight);
    }
    out
}

fn main() {
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out_dir);

    println!("cargo:rerun-if-changed=src/theme/rules.rs");
    for (file, sheet) in [
        ("widget.css", rules::rules()),
        ("sheet.css", rules::sheet_rules()),
    ] {
        let mut css = minify_css(&stylist::ast::ToStyleStr::to_style_str(&sheet, None));
        if file == "sheet.css" {
            // The clinician sheet's page margins, the same in every browser (Firefox's own are
            // 0.5in), as the one-page test measures them. Added here: stylist cannot parse @page.
            css.push_str("@page{margin:.4in}");
        }
        std::fs::write(out.join(file), css).expect("OUT_DIR is writable");
    }

    // WCAG's sRGB → linear light curve for each 8-bit channel value, so the wasm needs no `pow`.
    let linear: Vec<String> = (0..=255u32)
        .map(|channel| {
            let c = f64::from(channel) / 255.0;
            let value = if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            };
            // The shortest text that reads back as the same f32 (the table's type).
            format!("{:?}", value as f32)
        })
        .collect();
    let table = format!("[{}]", linear.join(", "));
    std::fs::write(out.join("srgb_to_linear.rs"), table).expect("OUT_DIR is writable");

    println!("cargo:rerun-if-changed=src/json.rs");
    for lang in ["en", "es"] {
        let source = format!("content/{lang}/glossary.json");
        println!("cargo:rerun-if-changed={source}");
        let text = std::fs::read_to_string(&source).expect("every language has its glossary");
        let parsed = json::Json::parse(&text).unwrap_or_else(|error| panic!("{source}: {error}"));
        std::fs::write(
            out.join(format!("glossary.{lang}.json")),
            parsed.to_string(),
        )
        .expect("OUT_DIR is writable");

        // The interface's words (with the search's, under `search`) and the clinician sheet's.
        for (file, rust_type) in [("strings", "Strings"), ("sheet", "SheetStrings")] {
            let source = format!("content/{lang}/{file}.json");
            println!("cargo:rerun-if-changed={source}");
            let text = std::fs::read_to_string(&source).expect("every language has its words");
            let parsed =
                json::Json::parse(&text).unwrap_or_else(|error| panic!("{source}: {error}"));
            let literal = struct_literal(&source, rust_type, &parsed);
            std::fs::write(out.join(format!("{file}_{lang}.rs")), literal)
                .expect("OUT_DIR is writable");
        }
    }
}

/// Words that are a struct of their own inside another, by their key: `Strings::shared`,
/// `Strings::search`.
const NESTED_WORDS: [(&str, &str); 2] = [("shared", "SharedWords"), ("search", "SearchWords")];

/// Lists of words whose length each language chooses (a slice, not an array): the searches that
/// raise a notice, and the words a topic search passes over.
const WORD_LISTS: [&str; 3] = ["emergency", "crisis", "filler"];

/// An object of words as a literal of the struct `rust_type`.
fn struct_literal(source: &str, rust_type: &str, value: &json::Json) -> String {
    let json::Json::Object(members) = value else {
        panic!("{source}: the words of {rust_type} must be an object");
    };
    let mut literal = format!("{rust_type} {{\n");
    for (key, value) in members {
        literal.push_str(&format!(
            "    {key}: {},\n",
            rust_literal(source, key, value)
        ));
    }
    literal + "}"
}

/// The value of `key`: a text, a list of them (nested lists too), or a nested struct
/// ([`NESTED_WORDS`]), as a Rust expression.
fn rust_literal(source: &str, key: &str, value: &json::Json) -> String {
    match value {
        json::Json::Object(_) => {
            let (_, rust_type) = NESTED_WORDS
                .iter()
                .find(|(nested, _)| *nested == key)
                .unwrap_or_else(|| panic!("{source}: {key} cannot be an object"));
            struct_literal(source, rust_type, value)
        }
        json::Json::String(text) => format!("{text:?}"),
        json::Json::Array(items) => {
            let items: Vec<String> = items
                .iter()
                .map(|item| rust_literal(source, key, item))
                .collect();
            let reference = if WORD_LISTS.contains(&key) { "&" } else { "" };
            format!("{reference}[{}]", items.join(", "))
        }
        _ => panic!("{source}: {key}: only texts, lists of texts and the nested words"),
    }
}
