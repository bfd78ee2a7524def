//! The scores, computed from [`Answers`]. See Wolfe F, et al. 2016 Revisions to the 2010/2011
//! fibromyalgia diagnostic criteria. Semin Arthritis Rheum. 2016;46(3):319-329.

use super::{Answers, Region, Side, Site};

/// Fibromyalgia Severity (WPI + SSS, 0–31) category.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    None,
    Mild,
    Moderate,
    Severe,
    VerySevere,
}

impl Category {
    /// 0–3 none, 4–7 mild, 8–11 moderate, 12–19 severe, 20–31 very severe.
    pub fn of(severity: u8) -> Category {
        match severity {
            0..=3 => Category::None,
            4..=7 => Category::Mild,
            8..=11 => Category::Moderate,
            12..=19 => Category::Severe,
            _ => Category::VerySevere,
        }
    }
}

/// The 2016 criteria as a self-report screen (for the clinician summary only).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Criteria2016 {
    Met,
    NotMet,
    /// Unanswered questions could still change the result.
    Incomplete,
}

/// The 1990 description of widespread pain, in plain parts a patient can read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Widespread1990 {
    pub left_side: bool,
    pub right_side: bool,
    pub above_waist: bool,
    pub below_waist: bool,
    /// Along the spine or the front of the chest: which of its parts hurt.
    pub axial: Axial,
}

/// The axial places the 1990 description names, as a patient would: the upper and lower back
/// are one back.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Axial {
    pub neck: bool,
    pub back: bool,
    pub chest: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scores {
    /// Widespread Pain Index, 0–19.
    pub wpi: u8,
    /// Generalised-pain regions with pain, 0–5 (jaw, chest and abdomen do not count).
    pub generalised_regions: u8,
    /// Symptom Severity Scale, 0–12 (the answered part, if incomplete).
    pub sss: u8,
    pub sss_complete: bool,
    /// Fibromyalgia Severity, WPI + SSS, 0–31.
    pub severity: u8,
    pub category: Category,
    pub criteria_2016: Criteria2016,
    pub widespread_1990: Widespread1990,
}

impl Scores {
    /// At least 4 of the 5 regions.
    pub fn generalised_pain(&self) -> bool {
        self.generalised_regions >= 4
    }
}

/// Where the pain is, from the map alone: what the patient's own summary describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PainSpread {
    /// Widespread Pain Index, 0–19.
    pub wpi: u8,
    /// Generalised-pain regions with pain, 0–5 (jaw, chest and abdomen do not count).
    pub generalised_regions: u8,
    /// The jaw, chest or abdomen hurts: places of the index that are in none of the 5 regions.
    pub outside_regions: bool,
    /// The head, a hand, a knee or a foot hurts: places that are in none of the 19 of the index.
    pub outside_areas: bool,
    pub widespread_1990: Widespread1990,
}

impl Answers {
    pub fn pain_spread(&self) -> PainSpread {
        let painful: Vec<Site> = self.painful_sites().collect();
        PainSpread {
            wpi: painful.iter().filter(|site| site.is_scored()).count() as u8,
            generalised_regions: Region::ALL
                .iter()
                .filter(|&&region| {
                    painful.iter().any(|site| {
                        site.counts_for_generalised_pain() && site.region() == Some(region)
                    })
                })
                .count() as u8,
            outside_regions: painful
                .iter()
                .any(|site| site.is_scored() && !site.counts_for_generalised_pain()),
            outside_areas: painful.iter().any(|site| !site.is_scored()),
            widespread_1990: widespread_1990(&painful),
        }
    }

    pub fn scores(&self) -> Scores {
        let PainSpread {
            wpi,
            generalised_regions,
            widespread_1990,
            ..
        } = self.pain_spread();

        let symptoms = &self.symptoms;
        let levels = [
            symptoms.fatigue,
            symptoms.waking_unrefreshed,
            symptoms.cognitive,
        ];
        let yes_no = [
            symptoms.headaches,
            symptoms.lower_abdomen_pain,
            symptoms.depression,
        ];
        let sss = levels
            .iter()
            .flatten()
            .map(|level| level.value())
            .sum::<u8>()
            + yes_no.iter().flatten().filter(|&&yes| yes).count() as u8;
        // The most the unanswered questions could still add.
        let sss_open = levels.iter().filter(|level| level.is_none()).count() as u8 * 3
            + yes_no.iter().filter(|answer| answer.is_none()).count() as u8;
        let severity = wpi + sss;

        let criteria_2016 =
            criteria_2016(wpi, generalised_regions >= 4, sss, sss_open, self.duration);
        Scores {
            wpi,
            generalised_regions,
            sss,
            sss_complete: sss_open == 0,
            severity,
            category: Category::of(severity),
            criteria_2016,
            widespread_1990,
        }
    }
}

