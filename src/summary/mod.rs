//! The "Summary" part: the questions besides the map (the Symptom Severity Scale's and how
//! long), then what the patient told us in plain words, then "For your appointment". The scoring
//! itself is `crate::scoring`. The patient's screen never shows a score or a diagnosis; the
//! clinician sheet (`clinician`, printed or copied through the hand-off module) is the one place
//! the scores appear, labelled as a self-report screen.

pub mod appointment;
pub mod clinician;
pub mod fhir;
pub mod sheet_html;
pub mod summary_part;
