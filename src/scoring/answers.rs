//! What a patient answers: marked sites with their pain, the symptom questions, and how long
//! symptoms have lasted. Values are checked on the way in, so a `Mark` or `Level` that exists is
//! valid.

use super::Site;
use std::fmt;

/// What the pain at a site feels like (optional, any number of them).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Quality {
    Aching,
    Burning,
    Stabbing,
    Throbbing,
    Tingling,
    Numb,
}

impl Quality {
    pub const ALL: [Quality; 6] = [
        Quality::Aching,
        Quality::Burning,
        Quality::Stabbing,
        Quality::Throbbing,
        Quality::Tingling,
        Quality::Numb,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Quality::Aching => "aching",
            Quality::Burning => "burning",
            Quality::Stabbing => "stabbing",
            Quality::Throbbing => "throbbing",
            Quality::Tingling => "tingling",
            Quality::Numb => "numb",
        }
    }

    pub fn from_id(id: &str) -> Option<Quality> {
        Quality::ALL.into_iter().find(|quality| quality.id() == id)
    }
}

/// Why an answer was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InvalidAnswer {
    Intensity(u8),
    Level(u8),
    /// A question (by id) and a choice it does not have.
    Choice(&'static str, u8),
}

impl fmt::Display for InvalidAnswer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InvalidAnswer::Intensity(value) => {
                write!(f, "pain intensity must be 0 to 10, not {value}")
            }
            InvalidAnswer::Level(value) => write!(f, "a symptom level must be 0 to 3, not {value}"),
            InvalidAnswer::Choice(question, choice) => {
                write!(f, "\"{question}\" has no choice {choice}")
            }
        }
    }
}

/// The patient's answer to "How much does it hurt?" for a marked site.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rating {
    /// 0–10.
    Pain(u8),
    /// "Not sure", chosen by the patient (until then a mark has no rating: a choice ticked for
    /// them would read as answered).
    NotSure,
}

/// A marked site: how much it hurts (if the patient answered) and what it feels like.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mark {
    rating: Option<Rating>,
    pub qualities: Vec<Quality>,
}

impl Mark {
    pub fn new(rating: Option<Rating>) -> Result<Mark, InvalidAnswer> {
        match rating {
            Some(Rating::Pain(value)) if value > 10 => Err(InvalidAnswer::Intensity(value)),
            _ => Ok(Mark {
                rating,
                qualities: Vec::new(),
            }),
        }
    }

    pub fn rating(&self) -> Option<Rating> {
        self.rating
    }

    /// How much it hurts, 0–10, if the patient said.
    pub fn intensity(&self) -> Option<u8> {
        match self.rating {
            Some(Rating::Pain(value)) => Some(value),
            _ => None,
        }
    }

    /// A mark counts as pain unless the patient set its intensity to 0 ("no pain").
    pub fn is_painful(&self) -> bool {
        self.intensity() != Some(0)
    }

    /// Adds or removes a quality; each is kept once, in a stable order.
    pub fn toggle(&mut self, quality: Quality) {
        match self.qualities.binary_search(&quality) {
            Ok(index) => {
                self.qualities.remove(index);
            }
            Err(index) => self.qualities.insert(index, quality),
        }
    }
}

/// A symptom level on the criteria's 0–3 scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Level(u8);

impl Level {
    pub const MAX: u8 = 3;

    pub fn new(value: u8) -> Result<Level, InvalidAnswer> {
        if value <= Self::MAX {
            Ok(Level(value))
        } else {
            Err(InvalidAnswer::Level(value))
        }
    }

    pub fn value(self) -> u8 {
        self.0
    }
}

/// The Symptom Severity Scale questions. `None` means not answered yet.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Symptoms {
    /// Over the past week: 0 no problem, 1 slight or mild, 2 moderate, 3 severe.
    pub fatigue: Option<Level>,
    pub waking_unrefreshed: Option<Level>,
    pub cognitive: Option<Level>,
    /// In the past 6 months: yes or no.
    pub headaches: Option<bool>,
    pub lower_abdomen_pain: Option<bool>,
    pub depression: Option<bool>,
}

/// How long symptoms have been present at a similar level.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Duration {
    UnderThreeMonths,
    ThreeToTwelveMonths,
    OverAYear,
}

impl Duration {
    pub fn at_least_three_months(self) -> bool {
        self != Duration::UnderThreeMonths
    }
}

