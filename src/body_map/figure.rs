//! The body figure: where each site sits on the front and back views (SVG user units, each view
//! 160 × 380). Drawn by us from simple shapes. The front view shows the patient facing us, so
//! their right side is on our left; the back view shows their back, so their left is on our left.

use crate::scoring::Site;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum View {
    Front,
    Back,
}

impl View {
    pub fn id(self) -> &'static str {
        match self {
            View::Front => "front",
            View::Back => "back",
        }
    }
}

/// A site's clickable area: an ellipse. Whole SVG units: printing them then needs no float
/// formatting code in the wasm.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Area {
    pub site: Site,
    pub cx: i16,
    pub cy: i16,
    pub rx: i16,
    pub ry: i16,
}

pub const WIDTH: i16 = 160;
pub const HEIGHT: i16 = 380;
/// The SVG `viewBox` of one figure: 14 units above it for the "your left / your right" labels.
pub const VIEW_BOX: &str = "0 -14 160 394";

/// `x` of a site on the viewer's left for the patient's right (front) — mirrored on the back.
const fn area(site: Site, cx: i16, cy: i16, rx: i16, ry: i16) -> Area {
    Area {
        site,
        cx,
        cy,
        rx,
        ry,
    }
}

use Site::*;

/// The front view, listed top to bottom.
pub const FRONT: &[Area] = &[
    area(Head, 80, 28, 17, 19),
    area(JawRight, 70, 50, 9, 7),
    area(JawLeft, 90, 50, 9, 7),
    area(Neck, 80, 66, 10, 7),
    area(ShoulderRight, 52, 82, 14, 10),
    area(ShoulderLeft, 108, 82, 14, 10),
    area(Chest, 80, 104, 21, 15),
    area(UpperArmRight, 37, 118, 9, 22),
    area(UpperArmLeft, 123, 118, 9, 22),
    area(Abdomen, 80, 145, 20, 18),
    area(LowerArmRight, 33, 168, 8, 22),
    area(LowerArmLeft, 127, 168, 8, 22),
    area(HipRight, 64, 186, 13, 11),
    area(HipLeft, 96, 186, 13, 11),
    area(HandRight, 31, 205, 9, 10),
    area(HandLeft, 129, 205, 9, 10),
    area(UpperLegRight, 65, 232, 12, 28),
    area(UpperLegLeft, 95, 232, 12, 28),
    area(KneeRight, 65, 272, 10, 9),
    area(KneeLeft, 95, 272, 10, 9),
    area(LowerLegRight, 65, 312, 10, 28),
    area(LowerLegLeft, 95, 312, 10, 28),
    area(FootRight, 62, 356, 12, 8),
    area(FootLeft, 98, 356, 12, 8),
];

/// The back view: the patient's left is on our left. Jaw, chest, abdomen and knees are on the
/// front only; the upper and lower back, on the back only.
pub const BACK: &[Area] = &[
    area(Head, 80, 28, 17, 19),
    area(Neck, 80, 60, 10, 9),
    area(ShoulderLeft, 52, 82, 14, 10),
    area(ShoulderRight, 108, 82, 14, 10),
    area(UpperBack, 80, 108, 21, 18),
    area(UpperArmLeft, 37, 118, 9, 22),
    area(UpperArmRight, 123, 118, 9, 22),
    area(LowerBack, 80, 152, 20, 15),
    area(LowerArmLeft, 33, 168, 8, 22),
    area(LowerArmRight, 127, 168, 8, 22),
    area(HipLeft, 64, 190, 14, 13),
    area(HipRight, 96, 190, 14, 13),
    area(HandLeft, 31, 205, 9, 10),
    area(HandRight, 129, 205, 9, 10),
    area(UpperLegLeft, 65, 236, 12, 27),
    area(UpperLegRight, 95, 236, 12, 27),
    area(LowerLegLeft, 65, 312, 10, 30),
    area(LowerLegRight, 95, 312, 10, 30),
    area(FootLeft, 62, 356, 12, 8),
    area(FootRight, 98, 356, 12, 8),
];

pub fn areas(view: View) -> &'static [Area] {
    match view {
        View::Front => FRONT,
        View::Back => BACK,
    }
}

/// The silhouette both views share: head, neck, torso, arms, legs (rounded rectangles), as
/// `(x, y, width, height, corner radius)`.
pub const SILHOUETTE: &[(i16, i16, i16, i16, i16)] = &[
    (63, 8, 34, 42, 17),
    (72, 48, 16, 24, 6),
    (46, 70, 68, 132, 22),
    (25, 78, 22, 140, 11),
    (113, 78, 22, 140, 11),
    (52, 180, 26, 170, 12),
    (82, 180, 26, 170, 12),
    (48, 346, 30, 18, 9),
    (82, 346, 30, 18, 9),
];

/// A place's state for the stylesheet (`.pg-site[data-state~=marked]`), as space-separated words.
/// Not classes: a `class={…}` that is not a literal goes through Yew's `Classes`, an ordered hash
/// set, which cost 1.6 KB gzip of wasm and a hash set per place per render.
pub fn place_state<const N: usize>(words: [(bool, &'static str); N]) -> String {
    let applying = words.into_iter().filter(|&(applies, _)| applies);
    applying.map(|(_, word)| word).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_state_lists_the_words_that_apply() {
        let state = place_state([(true, "marked"), (false, "extra"), (true, "active")]);
        assert_eq!(state, "marked active");
        assert_eq!(place_state([(false, "marked")]), "");
    }

    #[test]
    fn the_view_box_fits_the_figure_and_its_side_labels() {
        assert_eq!(VIEW_BOX, format!("0 -14 {WIDTH} {}", HEIGHT + 14));
    }

    #[test]
    fn every_scored_site_can_be_marked_on_some_view_and_each_view_lists_a_site_once() {
        for site in Site::ALL {
            assert!(
                FRONT.iter().chain(BACK).any(|area| area.site == *site),
                "{site:?} is on no view"
            );
        }
        for view in [FRONT, BACK] {
            let mut sites: Vec<Site> = view.iter().map(|area| area.site).collect();
            sites.sort();
            sites.dedup();
            assert_eq!(sites.len(), view.len());
        }
    }

    #[test]
    fn left_and_right_are_the_patients_own_on_each_view() {
        use crate::scoring::Side;
        let x = |view: &[Area], site| view.iter().find(|area| area.site == site).unwrap().cx;
        for area in FRONT.iter().filter(|area| area.site.side() != Side::Middle) {
            // Facing us: the patient's left is on our right.
            assert_eq!(
                area.cx > WIDTH / 2,
                area.site.side() == Side::Left,
                "{:?}",
                area.site
            );
        }
        for area in BACK.iter().filter(|area| area.site.side() != Side::Middle) {
            assert_eq!(
                area.cx < WIDTH / 2,
                area.site.side() == Side::Left,
                "{:?}",
                area.site
            );
        }
        assert!(x(FRONT, ShoulderLeft) > x(FRONT, ShoulderRight));
        assert!(x(BACK, ShoulderLeft) < x(BACK, ShoulderRight));
    }

    #[test]
    fn areas_stay_inside_the_view() {
        for area in FRONT.iter().chain(BACK) {
            assert!(
                area.cx - area.rx >= 0 && area.cx + area.rx <= WIDTH,
                "{:?}",
                area.site
            );
            assert!(
                area.cy - area.ry >= 0 && area.cy + area.ry <= HEIGHT,
                "{:?}",
                area.site
            );
        }
    }
}
