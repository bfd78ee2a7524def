//! Prints the FHIR R4 `Questionnaire` that the widget's answers refer to, indented, as the file
//! that ships beside the widget:
//! `cargo run --example questionnaire > static/pain-guide-questionnaire.json`
//! (`summary::fhir`'s tests fail until the shipped file equals it). Native only.

use pain_guide_widget::i18n::{EN, SHEET_EN};
use pain_guide_widget::json::Json;
use pain_guide_widget::summary::fhir;

fn main() {
    let mut out = String::new();
    indented(&fhir::questionnaire(&EN.shared, &SHEET_EN), 0, &mut out);
    println!("{out}");
}

/// `value` as JSON with two spaces per level, so reviews of the file read like the resource.
fn indented(value: &Json, depth: usize, out: &mut String) {
    let inner = "  ".repeat(depth + 1);
    let close = |out: &mut String, bracket| {
        out.push('\n');
        out.push_str(&"  ".repeat(depth));
        out.push(bracket);
    };
    match value {
        Json::Array(items) if !items.is_empty() => {
            out.push('[');
            for (index, item) in items.iter().enumerate() {
                out.push_str(if index == 0 { "\n" } else { ",\n" });
                out.push_str(&inner);
                indented(item, depth + 1, out);
            }
            close(out, ']');
        }
        Json::Object(members) if !members.is_empty() => {
            out.push('{');
            for (index, (key, member)) in members.iter().enumerate() {
                out.push_str(if index == 0 { "\n" } else { ",\n" });
                out.push_str(&inner);
                out.push_str(&Json::String(key.clone()).to_string());
                out.push_str(": ");
                indented(member, depth + 1, out);
            }
            close(out, '}');
        }
        scalar => out.push_str(&scalar.to_string()),
    }
}
