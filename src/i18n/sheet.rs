//! The words of the clinician sheet, per language. Only the hand-off module (`hand_off/`) uses
//! them, so they stay out of the widget's wasm; the FHIR items' texts are always English, the
//! language of the Questionnaire they belong to.

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

pub const SHEET_EN: SheetStrings = SheetStrings {
    title: "Pain and symptom summary",
    filled_in: "Filled in by the patient on",
    clinic: "Clinic",
    patient_name: "Patient name",
    date_of_birth: "Date of birth",
    made_with: "Made with",
    notices_title: "Safety notices shown to the patient",
    no_notices: "None: no answer called for one.",
    screen_title: "Self-report screen (not a diagnosis)",
    screen_note: "From the ACR 2010/2016 fibromyalgia criteria, answered by the patient. Self-report is not valid for diagnosing an individual: a clinician must assess.",
    wpi: "Widespread Pain Index (WPI)",
    regions: "Regions with pain (jaw, chest and abdomen not counted)",
    generalised: "generalised pain",
    sss: "Symptom Severity Scale (SSS)",
    sss_open: "{n} questions unanswered",
    severity: "Fibromyalgia Severity (WPI + SSS)",
    categories: ["none", "mild", "moderate", "severe", "very severe"],
    criteria: "2016 criteria, self-report screen",
    criteria_results: ["met", "not met", "incomplete"],
    sites_title: "Where it hurts (the patient's left and right)",
    no_sites: "No areas marked.",
    not_rated: "pain not rated",
    sites: [
        "Left jaw", "Right jaw", "Left shoulder girdle", "Right shoulder girdle", "Left upper arm",
        "Right upper arm", "Left lower arm", "Right lower arm", "Left hip (buttock, trochanter)",
        "Right hip (buttock, trochanter)", "Left upper leg", "Right upper leg", "Left lower leg",
        "Right lower leg", "Neck", "Upper back", "Lower back", "Chest", "Abdomen", "Head (not in WPI)",
        "Left hand (not in WPI)", "Right hand (not in WPI)", "Left knee (not in WPI)",
        "Right knee (not in WPI)", "Left foot (not in WPI)", "Right foot (not in WPI)",
    ],
    symptoms_title: "Symptoms",
    description: "A patient's self-report before an appointment: where it hurts (the 19 areas of the ACR 2010/2016 Widespread Pain Index, and others not counted in it), how much and what it feels like; the criteria's symptom questions; and the scores they give. A self-report screen, not a diagnosis.",
    intensity: "Pain (0 none to 10 worst)",
    quality: "What it feels like",
    level_scale: "0 no problem, 1 mild, 2 moderate, 3 severe",
    questions: [
        "Fatigue (past week)",
        "Waking unrefreshed (past week)",
        "Cognitive symptoms (past week)",
        "Headaches (past 6 months)",
        "Pain or cramps in lower abdomen (past 6 months)",
        "Depression (past 6 months)",
        "Symptoms at a similar level for",
    ],
    unanswered: "not answered",
    n_of: "{n} of {of}",
};

/// The sheet for Spanish-speaking clinicians, in their clinical terms (the criteria's names as
/// Spanish-language rheumatology writes them).
pub const SHEET_ES: SheetStrings = SheetStrings {
    title: "Resumen de dolor y síntomas",
    filled_in: "Completado por el paciente el",
    clinic: "Clínica",
    patient_name: "Nombre del paciente",
    date_of_birth: "Fecha de nacimiento",
    made_with: "Hecho con",
    notices_title: "Avisos de seguridad mostrados al paciente",
    no_notices: "Ninguno: ninguna respuesta lo requirió.",
    screen_title: "Cribado por autoinforme (no es un diagnóstico)",
    screen_note: "Según los criterios de fibromialgia ACR 2010/2016, respondidos por el paciente. El autoinforme no es válido para diagnosticar a una persona: debe evaluarla un profesional clínico.",
    wpi: "Índice de dolor generalizado (WPI)",
    regions: "Regiones con dolor (sin contar mandíbula, tórax ni abdomen)",
    generalised: "dolor generalizado",
    sss: "Escala de gravedad de los síntomas (SSS)",
    sss_open: "{n} preguntas sin responder",
    severity: "Gravedad de la fibromialgia (WPI + SSS)",
    categories: ["ninguna", "leve", "moderada", "grave", "muy grave"],
    criteria: "Criterios de 2016, cribado por autoinforme",
    criteria_results: ["cumplidos", "no cumplidos", "incompleto"],
    sites_title: "Dónde duele (izquierda y derecha del paciente)",
    no_sites: "Ninguna zona marcada.",
    not_rated: "dolor sin valorar",
    sites: [
        "Mandíbula izquierda", "Mandíbula derecha", "Cintura escapular izquierda",
        "Cintura escapular derecha", "Brazo izquierdo", "Brazo derecho", "Antebrazo izquierdo",
        "Antebrazo derecho", "Cadera izquierda (glúteo, trocánter)",
        "Cadera derecha (glúteo, trocánter)", "Muslo izquierdo", "Muslo derecho",
        "Pierna izquierda", "Pierna derecha", "Cuello", "Espalda alta", "Espalda baja", "Tórax",
        "Abdomen", "Cabeza (no en el WPI)", "Mano izquierda (no en el WPI)",
        "Mano derecha (no en el WPI)", "Rodilla izquierda (no en el WPI)",
        "Rodilla derecha (no en el WPI)", "Pie izquierdo (no en el WPI)",
        "Pie derecho (no en el WPI)",
    ],
    symptoms_title: "Síntomas",
    description: "Autoinforme de un paciente antes de una cita: dónde le duele (las 19 zonas del Índice de dolor generalizado de los criterios ACR 2010/2016, y otras que no cuentan en él), cuánto y cómo se siente; las preguntas de síntomas de los criterios; y las puntuaciones que resultan. Un cribado por autoinforme, no un diagnóstico.",
    intensity: "Dolor (0 nada a 10 el peor)",
    quality: "Cómo se siente",
    level_scale: "0 ningún problema, 1 leve, 2 moderado, 3 grave",
    questions: [
        "Fatiga (última semana)",
        "Sueño no reparador (última semana)",
        "Síntomas cognitivos (última semana)",
        "Cefaleas (últimos 6 meses)",
        "Dolor o cólicos en la parte baja del abdomen (últimos 6 meses)",
        "Depresión (últimos 6 meses)",
        "Síntomas a un nivel parecido desde hace",
    ],
    unanswered: "sin responder",
    n_of: "{n} de {of}",
};