/// The questions besides the map, in the order they are asked. Each answer is the number of the
/// choice: 0–3 for the symptom levels, 0 no / 1 yes, and 0–2 for how long (see [`Duration`]).
/// One table lets the view, the stored form and the summary treat them alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Question {
    Fatigue,
    WakingUnrefreshed,
    Cognitive,
    Headaches,
    LowerAbdomenPain,
    Depression,
    Duration,
}

impl Question {
    pub const ALL: [Question; 7] = [
        Question::Fatigue,
        Question::WakingUnrefreshed,
        Question::Cognitive,
        Question::Headaches,
        Question::LowerAbdomenPain,
        Question::Depression,
        Question::Duration,
    ];

    /// The stable id used in stored answers and element ids.
    pub fn id(self) -> &'static str {
        match self {
            Question::Fatigue => "fatigue",
            Question::WakingUnrefreshed => "waking-unrefreshed",
            Question::Cognitive => "cognitive",
            Question::Headaches => "headaches",
            Question::LowerAbdomenPain => "lower-abdomen-pain",
            Question::Depression => "depression",
            Question::Duration => "duration",
        }
    }

    pub fn from_id(id: &str) -> Option<Question> {
        Question::ALL
            .into_iter()
            .find(|question| question.id() == id)
    }

    /// How many choices it has.
    pub fn choices(self) -> u8 {
        match self {
            Question::Fatigue | Question::WakingUnrefreshed | Question::Cognitive => Level::MAX + 1,
            Question::Duration => 3,
            _ => 2,
        }
    }
}

const DURATIONS: [Duration; 3] = [
    Duration::UnderThreeMonths,
    Duration::ThreeToTwelveMonths,
    Duration::OverAYear,
];

/// The marked sites, one entry per site, in `Site` order. (A short sorted list: a `BTreeMap` here
/// cost over 4 KB gzip of wasm for at most 26 entries.)
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Marks(Vec<(Site, Mark)>);

impl Marks {
    fn position(&self, site: Site) -> Result<usize, usize> {
        self.0.binary_search_by_key(&site, |(known, _)| *known)
    }

    pub fn get(&self, site: &Site) -> Option<&Mark> {
        self.position(*site).ok().map(|index| &self.0[index].1)
    }

    pub fn contains_key(&self, site: &Site) -> bool {
        self.position(*site).is_ok()
    }

    /// The mark of `site`, added if missing.
    pub fn entry_or_default(&mut self, site: Site) -> &mut Mark {
        let index = self.position(site).unwrap_or_else(|index| {
            self.0.insert(index, (site, Mark::default()));
            index
        });
        &mut self.0[index].1
    }

    pub fn insert(&mut self, site: Site, mark: Mark) {
        *self.entry_or_default(site) = mark;
    }

