//! The body sites a patient can mark: the 19 Widespread Pain Index (WPI) sites of the ACR
//! 2010/2016 criteria, and a few extra areas patients ask for, which are not counted.

/// Which side of the patient's own body (never the viewer's).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Side {
    Left,
    Right,
    Middle,
}

/// The five regions of the 2016 generalised-pain rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Region {
    LeftUpper,
    RightUpper,
    LeftLower,
    RightLower,
    Axial,
}

impl Region {
    pub const ALL: [Region; 5] = [
        Region::LeftUpper,
        Region::RightUpper,
        Region::LeftLower,
        Region::RightLower,
        Region::Axial,
    ];
}

macro_rules! sites {
    ($($site:ident = $id:literal, $side:ident, $region:expr, $scored:expr, $generalised:expr, $waist:expr;)*) => {
        /// A body site. `id` is stable: stored answers and exports use it.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Site { $($site),* }

        impl Site {
            /// Every site: the 19 WPI sites first, then the extra areas.
            pub const ALL: &'static [Site] = &[$(Site::$site),*];

            pub fn id(self) -> &'static str {
                match self { $(Site::$site => $id),* }
            }

            pub fn from_id(id: &str) -> Option<Site> {
                Site::ALL.iter().copied().find(|site| site.id() == id)
            }

            pub fn side(self) -> Side {
                match self { $(Site::$site => Side::$side),* }
            }

            /// The generalised-pain region the site belongs to (`None` for extra areas).
            pub fn region(self) -> Option<Region> {
                match self { $(Site::$site => $region),* }
            }

            /// Counted in the Widespread Pain Index.
            pub fn is_scored(self) -> bool {
                match self { $(Site::$site => $scored),* }
            }

            /// Counts towards generalised pain. Jaw, chest and abdomen do not, although they
            /// are WPI sites (2016 revision).
            pub fn counts_for_generalised_pain(self) -> bool {
                match self { $(Site::$site => $generalised),* }
            }

            /// Above (`Some(true)`) or below (`Some(false)`) the waist, for the 1990 description;
            /// `None` for sites that straddle it or are not scored.
            pub fn above_waist(self) -> Option<bool> {
                match self { $(Site::$site => $waist),* }
            }
        }
    };
}

use Region::*;
sites! {
    JawLeft = "jaw-left", Left, Some(LeftUpper), true, false, Some(true);
    JawRight = "jaw-right", Right, Some(RightUpper), true, false, Some(true);
    ShoulderLeft = "shoulder-left", Left, Some(LeftUpper), true, true, Some(true);
    ShoulderRight = "shoulder-right", Right, Some(RightUpper), true, true, Some(true);
    UpperArmLeft = "upper-arm-left", Left, Some(LeftUpper), true, true, Some(true);
    UpperArmRight = "upper-arm-right", Right, Some(RightUpper), true, true, Some(true);
    LowerArmLeft = "lower-arm-left", Left, Some(LeftUpper), true, true, Some(true);
    LowerArmRight = "lower-arm-right", Right, Some(RightUpper), true, true, Some(true);
    HipLeft = "hip-left", Left, Some(LeftLower), true, true, Some(false);
    HipRight = "hip-right", Right, Some(RightLower), true, true, Some(false);
    UpperLegLeft = "upper-leg-left", Left, Some(LeftLower), true, true, Some(false);
    UpperLegRight = "upper-leg-right", Right, Some(RightLower), true, true, Some(false);
    LowerLegLeft = "lower-leg-left", Left, Some(LeftLower), true, true, Some(false);
    LowerLegRight = "lower-leg-right", Right, Some(RightLower), true, true, Some(false);
    Neck = "neck", Middle, Some(Axial), true, true, Some(true);
    UpperBack = "upper-back", Middle, Some(Axial), true, true, Some(true);
    LowerBack = "lower-back", Middle, Some(Axial), true, true, Some(false);
    Chest = "chest", Middle, Some(Axial), true, false, Some(true);
    Abdomen = "abdomen", Middle, Some(Axial), true, false, None;
    Head = "head", Middle, None, false, false, None;
    HandLeft = "hand-left", Left, None, false, false, None;
    HandRight = "hand-right", Right, None, false, false, None;
    KneeLeft = "knee-left", Left, None, false, false, None;
    KneeRight = "knee-right", Right, None, false, false, None;
    FootLeft = "foot-left", Left, None, false, false, None;
    FootRight = "foot-right", Right, None, false, false, None;
}

