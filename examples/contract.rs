//! Prints the embed contract (attributes, events, methods, CSS properties) and the version as
//! JSON, for the release manifest: `cargo run --example contract`. Native only.

use pain_guide_widget::embed::contract::{ATTRIBUTES, CSS_PROPERTIES, EVENTS, METHODS};
use pain_guide_widget::json::Json;

fn text(value: &str) -> Json {
    Json::String(value.to_string())
}

fn main() {
    let attributes = ATTRIBUTES
        .iter()
        .map(|spec| {
            Json::object(vec![
                ("name", text(spec.name)),
                ("values", text(spec.values)),
                ("default", text(spec.default)),
                ("themeSetting", Json::Bool(spec.theme_setting)),
                ("loaderOnly", Json::Bool(spec.loader_only)),
                ("summary", text(spec.summary)),
            ])
        })
        .collect();
    let events = EVENTS
        .iter()
        .map(|spec| {
            Json::object(vec![
                ("name", text(spec.name)),
                ("detail", text(spec.detail)),
                ("summary", text(spec.summary)),
            ])
        })
        .collect();
    let methods = METHODS
        .iter()
        .map(|spec| {
            Json::object(vec![
                ("name", text(spec.name)),
                ("example", text(spec.signature)),
                ("summary", text(spec.summary)),
            ])
        })
        .collect();
    let properties = CSS_PROPERTIES
        .iter()
        .map(|spec| {
            Json::object(vec![
                ("name", text(spec.name)),
                ("setting", text(spec.setting)),
            ])
        })
        .collect();
    let contract = Json::object(vec![
        ("version", text(env!("CARGO_PKG_VERSION"))),
        ("attributes", Json::Array(attributes)),
        ("events", Json::Array(events)),
        ("methods", Json::Array(methods)),
        ("cssProperties", Json::Array(properties)),
    ]);
    println!("{contract}");
}