    pub fn remove(&mut self, site: &Site) {
        if let Ok(index) = self.position(*site) {
            self.0.remove(index);
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (&Site, &Mark)> {
        self.0.iter().map(|(site, mark)| (site, mark))
    }

    pub fn keys(&self) -> impl Iterator<Item = &Site> {
        self.0.iter().map(|(site, _)| site)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// The one place marked differently in `other`, if only one is: what a change of one place
    /// (marked, unmarked, rated, a kind of pain) changed.
    pub fn only_difference(&self, other: &Marks) -> Option<Site> {
        let mut differ = Site::ALL
            .iter()
            .filter(|site| self.get(site) != other.get(site));
        match (differ.next(), differ.next()) {
            (Some(&site), None) => Some(site),
            _ => None,
        }
    }
}

/// Everything one patient has answered. Marks are keyed by site, so marking a site that shows on
/// both views of the body (or marking it twice) counts it once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    pub marks: Marks,
    pub symptoms: Symptoms,
    pub duration: Option<Duration>,
}

impl Answers {
    /// Marks a site (keeping its pain details if it was marked already).
    pub fn mark(&mut self, site: Site) {
        self.details(site);
    }

    /// The pain details of a site, marking it if it was not.
    pub fn details(&mut self, site: Site) -> &mut Mark {
        self.marks.entry_or_default(site)
    }

    pub fn unmark(&mut self, site: Site) {
        self.marks.remove(&site);
    }

    pub fn set_intensity(&mut self, site: Site, intensity: u8) -> Result<(), InvalidAnswer> {
        let checked = Mark::new(Some(Rating::Pain(intensity)))?;
        self.details(site).rating = checked.rating;
        Ok(())
    }

    /// "Not sure" how much `site` hurts: it stays marked, with what it feels like.
    pub fn not_sure(&mut self, site: Site) {
        self.details(site).rating = Some(Rating::NotSure);
    }

    /// The marked sites that count as painful.
    /// The answer to `question` (the choice's number), if given.
    pub fn answer(&self, question: Question) -> Option<u8> {
        let symptoms = &self.symptoms;
        let yes_no = |answer: Option<bool>| answer.map(u8::from);
        match question {
            Question::Fatigue => symptoms.fatigue.map(Level::value),
            Question::WakingUnrefreshed => symptoms.waking_unrefreshed.map(Level::value),
            Question::Cognitive => symptoms.cognitive.map(Level::value),
            Question::Headaches => yes_no(symptoms.headaches),
            Question::LowerAbdomenPain => yes_no(symptoms.lower_abdomen_pain),
            Question::Depression => yes_no(symptoms.depression),
            Question::Duration => self
                .duration
                .and_then(|duration| DURATIONS.iter().position(|&known| known == duration))
                .map(|index| index as u8),
        }
    }

    /// Answers `question` with choice number `choice`; a choice it does not have is refused.
    pub fn set_answer(&mut self, question: Question, choice: u8) -> Result<(), InvalidAnswer> {
        if choice >= question.choices() {
            return Err(InvalidAnswer::Choice(question.id(), choice));
        }
        let symptoms = &mut self.symptoms;
        let yes = choice == 1;
        match question {
            Question::Fatigue => symptoms.fatigue = Some(Level(choice)),
            Question::WakingUnrefreshed => symptoms.waking_unrefreshed = Some(Level(choice)),
            Question::Cognitive => symptoms.cognitive = Some(Level(choice)),
            Question::Headaches => symptoms.headaches = Some(yes),
            Question::LowerAbdomenPain => symptoms.lower_abdomen_pain = Some(yes),
            Question::Depression => symptoms.depression = Some(yes),
            Question::Duration => self.duration = Some(DURATIONS[usize::from(choice)]),
        }
        Ok(())
    }

    pub fn painful_sites(&self) -> impl Iterator<Item = Site> + '_ {
        self.marks
            .iter()
            .filter(|(_, mark)| mark.is_painful())
            .map(|(site, _)| *site)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_of_all_follow_the_variants_order() {
        // Strings tables are indexed by `variant as usize`.
        for (index, question) in Question::ALL.into_iter().enumerate() {
            assert_eq!(question as usize, index);
        }
        for (index, quality) in Quality::ALL.into_iter().enumerate() {
            assert_eq!(quality as usize, index);
        }
        for (index, &site) in Site::ALL.iter().enumerate() {
            assert_eq!(site as usize, index);
        }
    }

    #[test]
    fn every_question_keeps_each_of_its_choices_and_refuses_others() {
        let mut answers = Answers::default();
        for question in Question::ALL {
            assert_eq!(Question::from_id(question.id()), Some(question));
            assert_eq!(answers.answer(question), None);
            for choice in 0..question.choices() {
                answers.set_answer(question, choice).unwrap();
                assert_eq!(answers.answer(question), Some(choice), "{question:?}");
            }
            let before = answers.clone();
            let too_far = question.choices();
            assert_eq!(
                answers.set_answer(question, too_far),
                Err(InvalidAnswer::Choice(question.id(), too_far))
            );
            assert_eq!(answers, before, "a refused choice changes nothing");
        }
        assert_eq!(Question::from_id("mood"), None);
        // The table and the scored fields are the same thing.
        assert_eq!(answers.symptoms.fatigue, Some(Level(3)));
        assert_eq!(answers.symptoms.depression, Some(true));
        assert_eq!(answers.duration, Some(Duration::OverAYear));
        assert!(answers.scores().sss_complete);
    }

    #[test]
    fn out_of_range_values_are_refused() {
        assert_eq!(
            Mark::new(Some(Rating::Pain(11))),
            Err(InvalidAnswer::Intensity(11))
        );
        assert!(Mark::new(Some(Rating::Pain(10))).is_ok() && Mark::new(None).is_ok());
        assert_eq!(Level::new(4), Err(InvalidAnswer::Level(4)));
        assert_eq!(Level::new(3).map(Level::value), Ok(3));
        let mut answers = Answers::default();
        assert_eq!(
            answers.set_intensity(Site::Neck, 255),
            Err(InvalidAnswer::Intensity(255))
        );
        assert!(answers.marks.is_empty(), "a refused value leaves no mark");
        assert_eq!(
            InvalidAnswer::Intensity(12).to_string(),
            "pain intensity must be 0 to 10, not 12"
        );
    }

    #[test]
    fn marking_twice_keeps_one_mark_and_its_details() {
        let mut answers = Answers::default();
        answers.set_intensity(Site::ShoulderLeft, 6).unwrap();
        answers.mark(Site::ShoulderLeft);
        assert_eq!(answers.marks.len(), 1);
        assert_eq!(
            answers.marks.get(&Site::ShoulderLeft).unwrap().intensity(),
            Some(6)
        );
        answers.unmark(Site::ShoulderLeft);
        assert!(answers.marks.is_empty());
    }

    #[test]
    fn marks_stay_in_site_order() {
        let mut answers = Answers::default();
        for site in [Site::Neck, Site::JawLeft, Site::FootRight, Site::Neck] {
            answers.mark(site);
        }
        assert_eq!(
            answers.marks.keys().copied().collect::<Vec<_>>(),
            [Site::JawLeft, Site::Neck, Site::FootRight]
        );
        answers.unmark(Site::JawLeft);
        assert_eq!(answers.marks.len(), 2);
        assert!(
            !answers.marks.contains_key(&Site::JawLeft)
                && answers.marks.get(&Site::JawLeft).is_none()
        );
    }

    #[test]
    fn only_difference_names_the_one_place_changed() {
        let mut before = Answers::default();
        before.set_intensity(Site::Neck, 6).unwrap();
        let mut after = before.clone();
        assert_eq!(before.marks.only_difference(&after.marks), None);
        after.details(Site::Neck).toggle(Quality::Burning);
        assert_eq!(before.marks.only_difference(&after.marks), Some(Site::Neck));
        after.mark(Site::Chest);
        assert_eq!(
            before.marks.only_difference(&after.marks),
            None,
            "two places"
        );
        assert_eq!(
            Marks::default().only_difference(&before.marks),
            Some(Site::Neck),
            "and one only marked on one side"
        );
    }

    #[test]
    fn intensity_zero_is_not_pain() {
        let mut answers = Answers::default();
        answers.set_intensity(Site::Neck, 0).unwrap();
        answers.mark(Site::Chest);
        assert_eq!(answers.painful_sites().collect::<Vec<_>>(), [Site::Chest]);
    }

    #[test]
    fn not_sure_how_much_keeps_what_it_feels_like() {
        let mut answers = Answers::default();
        answers.set_intensity(Site::Neck, 6).unwrap();
        answers.details(Site::Neck).toggle(Quality::Burning);
        answers.not_sure(Site::Neck);
        let neck = answers.marks.get(&Site::Neck).unwrap();
        assert_eq!(
            (neck.rating(), neck.intensity(), &neck.qualities[..]),
            (Some(Rating::NotSure), None, &[Quality::Burning][..])
        );
        assert!(neck.is_painful());
        answers.not_sure(Site::Chest);
        assert!(
            answers.marks.contains_key(&Site::Chest),
            "and marks a place not marked yet"
        );
        // A place only marked has no answer yet: "Not sure" is the patient's to choose.
        answers.mark(Site::LowerBack);
        assert_eq!(answers.marks.get(&Site::LowerBack).unwrap().rating(), None);
    }

    #[test]
    fn qualities_toggle_once_each_in_order() {
        let mut mark = Mark::default();
        for quality in [
            Quality::Tingling,
            Quality::Aching,
            Quality::Tingling,
            Quality::Burning,
        ] {
            mark.toggle(quality);
        }
        assert_eq!(mark.qualities, [Quality::Aching, Quality::Burning]);
        assert_eq!(Quality::from_id("numb"), Some(Quality::Numb));
        assert_eq!(Quality::from_id("sore"), None);
    }

    #[test]
    fn the_symptom_score_is_complete_only_when_all_six_are_answered() {
        let mut answers = Answers {
            symptoms: Symptoms {
                fatigue: Some(Level::new(2).unwrap()),
                waking_unrefreshed: Some(Level::new(0).unwrap()),
                cognitive: Some(Level::new(1).unwrap()),
                headaches: Some(false),
                lower_abdomen_pain: Some(false),
                depression: None,
            },
            ..Answers::default()
        };
        assert!(!answers.scores().sss_complete);
        answers.symptoms.depression = Some(false);
        assert!(answers.scores().sss_complete);
    }
}
