//! The "Summary" part: the questions besides the map (the Symptom Severity Scale's and how
//! long), then what the patient told us in plain words, to bring to the appointment. The scoring
//! itself is `crate::scoring`; this part never shows a score or a diagnosis.

pub mod appointment;
pub mod clinician;
pub mod fhir;
pub mod sheet_html;
pub mod summary_part;
