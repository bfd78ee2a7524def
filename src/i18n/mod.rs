//! Every piece of interface text the patient sees, in one table per language.

use crate::body_map::figure::View;
use crate::safety::{Line, Notice, Trigger};
use crate::scoring::{PainSpread, Quality, Question, Site};

/// The interface strings of one language.
pub struct Strings {
    /// BCP 47 tag, set as `lang` on the widget so screen readers pronounce it correctly.
    pub lang: &'static str,
    /// Text direction of the language (`ltr`/`rtl`), set as `dir` on the widget.
    pub dir: &'static str,
    /// Accessible name of the whole widget.
    pub widget_label: &'static str,
    pub not_medical_advice: &'static str,
    pub last_reviewed: &'static str,
    pub sources: &'static str,
    pub topic_unavailable: &'static str,
    /// Shown in place of the widget if its code fails.
    pub widget_failed: &'static str,
    pub topics_title: &'static str,
    pub search_label: &'static str,
    /// `{n}` is replaced by the number of topics.
    pub topics_found: &'static str,
    pub topic_found: &'static str,
    pub no_topics_found: &'static str,
    pub back_to_topics: &'static str,
    pub related_topics: &'static str,
    /// `{title}` is replaced by the topic's title.
    pub read_more: &'static str,
    pub close: &'static str,
    pub sections_label: &'static str,
    pub part_learn: &'static str,
    pub part_map: &'static str,
    pub map_title: &'static str,
    pub map_hint: &'static str,
    pub map_keys: &'static str,
    pub front: &'static str,
    pub back: &'static str,
    pub your_left: &'static str,
    pub your_right: &'static str,
    /// `{n}` is the intensity.
    pub pain_of_ten: &'static str,
    pub not_counted: &'static str,
    /// `{n}` is the number of the 19 counted areas marked.
    pub areas_marked: &'static str,
    pub show_list: &'static str,
    pub show_back: &'static str,
    pub show_front: &'static str,
    pub undo: &'static str,
    pub clear_all: &'static str,
    pub how_much: &'static str,
    pub scale_hint: &'static str,
    pub not_sure: &'static str,
    pub feels_like: &'static str,
    pub qualities: [&'static str; 6],
    pub unmark: &'static str,
    /// `{site}` is the site's name.
    pub mark_site: &'static str,
    pub choose_place: &'static str,
    pub counted_areas: &'static str,
    pub other_areas: &'static str,
    pub not_kept: &'static str,
    pub part_summary: &'static str,
    pub questions_title: &'static str,
    /// Each of `Question::ALL`: the question, and its choices in the order of their numbers.
    pub questions: [(&'static str, &'static [&'static str]); 7],
    /// Short names of the questions, for the summary.
    pub question_names: [&'static str; 7],
    pub summary_title: &'static str,
    pub summary_hint: &'static str,
    pub nothing_marked: &'static str,
    /// `{n}`: the number of the 19 counted areas with pain.
    pub areas_sentence: &'static str,
    /// `{n}`: how many of the 5 body regions; `{where}`: the parts of [`Strings::where_parts`].
    pub regions_sentence: &'static str,
    /// Both sides, left side, right side; above and below, above, below the waist; axial.
    pub where_parts: [&'static str; 7],
    pub remember: &'static str,
    pub remember_hint: &'static str,
    pub forget: &'static str,
    /// Names of the body sites, in `Site::ALL` order, as the patient's own body.
    pub sites: [&'static str; 26],
    pub months: [&'static str; 12],
    pub hand_off_title: &'static str,
    pub hand_off_hint: &'static str,
    pub print: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub save_file: &'static str,
    /// `{clinic}`: the clinic's name, or [`Strings::the_clinic`].
    pub send_consent: &'static str,
    pub the_clinic: &'static str,
    pub send: &'static str,
    pub consent_first: &'static str,
    pub sending: &'static str,
    pub sent: &'static str,
    pub send_failed: &'static str,
    /// The safety notices, in the order they show (see `safety`).
    pub notices: &'static [Notice],
}

/// The words of the clinician sheet (printed, copied as text, and the FHIR items' texts).
/// Clinicians read it, so it uses their terms. A table of its own: only the hand-off module uses
/// it, so it stays out of the widget's wasm.
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

const LEVELS: [&str; 4] = [
    "No problem",
    "Mild: it came and went",
    "Moderate: it was often there",
    "Severe: it was always there and disrupted my life",
];
const NO_YES: [&str; 2] = ["No", "Yes"];

pub const EN: Strings = Strings {
    lang: "en",
    dir: "ltr",
    widget_label: "Patient guide",
    not_medical_advice:
        "This is education, not medical advice. Talk with your care team about your own health.",
    last_reviewed: "Last reviewed",
    sources: "Sources",
    topic_unavailable: "Sorry, this topic is not available right now.",
    widget_failed:
        "Sorry, the patient guide stopped working. Please refresh the page, or contact the clinic.",
    topics_title: "Health topics A to Z",
    search_label: "Find a topic",
    topics_found: "{n} topics",
    topic_found: "1 topic",
    no_topics_found: "No topics match your search. Try a shorter word.",
    back_to_topics: "All health topics",
    related_topics: "Related topics",
    read_more: "Read more about {title}",
    close: "Close",
    sections_label: "Patient guide sections",
    part_learn: "Learn",
    part_map: "My pain map",
    map_title: "Where does it hurt?",
    map_hint: "Tap each place that hurts, then choose how much it hurts. Left and right mean your own left and right.",
    map_keys: "Arrow keys move between places. Space marks or unmarks a place. Number keys say how much it hurts. F turns the body around.",
    front: "Front",
    back: "Back",
    your_left: "Your left",
    your_right: "Your right",
    pain_of_ten: "pain {n} of 10",
    not_counted: "not counted in the score",
    areas_marked: "{n} of 19 areas marked",
    show_list: "Show as a list",
    show_back: "Show the back",
    show_front: "Show the front",
    undo: "Undo",
    clear_all: "Clear all",
    how_much: "How much does it hurt?",
    scale_hint: "0 means no pain. 10 means the worst pain you can imagine.",
    not_sure: "Not sure",
    feels_like: "What does it feel like? (you can skip this)",
    qualities: ["Aching", "Burning", "Stabbing", "Throbbing", "Tingling", "Numb"],
    unmark: "Unmark this place",
    mark_site: "Mark: {site}",
    choose_place: "Choose a place on the body to say how much it hurts.",
    counted_areas: "Areas counted in the pain score",
    other_areas: "Other areas (not counted in the score)",
    not_kept: "This browser is not letting the page keep your answers. They will be lost if you reload or close the page.",
    part_summary: "Summary",
    questions_title: "A few more questions",
    questions: [
        ("In the past week, how much of a problem was feeling tired?", &LEVELS),
        ("In the past week, how much of a problem was waking up tired, even after sleep?", &LEVELS),
        ("In the past week, how much of a problem was trouble thinking or remembering?", &LEVELS),
        ("In the past 6 months, have you had headaches?", &NO_YES),
        ("In the past 6 months, have you had pain or cramps in your lower belly?", &NO_YES),
        ("In the past 6 months, have you felt depressed?", &NO_YES),
        (
            "How long have you had pain and these problems at about this level?",
            &["Less than 3 months", "3 to 12 months", "More than a year"],
        ),
    ],
    question_names: [
        "Feeling tired",
        "Waking up tired",
        "Trouble thinking or remembering",
        "Headaches",
        "Pain or cramps in the lower belly",
        "Feeling depressed",
        "How long",
    ],
    summary_title: "Your summary",
    summary_hint: "Bring this to your appointment. It is not a diagnosis: your care team will go through it with you.",
    nothing_marked: "You have not marked any places on the pain map yet.",
    areas_sentence: "You marked pain in {n} of the 19 areas doctors ask about.",
    regions_sentence: "You marked pain in {n} of 5 body regions: {where}.",
    where_parts: [
        "on both sides",
        "on your left side",
        "on your right side",
        "above and below the waist",
        "above the waist",
        "below the waist",
        "in your neck, back or chest",
    ],
    remember: "Remember my answers on this device",
    remember_hint: "For your next visit. Only on your own phone or computer: anyone who uses this browser could see them.",
    forget: "Forget my answers",
    sites: [
        "Your left jaw", "Your right jaw", "Your left shoulder", "Your right shoulder", "Your left upper arm",
        "Your right upper arm", "Your left lower arm", "Your right lower arm", "Your left hip and buttock",
        "Your right hip and buttock", "Your left upper leg", "Your right upper leg", "Your left lower leg",
        "Your right lower leg", "Your neck", "Your upper back", "Your lower back", "Your chest", "Your belly",
        "Your head", "Your left hand", "Your right hand", "Your left knee", "Your right knee", "Your left foot",
        "Your right foot",
    ],
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    hand_off_title: "For your appointment",
    hand_off_hint: "A one-page summary for your care team. Nothing leaves this page unless you send it.",
    print: "Print for my doctor",
    copy: "Copy as text",
    copied: "Copied. You can paste it into an email or a note.",
    copy_failed: "This page cannot copy text. Please print or save a file instead.",
    save_file: "Save a file for the clinic",
    send_consent: "I agree to send my answers to {clinic}.",
    the_clinic: "the clinic",
    send: "Send to the clinic",
    consent_first: "Please tick the box above first, to agree to send your answers.",
    sending: "Sending…",
    sent: "Sent. The clinic has your answers.",
    send_failed: "Your answers could not be sent. They are still here: please try again.",
    notices: &[
        Notice {
            when: Trigger::Marked(Site::Chest),
            title: "Chest pain can need care right away",
            before: "Get help now if your chest pain is new or very bad, or if it comes with trouble breathing, sweating, or pain that spreads to your arm or jaw. Call ",
            line: Line::Emergency,
            after: ", or your local emergency number. Do not wait for your appointment.",
            with_contact: false,
        },
        Notice {
            when: Trigger::Yes(Question::Depression),
            title: "Help is there if you feel low",
            before: "Feeling down is common with long-term pain, and care can help. If you feel hopeless or think about hurting yourself, talk to someone now. Call ",
            line: Line::Crisis,
            after: " any time, day or night. In the US, you can also text 988. Outside the US, call your local crisis line. You can also tell your clinic.",
            with_contact: true,
        },
    ],
};

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

impl Strings {
    // The tables are in the order of the enums' variants (checked by the scoring tests).
    pub fn site(&self, site: Site) -> &'static str {
        self.sites[site as usize]
    }

    pub fn quality(&self, quality: Quality) -> &'static str {
        self.qualities[quality as usize]
    }

    /// A figure's caption, and the labels over its left and right edges as the viewer sees them:
    /// facing us, the patient's right is on our left; from behind, their left is.
    pub fn view_labels(&self, view: View) -> (&'static str, &'static str, &'static str) {
        match view {
            View::Front => (self.front, self.your_right, self.your_left),
            View::Back => (self.back, self.your_left, self.your_right),
        }
    }

    /// The question's text and choices.
    pub fn question(&self, question: Question) -> (&'static str, &'static [&'static str]) {
        self.questions[Question::ALL
            .iter()
            .position(|&known| known == question)
            .unwrap_or_default()]
    }

    /// "You marked pain in 4 of 5 body regions: on both sides, above and below the waist, in your
    /// neck, back or chest." Plain words only: never a score or a diagnosis.
    pub fn where_it_hurts(&self, spread: &PainSpread) -> String {
        let regions = spread.generalised_regions;
        let spread = spread.widespread_1990;
        let sides = match (spread.left_side, spread.right_side) {
            (true, true) => Some(0),
            (true, false) => Some(1),
            (false, true) => Some(2),
            (false, false) => None,
        };
        let waist = match (spread.above_waist, spread.below_waist) {
            (true, true) => Some(3),
            (true, false) => Some(4),
            (false, true) => Some(5),
            (false, false) => None,
        };
        let parts: Vec<&str> = [sides, waist, spread.axial.then_some(6)]
            .into_iter()
            .flatten()
            .map(|part| self.where_parts[part])
            .collect();
        if parts.is_empty() {
            return String::new();
        }
        self.regions_sentence
            .replace("{n}", &regions.to_string())
            .replace("{where}", &parts.join(", "))
    }

    /// "3 topics", "1 topic" or "No topics match…", for the search's live status.
    pub fn topic_count(&self, n: usize) -> String {
        match n {
            0 => self.no_topics_found.to_string(),
            1 => self.topic_found.to_string(),
            n => self.topics_found.replace("{n}", &n.to_string()),
        }
    }

    /// "November 2026" for `(2026, 11)`; `None` for a month outside 1–12.
    pub fn month_year(&self, (year, month): (u16, u8)) -> Option<String> {
        let name = self.months.get(usize::from(month).checked_sub(1)?)?;
        Some(format!("{name} {year}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_names_follow_the_sites_order_and_sides() {
        use crate::scoring::Side;
        assert_eq!(EN.sites.len(), Site::ALL.len());
        for site in Site::ALL {
            let name = EN.site(*site).to_lowercase();
            let side = site.side();
            assert_eq!(name.contains(" left "), side == Side::Left, "{name}");
            assert_eq!(name.contains(" right "), side == Side::Right, "{name}");
            assert!(
                name.contains(
                    &site
                        .id()
                        .split('-')
                        .next()
                        .unwrap()
                        .replace("abdomen", "belly")
                ),
                "{name}"
            );
        }
        assert_eq!(EN.quality(Quality::Numb), "Numb");
    }

    #[test]
    fn topic_count_reads_naturally() {
        assert_eq!(EN.topic_count(0), EN.no_topics_found);
        assert_eq!(EN.topic_count(1), "1 topic");
        assert_eq!(EN.topic_count(14), "14 topics");
    }

    #[test]
    fn every_question_has_text_for_each_choice() {
        for question in Question::ALL {
            let (text, choices) = EN.question(question);
            assert!(text.ends_with('?'));
            assert_eq!(
                choices.len(),
                usize::from(question.choices()),
                "{question:?}"
            );
        }
    }

    #[test]
    fn where_it_hurts_in_plain_words() {
        use crate::scoring::Answers;
        let sentence = |sites: &[Site]| {
            let mut answers = Answers::default();
            for &site in sites {
                answers.set_intensity(site, 5).unwrap();
            }
            EN.where_it_hurts(&answers.pain_spread())
        };
        assert_eq!(sentence(&[]), "");
        assert_eq!(
            sentence(&[Site::ShoulderLeft]),
            "You marked pain in 1 of 5 body regions: on your left side, above the waist."
        );
        assert_eq!(
            sentence(&[Site::ShoulderLeft, Site::UpperLegRight, Site::Neck]),
            "You marked pain in 3 of 5 body regions: on both sides, above and below the waist, in your neck, back or chest."
        );
        // The jaw is on a side and above the waist, but not one of the 5 regions.
        assert!(sentence(&[Site::JawRight])
            .starts_with("You marked pain in 0 of 5 body regions: on your right side"));
    }

    #[test]
    fn month_year_names_the_month() {
        assert_eq!(EN.month_year((2026, 11)).as_deref(), Some("November 2026"));
        assert_eq!(EN.month_year((2026, 1)).as_deref(), Some("January 2026"));
        assert_eq!(EN.month_year((2026, 0)), None);
        assert_eq!(EN.month_year((2026, 13)), None);
    }
}
