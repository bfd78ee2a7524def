//! How the widget looks: the palette and the stylesheet built from it. Pure: produces CSS text
//! that the embed layer puts into the shadow root's adopted stylesheet.

pub mod palette;
pub mod stylesheet;

pub use palette::Palette;
pub use stylesheet::widget_css;
