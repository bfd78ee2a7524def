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

thread_local! {
    /// The widget (its number on the page) whose map the patient last used by a number key or
    /// Undo. Every widget on the page shows the same answers: only that one's status lines say
    /// what the key or Undo did, or a screen reader heard it once for each widget.
    static ACTING: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// The patient is using the map of widget `number`.
pub fn acting_in(number: u32) {
    ACTING.set(number);
}

/// Whether widget `number` is the one the patient last used the map of.
pub fn is_acting(number: u32) -> bool {
    ACTING.get() == number
}
