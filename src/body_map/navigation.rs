//! Arrow-key movement between sites on one view: the nearest site in the direction pressed, as
//! the patient sees the picture (so "left" is towards the left of the screen); and the number
//! keys, which say how much a place hurts.

use super::figure::{areas, View, WIDTH};
use crate::scoring::Site;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    Left,
    Right,
}

impl Direction {
    pub fn from_key(key: &str) -> Option<Direction> {
        match key {
            "ArrowUp" => Some(Direction::Up),
            "ArrowDown" => Some(Direction::Down),
            "ArrowLeft" => Some(Direction::Left),
            "ArrowRight" => Some(Direction::Right),
            _ => None,
        }
    }
}

/// One marked-or-not place on the picture: a site as drawn on one view. (Sites such as the
/// shoulders are drawn on both views; either cell marks the same site.)
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Cell {
    pub view: View,
    pub site: Site,
}

/// How the patient is looking at the map; kept by the widget, so it is as they left it when they
/// come back from reading.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MapView {
    /// The list instead of the figures.
    pub as_list: bool,
    /// The place selected on a figure.
    pub active: Option<Cell>,
    /// On narrow screens, where one figure shows at a time: the back one.
    pub back: bool,
}

impl MapView {
    /// The view in one small number, for the loader to carry through a change of language: a
    /// bit each for the list, the back figure and the selected cell's view, and above them the
    /// cell's site plus one (a number, not names: reading names back cost half a kilobyte).
    pub fn code(self) -> u8 {
        let active = self.active.map_or(0, |cell| {
            u8::from(cell.view == View::Back) << 2 | (cell.site as u8 + 1) << 3
        });
        u8::from(self.as_list) | u8::from(self.back) << 1 | active
    }

    /// The view of a [`MapView::code`]; a site its view does not draw, or none, selects none.
    pub fn from_code(code: u8) -> MapView {
        let view = if code & 4 == 0 {
            View::Front
        } else {
            View::Back
        };
        let site = (code >> 3)
            .checked_sub(1)
            .and_then(|index| Site::ALL.get(usize::from(index)).copied());
        MapView {
            as_list: code & 1 != 0,
            back: code & 2 != 0,
            active: site
                .filter(|&site| areas(view).iter().any(|area| area.site == site))
                .map(|site| Cell { view, site }),
        }
    }
}

/// Gap between the front and back figures, which stand side by side.
const GAP: i16 = 40;

fn cells() -> impl Iterator<Item = (Cell, f32, f32)> {
    [View::Front, View::Back].into_iter().flat_map(|view| {
        let offset = if view == View::Back { WIDTH + GAP } else { 0 };
        areas(view).iter().map(move |area| {
            let cell = Cell {
                view,
                site: area.site,
            };
            (cell, f32::from(area.cx + offset), f32::from(area.cy))
        })
    })
}

/// The cell to move to from `from`: the nearest one in the direction pressed, across both
/// figures (stays put when nothing lies that way).
pub fn next_cell(from: Cell, direction: Direction) -> Cell {
    let Some((_, x0, y0)) = cells().find(|(cell, _, _)| *cell == from) else {
        return Cell {
            view: View::Front,
            site: areas(View::Front)[0].site,
        };
    };
    cells()
        .filter_map(|(cell, x, y)| {
            let (dx, dy) = (x - x0, y - y0);
            // Distance along the direction, and how far off to the side.
            let (along, across) = match direction {
                Direction::Up => (-dy, dx.abs()),
                Direction::Down => (dy, dx.abs()),
                Direction::Left => (-dx, dy.abs()),
                Direction::Right => (dx, dy.abs()),
            };
            // Ahead, and within a cone of about 60° either side of the direction.
            (along > 0.5 && across <= along * 1.8).then_some((along + 2.0 * across, cell))
        })
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map_or(from, |(_, cell)| cell)
}

/// The same place on the other figure, or that figure's first place if it is not drawn there
/// (the "turn around" of the figure, by its key or its button on narrow screens).
pub fn flip(cell: Cell) -> Cell {
    let view = match cell.view {
        View::Front => View::Back,
        View::Back => View::Front,
    };
    let areas = areas(view);
    let site = areas
        .iter()
        .find(|area| area.site == cell.site)
        .unwrap_or(&areas[0])
        .site;
    Cell { view, site }
}

/// How long after a "1" a "0" still makes 10, in milliseconds: long enough for someone whose
/// hands hurt to find the second key, short enough that a later "0" means no pain.
const TEN_WITHIN_MS: f64 = 1500.0;

/// The number keys typed on the map, which say how much the place in focus hurts: any digit is
/// itself, but the top of the scale takes two keys, "1" then "0". Typed in a row, "10" was 1
/// and then 0, no pain: a patient in the worst pain recorded none.
#[derive(Clone, Copy, Debug)]
pub struct TypedPain {
    /// A "1" typed last: where, when (ms), and whether it changed how much the place hurt.
    one: Option<(Site, f64, bool)>,
}

impl TypedPain {
    /// Nothing typed yet.
    pub const NONE: TypedPain = TypedPain { one: None };

