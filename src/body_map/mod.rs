//! The body map: where it hurts and how much. Pure: the figure's geometry (`figure`), keyboard
//! movement and how the map is looked at (`navigation`), the stored form of the answers
//! (`storage`). Views: `pain_map` (the part), `figure_view`, `site_panel`, `site_list`;
//! `use_answers` connects them to the page-wide answers (`embed::answers_store`).

pub mod figure;
pub mod figure_view;
pub mod navigation;
pub mod pain_map;
pub mod site_list;
pub mod site_panel;
pub mod storage;
pub mod use_answers;
