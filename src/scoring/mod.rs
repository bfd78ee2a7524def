//! Pain scoring, from the ACR 2010/2016 fibromyalgia criteria. Pure: no DOM, tested natively.
//!
//! The widget never tells a patient they have fibromyalgia: the criteria's authors say
//! self-report is not valid for diagnosing an individual. The patient sees plain descriptions
//! (`Widespread1990`, region counts); the criteria screen (`Criteria2016`) is for the clinician
//! summary only, labelled as a self-report screen.

pub mod answers;
pub mod score;
pub mod sites;

pub use answers::{
    Answers, Duration, InvalidAnswer, Level, Mark, Quality, Question, Rating, Symptoms,
};
pub use score::{Axial, Category, Criteria2016, PainSpread, Scores, Widespread1990};
pub use sites::{Region, Side, Site};