    /// How much `site` hurts once `digit` is typed on it at `at` (ms), when it hurt `before`;
    /// and whether the key is the "0" of a "10" whose "1" changed the answers, which Undo then
    /// takes back with it, as the one answer the two keys were.
    pub fn digit(&mut self, site: Site, digit: u8, at: f64, before: Option<u8>) -> (u8, bool) {
        let one = self
            .one
            .take()
            .filter(|&(one_site, one_at, _)| one_site == site && at - one_at <= TEN_WITHIN_MS);
        match (digit, one) {
            (0, Some((_, _, one_changed))) => (10, one_changed),
            (1, _) => {
                self.one = Some((site, at, before != Some(1)));
                (1, false)
            }
            (digit, _) => (digit, false),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Direction::*;
    use Site::*;

    #[test]
    fn every_map_view_goes_through_its_code_unchanged() {
        let active = cells().map(|(cell, _, _)| Some(cell)).chain([None]);
        for active in active {
            for (as_list, back) in [(false, false), (true, false), (false, true), (true, true)] {
                let view = MapView {
                    as_list,
                    active,
                    back,
                };
                assert_eq!(MapView::from_code(view.code()), view);
            }
        }
    }

    fn front(site: Site) -> Cell {
        Cell {
            view: View::Front,
            site,
        }
    }

    fn back(site: Site) -> Cell {
        Cell {
            view: View::Back,
            site,
        }
    }

    #[test]
    fn turning_around_keeps_the_place_when_it_is_drawn_on_both_sides() {
        assert_eq!(flip(front(ShoulderLeft)), back(ShoulderLeft));
        assert_eq!(flip(back(ShoulderLeft)), front(ShoulderLeft));
        assert_eq!(
            flip(front(Chest)).view,
            View::Back,
            "no chest on the back: its first place"
        );
        assert_eq!(flip(flip(front(Neck))), front(Neck));
    }

    #[test]
    fn moves_down_the_middle_of_the_body() {
        let mut cell = front(Head);
        let mut path = vec![cell.site];
        for _ in 0..3 {
            cell = next_cell(cell, Down);
            path.push(cell.site);
        }
        assert_eq!(path, [Head, Neck, Chest, Abdomen]);
        assert_eq!(
            next_cell(front(Neck), Up),
            front(JawRight),
            "the jaw is just above the neck"
        );
        assert_eq!(next_cell(back(Neck), Down), back(UpperBack));
        assert_eq!(next_cell(back(UpperBack), Down), back(LowerBack));
    }

    #[test]
    fn left_and_right_follow_the_screen_and_cross_to_the_other_figure() {
        // Front view: the patient's right side is on the screen's left.
        assert_eq!(next_cell(front(Chest), Left), front(UpperArmRight));
        assert_eq!(next_cell(front(Chest), Right), front(UpperArmLeft));
        assert_eq!(next_cell(front(JawRight), Right), front(JawLeft));
        assert_eq!(next_cell(front(ShoulderRight), Down), front(UpperArmRight));
        // From the front figure's far side into the back figure, and back again.
        assert_eq!(next_cell(front(HandLeft), Right), back(HandLeft));
        assert_eq!(next_cell(back(HandLeft), Left), front(HandLeft));
    }

    #[test]
    fn stays_put_at_the_edges() {
        assert_eq!(next_cell(front(Head), Up), front(Head));
        assert_eq!(next_cell(front(FootRight), Down), front(FootRight));
        assert_eq!(next_cell(front(HandRight), Left), front(HandRight));
        assert_eq!(next_cell(back(HandRight), Right), back(HandRight));
    }

    #[test]
    fn every_cell_can_reach_every_other() {
        let all: Vec<Cell> = cells().map(|(cell, _, _)| cell).collect();
        let start = all[0];
        let mut seen = vec![start];
        let mut frontier = vec![start];
        while let Some(cell) = frontier.pop() {
            for direction in [Up, Down, Left, Right] {
                let next = next_cell(cell, direction);
                if !seen.contains(&next) {
                    seen.push(next);
                    frontier.push(next);
                }
            }
        }
        assert_eq!(seen.len(), all.len());
    }

    #[test]
    fn ten_is_typed_as_one_then_zero() {
        let typed = |keys: &[(Site, u8, f64)]| {
            let mut pain = TypedPain::NONE;
            keys.iter()
                .map(|&(site, digit, at)| pain.digit(site, digit, at, None).0)
                .collect::<Vec<_>>()
        };
        assert_eq!(typed(&[(Neck, 1, 0.0), (Neck, 0, 900.0)]), [1, 10]);
        assert_eq!(
            typed(&[(Neck, 1, 0.0), (Neck, 0, 200.0), (Neck, 0, 400.0)]),
            [1, 10, 0],
            "a 0 after 10 is no pain"
        );
        assert_eq!(
            typed(&[(Neck, 1, 0.0), (Neck, 1, 100.0), (Neck, 0, 200.0)]),
            [1, 1, 10]
        );
        assert_eq!(
            typed(&[(Neck, 1, 0.0), (Neck, 0, 1600.0)]),
            [1, 0],
            "a 0 typed later is no pain"
        );
        assert_eq!(
            typed(&[(Neck, 1, 0.0), (Chest, 0, 100.0)]),
            [1, 0],
            "at another place"
        );
        assert_eq!(typed(&[(Neck, 5, 0.0), (Neck, 0, 100.0)]), [5, 0]);
        assert_eq!(typed(&[(Neck, 9, 0.0)]), [9]);
    }

    #[test]
    fn the_zero_of_a_ten_joins_the_change_its_one_made() {
        let ten = |before| {
            let mut pain = TypedPain::NONE;
            let one = pain.digit(Neck, 1, 0.0, before);
            let zero = pain.digit(Neck, 0, 100.0, Some(1));
            [one, zero]
        };
        assert_eq!(ten(Some(7)), [(1, false), (10, true)]);
        assert_eq!(ten(None), [(1, false), (10, true)], "unmarked, or not sure");
        // A "1" on a place already at 1 changed nothing: the "10" is a change of its own, or Undo
        // would take back the change before it too.
        assert_eq!(ten(Some(1)), [(1, false), (10, false)]);
    }

    #[test]
    fn a_cell_not_on_the_picture_starts_at_the_top() {
        assert_eq!(next_cell(back(Chest), Down), front(Head));
    }
}
