//! The body map: where it hurts and how much. This first slice is its pure core, tested natively:
//! the figure's geometry (`figure`), keyboard movement across the two figures (`navigation`), and
//! the versioned stored form of the answers (`storage`). The views come with the next slice.

pub mod figure;
pub mod navigation;
pub mod storage;