impl Site {
    /// Head to toe, each part of the body together: the order a patient looks for a place in (the
    /// list of places, the summary). `ALL` keeps the criteria form's order, by region, for the
    /// clinician: there the neck comes after the legs and the head last.
    pub const HEAD_TO_TOE: [Site; 26] = [
        Site::Head,
        Site::JawLeft,
        Site::JawRight,
        Site::Neck,
        Site::ShoulderLeft,
        Site::ShoulderRight,
        Site::UpperArmLeft,
        Site::UpperArmRight,
        Site::LowerArmLeft,
        Site::LowerArmRight,
        Site::HandLeft,
        Site::HandRight,
        Site::Chest,
        Site::Abdomen,
        Site::UpperBack,
        Site::LowerBack,
        Site::HipLeft,
        Site::HipRight,
        Site::UpperLegLeft,
        Site::UpperLegRight,
        Site::KneeLeft,
        Site::KneeRight,
        Site::LowerLegLeft,
        Site::LowerLegRight,
        Site::FootLeft,
        Site::FootRight,
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn there_are_19_scored_sites_and_the_rest_are_extra() {
        let scored: Vec<Site> = Site::ALL
            .iter()
            .copied()
            .filter(|site| site.is_scored())
            .collect();
        assert_eq!(scored.len(), 19);
        assert_eq!(
            &Site::ALL[..19],
            scored.as_slice(),
            "scored sites come first"
        );
        for site in &Site::ALL[19..] {
            assert_eq!(
                (site.region(), site.counts_for_generalised_pain()),
                (None, false),
                "{site:?}"
            );
        }
    }

    #[test]
    fn ids_are_unique_and_round_trip() {
        let mut ids: Vec<&str> = Site::ALL.iter().map(|site| site.id()).collect();
        for site in Site::ALL {
            assert_eq!(Site::from_id(site.id()), Some(*site));
        }
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), Site::ALL.len());
        assert_eq!(Site::from_id("shoulder"), None);
    }

    #[test]
    fn regions_follow_the_2016_revision() {
        let members = |region| -> Vec<&str> {
            Site::ALL
                .iter()
                .filter(|site| site.region() == Some(region))
                .map(|site| site.id())
                .collect()
        };
        assert_eq!(
            members(Region::LeftUpper),
            [
                "jaw-left",
                "shoulder-left",
                "upper-arm-left",
                "lower-arm-left"
            ]
        );
        assert_eq!(
            members(Region::RightLower),
            ["hip-right", "upper-leg-right", "lower-leg-right"]
        );
        assert_eq!(
            members(Region::Axial),
            ["neck", "upper-back", "lower-back", "chest", "abdomen"]
        );
        let excluded: Vec<&str> = Site::ALL
            .iter()
            .filter(|site| site.is_scored() && !site.counts_for_generalised_pain())
            .map(|site| site.id())
            .collect();
        assert_eq!(excluded, ["jaw-left", "jaw-right", "chest", "abdomen"]);
    }

    #[test]
    fn head_to_toe_has_every_site_once() {
        let mut ordered = Site::HEAD_TO_TOE.to_vec();
        ordered.sort();
        assert_eq!(ordered, Site::ALL);
    }

    #[test]
    fn sides_are_the_patients_own() {
        for site in Site::ALL {
            let id = site.id();
            let expected = if id.ends_with("-left") {
                Side::Left
            } else if id.ends_with("-right") {
                Side::Right
            } else {
                Side::Middle
            };
            assert_eq!(site.side(), expected, "{id}");
        }
    }
}
