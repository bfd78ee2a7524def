//! The words of the clinician sheet, per language: `content/<lang>/sheet.json`, written as Rust by
//! build.rs like the interface strings. Only the hand-off module (`hand_off/`) uses them, so they
//! stay out of the widget's wasm; the FHIR items' texts are always English, the language of the
//! Questionnaire they belong to.

use super::Lang;

/// The words of the clinician sheet (printed, copied as text, and the FHIR items' texts).
/// Clinicians read it, so it uses their terms.
pub struct SheetStrings {
    pub title: &'static str,
    pub filled_in: &'static str,
    pub clinic: &'static str,
    pub patient_name: &'static str,
    pub date_of_birth: &'static str,
    pub made_with: &'static str,
    pub notices_title: &'static str,
    pub no_notices: &'static str,
    pub screen_title: &'static str,
    pub screen_note: &'static str,
    pub wpi: &'static str,
    pub regions: &'static str,
    pub generalised: &'static str,
    pub sss: &'static str,
    /// `{n}`: how many of the six symptom questions are unanswered.
    pub sss_open: &'static str,
    pub severity: &'static str,
    /// None, mild, moderate, severe, very severe (in `Category` order).
    pub categories: [&'static str; 5],
    pub criteria: &'static str,
    /// Met, not met, incomplete (in `Criteria2016` order).
    pub criteria_results: [&'static str; 3],
    pub sites_title: &'static str,
    pub no_sites: &'static str,
    pub not_rated: &'static str,
    /// Site names in `Site::ALL` order, as clinicians write them (always the patient's side).
    pub sites: [&'static str; 26],
    pub symptoms_title: &'static str,
    /// The Questionnaire's texts: what it is, an area's two details, the 0–3 levels.
    pub description: &'static str,
    pub intensity: &'static str,
    pub quality: &'static str,
    pub level_scale: &'static str,
    /// Each of `Question::ALL`, as clinicians name it.
    pub questions: [&'static str; 7],
    pub unanswered: &'static str,
    /// `{n}` of `{of}`, e.g. "7 of 19".
    pub n_of: &'static str,
}

/// The sheet's words in `lang`.
pub fn sheet_strings(lang: Lang) -> &'static SheetStrings {
    match lang {
        Lang::En => &SHEET_EN,
        Lang::Es => &SHEET_ES,
    }
}

/// English: `content/en/sheet.json`, written as Rust by build.rs.
pub const SHEET_EN: SheetStrings = include!(concat!(env!("OUT_DIR"), "/sheet_en.rs"));
/// Spanish, in clinicians' terms: `content/es/sheet.json`.
pub const SHEET_ES: SheetStrings = include!(concat!(env!("OUT_DIR"), "/sheet_es.rs"));
