//! The theme editor's checks (`static/editor.html`), run by the widget's own code so the editor
//! shows exactly what patients will get: which settings the widget accepts, the element to paste,
//! and the contrast report. Its own wasm, loaded only by the editor page: nothing here reaches
//! what a clinic page downloads.

use pain_guide_widget::config::snippet::{element, Snippet};
use pain_guide_widget::json::Json;
use pain_guide_widget::theme::report::report;
use wasm_bindgen::prelude::*;

/// For `settings`, a JSON object of attribute name → text (what the editor's form holds, or a
/// theme file being imported), returns JSON:
/// `{ element, accepted: { setting: text }, problems: [{ setting, text }], colours: { setting: "#rrggbb" },
/// palettes: [{ preset,
/// adjustments: [text], pairs: [{ what, foreground, background, ratio, minimum, passes }] }] }`
/// (`accepted`: what the element holds; a problem's `setting` is "" when it is the whole file's;
/// `colours`: the first palette's, as the widget uses them);
/// ratios as text with one decimal (rounded down, so a pair never looks better than it is).
#[wasm_bindgen]
pub fn theme_report(settings: &str) -> String {
    let mut problems = Vec::new();
    let pairs: Vec<(String, String)> = match Json::parse(settings) {
        Ok(Json::Object(members)) => members
            .into_iter()
            .filter_map(|(key, value)| match value {
                Json::String(text) => Some((key, text)),
                _ => {
                    problems.push((
                        key.clone(),
                        format!("\"{key}\" must be text; it was left out."),
                    ));
                    None
                }
            })
            .collect(),
        _ => {
            problems.push((
                String::new(),
                "A theme file must be a JSON object of settings.".to_string(),
            ));
            Vec::new()
        }
    };
    let Snippet {
        element,
        accepted,
        problems: refused,
        config,
    } = element(&pairs);
    problems.extend(refused);

    let text = |value: String| Json::String(value);
    let tenths = |ratio: f64| format!("{:.1}", (ratio * 10.0).floor() / 10.0);
    let reports = report(config.theme, &config.brand);
    let palettes = reports
        .iter()
        .map(|palette| {
            let pairs = palette
                .pairs
                .iter()
                .map(|pair| {
                    Json::object(vec![
                        ("what", text(pair.what.to_string())),
                        ("foreground", text(pair.foreground.to_string())),
                        ("background", text(pair.background.to_string())),
                        ("ratio", text(tenths(pair.ratio))),
                        ("minimum", text(format!("{:.1}", pair.minimum))),
                        ("passes", Json::Bool(pair.passes())),
                    ])
                })
                .collect();
            let adjustments = palette
                .adjustments
                .iter()
                .map(|adjustment| text(adjustment.to_string()))
                .collect();
            Json::object(vec![
                ("preset", text(palette.preset.to_string())),
                ("adjustments", Json::Array(adjustments)),
                ("pairs", Json::Array(pairs)),
            ])
        })
        .collect();
    // The colours the (first) palette ends up with, as `#rrggbb` for the editor's colour pickers.
    let colours = reports.first().map_or_else(Vec::new, |first| {
        let palette = first.palette;
        [
            ("primary-color", palette.primary),
            ("background-color", palette.background),
            ("surface-color", palette.surface),
            ("text-color", palette.text),
        ]
        .into_iter()
        .map(|(setting, colour)| (setting, text(colour.to_string())))
        .collect()
    });
    let accepted = accepted
        .into_iter()
        .map(|(name, value)| (name, text(value)))
        .collect();
    Json::object(vec![
        ("element", text(element)),
        ("accepted", Json::object(accepted)),
        (
            "problems",
            Json::Array(
                problems
                    .into_iter()
                    .map(|(setting, why)| {
                        Json::object(vec![("setting", text(setting)), ("text", text(why))])
                    })
                    .collect(),
            ),
        ),
        ("colours", Json::object(colours)),
        ("palettes", Json::Array(palettes)),
    ])
    .to_string()
}