/// WPI ≥ 7 and SSS ≥ 5, or WPI 4–6 and SSS ≥ 9; generalised pain; symptoms for ≥ 3 months.
fn criteria_2016(
    wpi: u8,
    generalised: bool,
    sss: u8,
    sss_open: u8,
    duration: Option<super::Duration>,
) -> Criteria2016 {
    let severity_met = |sss: u8| (wpi >= 7 && sss >= 5) || ((4..=6).contains(&wpi) && sss >= 9);
    if !generalised
        || !severity_met(sss + sss_open)
        || duration.is_some_and(|d| !d.at_least_three_months())
    {
        return Criteria2016::NotMet;
    }
    if !severity_met(sss) || duration.is_none() {
        return Criteria2016::Incomplete;
    }
    Criteria2016::Met
}

fn widespread_1990(painful: &[Site]) -> Widespread1990 {
    let any =
        |test: &dyn Fn(Site) -> bool| painful.iter().any(|&site| site.is_scored() && test(site));
    Widespread1990 {
        left_side: any(&|site| site.side() == Side::Left),
        right_side: any(&|site| site.side() == Side::Right),
        above_waist: any(&|site| site.above_waist() == Some(true)),
        below_waist: any(&|site| site.above_waist() == Some(false)),
        axial: Axial {
            neck: any(&|site| site == Site::Neck),
            back: any(&|site| matches!(site, Site::UpperBack | Site::LowerBack)),
            chest: any(&|site| site == Site::Chest),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Duration, Level, Symptoms};
    use super::*;

    fn answers(sites: &[Site], sss: [u8; 6], duration: Option<Duration>) -> Answers {
        let mut answers = Answers {
            duration,
            ..Answers::default()
        };
        for &site in sites {
            answers.mark(site);
        }
        let level = |value| Some(Level::new(value).unwrap());
        answers.symptoms = Symptoms {
            fatigue: level(sss[0]),
            waking_unrefreshed: level(sss[1]),
            cognitive: level(sss[2]),
            headaches: Some(sss[3] == 1),
            lower_abdomen_pain: Some(sss[4] == 1),
            depression: Some(sss[5] == 1),
        };
        answers
    }

    use Site::*;
    /// One scored site in each of the 5 regions: generalised pain, WPI 5.
    const FIVE_REGIONS: [Site; 5] = [ShoulderLeft, ShoulderRight, HipLeft, HipRight, Neck];

    #[test]
    fn wpi_counts_scored_sites_once_and_ignores_extra_areas() {
        let mut all = answers(Site::ALL, [0; 6], None);
        assert_eq!(all.scores().wpi, 19);
        all.mark(Neck); // again
        assert_eq!(all.scores().wpi, 19);
        let extras = answers(&[Head, HandLeft, KneeRight, FootLeft], [0; 6], None);
        assert_eq!(
            (extras.scores().wpi, extras.scores().generalised_regions),
            (0, 0)
        );
    }

    #[test]
    fn jaw_chest_and_abdomen_do_not_make_pain_generalised() {
        // Five WPI sites touching all five regions, but only through excluded sites for two of them.
        let trap = answers(
            &[JawLeft, JawRight, HipLeft, HipRight, Chest, Abdomen],
            [0; 6],
            None,
        );
        let scores = trap.scores();
        assert_eq!(scores.wpi, 6);
        assert_eq!(
            scores.generalised_regions, 2,
            "only the two lower regions count"
        );
        assert!(!scores.generalised_pain());
        let real = answers(&FIVE_REGIONS, [0; 6], None).scores();
        assert_eq!(real.generalised_regions, 5);
        let four = answers(
            &[ShoulderLeft, ShoulderRight, HipLeft, Neck, JawRight],
            [0; 6],
            None,
        )
        .scores();
        assert_eq!(
            (four.generalised_regions, four.generalised_pain()),
            (4, true)
        );
    }

    #[test]
    fn sss_adds_the_three_scales_and_the_three_yes_no_answers() {
        assert_eq!(answers(&[], [3, 3, 3, 1, 1, 1], None).scores().sss, 12);
        assert_eq!(answers(&[], [2, 0, 1, 0, 1, 0], None).scores().sss, 4);
        let unanswered = Answers::default().scores();
        assert_eq!((unanswered.sss, unanswered.sss_complete), (0, false));
    }

    #[test]
    fn severity_categories_at_their_boundaries() {
        for (severity, category) in [
            (0, Category::None),
            (3, Category::None),
            (4, Category::Mild),
            (7, Category::Mild),
            (8, Category::Moderate),
            (11, Category::Moderate),
            (12, Category::Severe),
            (19, Category::Severe),
            (20, Category::VerySevere),
            (31, Category::VerySevere),
        ] {
            assert_eq!(Category::of(severity), category, "{severity}");
        }
        let scores = answers(&Site::ALL[..19], [3, 3, 3, 1, 1, 1], None).scores();
        assert_eq!(
            (scores.severity, scores.category),
            (31, Category::VerySevere)
        );
    }

    fn screen(sites: &[Site], sss: [u8; 6], duration: Option<Duration>) -> Criteria2016 {
        answers(sites, sss, duration).scores().criteria_2016
    }

    #[test]
    fn criteria_2016_at_their_boundaries() {
        let long = Some(Duration::OverAYear);
        let seven = [FIVE_REGIONS.as_slice(), &[UpperArmLeft, UpperArmRight]].concat();
        // WPI 7: SSS 5 meets, SSS 4 does not.
        assert_eq!(screen(&seven, [2, 2, 1, 0, 0, 0], long), Criteria2016::Met);
        assert_eq!(
            screen(&seven, [2, 1, 1, 0, 0, 0], long),
            Criteria2016::NotMet
        );
        // WPI 4–6 needs SSS 9.
        let six = &seven[..6];
        assert_eq!(screen(six, [3, 3, 2, 1, 0, 0], long), Criteria2016::Met);
        assert_eq!(screen(six, [3, 3, 2, 0, 0, 0], long), Criteria2016::NotMet);
        let four = [ShoulderLeft, ShoulderRight, HipLeft, Neck];
        assert_eq!(screen(&four, [3, 3, 3, 0, 0, 0], long), Criteria2016::Met);
        // WPI 3 never meets, whatever the SSS.
        assert_eq!(
            screen(&four[..3], [3, 3, 3, 1, 1, 1], long),
            Criteria2016::NotMet
        );
        // Not generalised: high scores are not enough.
        let trap = [
            JawLeft,
            JawRight,
            Chest,
            Abdomen,
            HipLeft,
            HipRight,
            UpperLegLeft,
            UpperLegRight,
        ];
        assert_eq!(
            screen(&trap, [3, 3, 3, 1, 1, 1], long),
            Criteria2016::NotMet
        );
        // Under three months does not meet; 3–12 months does.
        assert_eq!(
            screen(&seven, [3, 3, 3, 1, 1, 1], Some(Duration::UnderThreeMonths)),
            Criteria2016::NotMet
        );
        assert_eq!(
            screen(
                &seven,
                [3, 3, 3, 1, 1, 1],
                Some(Duration::ThreeToTwelveMonths)
            ),
            Criteria2016::Met
        );
    }

    #[test]
    fn unanswered_questions_make_the_screen_incomplete_only_when_they_could_change_it() {
        let seven = [FIVE_REGIONS.as_slice(), &[UpperArmLeft, UpperArmRight]].concat();
        let mut open = answers(&seven, [0; 6], Some(Duration::OverAYear));
        open.symptoms = Symptoms::default();
        assert_eq!(open.scores().criteria_2016, Criteria2016::Incomplete);
        assert_eq!(
            screen(&seven, [3, 3, 3, 1, 1, 1], None),
            Criteria2016::Incomplete,
            "duration unknown"
        );
        // Too few sites: no answer could change it.
        let mut few = answers(&[Neck], [0; 6], None);
        few.symptoms = Symptoms::default();
        assert_eq!(few.scores().criteria_2016, Criteria2016::NotMet);
    }

    #[test]
    fn widespread_1990_reads_sides_waist_and_spine() {
        let scores = answers(&[ShoulderLeft, HipRight, LowerBack], [0; 6], None).scores();
        assert_eq!(
            scores.widespread_1990,
            Widespread1990 {
                left_side: true,
                right_side: true,
                above_waist: true,
                below_waist: true,
                axial: Axial {
                    neck: false,
                    back: true,
                    chest: false
                }
            }
        );
        let upper_only = answers(&[ShoulderLeft, ShoulderRight, Neck, Chest], [0; 6], None)
            .scores()
            .widespread_1990;
        assert!(!upper_only.below_waist);
        assert_eq!(
            upper_only.axial,
            Axial {
                neck: true,
                back: false,
                chest: true
            }
        );
        let abdomen = answers(&[Abdomen], [0; 6], None).scores().widespread_1990;
        assert_eq!(
            abdomen,
            Widespread1990::default(),
            "the abdomen straddles the waist and is not axial"
        );
        let extras = answers(&[HandLeft, FootRight], [0; 6], None)
            .scores()
            .widespread_1990;
        assert_eq!(
            extras,
            Widespread1990::default(),
            "extra areas are not counted"
        );
    }
}
