//! The "Learn" part: the A–Z index or one entry, driven by the pure [`LearnState`] reducer. The
//! widget holds the state ([`use_learn`]), so after a look at the body map the patient is back
//! where they were reading.

use super::entry_view::{entry_view, use_entry_state, EntryState, EntryView};
use super::index_view::{index_view, IndexView};
use super::state::{LearnAction, LearnState, Page};
use super::Glossary;
use crate::config::{Part, Place, WidgetConfig};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The Learn part's state, and the topics list that focus returns to.
pub struct Learn {
    state: UseReducerHandle<LearnState>,
    topics: NodeRef,
    entry: EntryState,
}

/// `entry` is the `entry` attribute: the entry to show, once it exists in the glossary. `place`
/// (`mount`'s: the attribute's, or the patient's before a change of language or a fault): its
/// topic to open on, once it exists too (the list of topics meanwhile, or if it is `None`), and
/// the search's text.
#[hook]
pub fn use_learn(glossary: &Glossary, entry: Option<&str>, place: &Place) -> Learn {
    let known = |id: &String| glossary.entry(id).is_some();
    let state = use_reducer(|| LearnState {
        query: place.query.clone(),
        ..LearnState::new(glossary, place.topic.clone(), entry.map(str::to_string))
    });
    {
        // The clinic's content (content-src) may bring the topic awaited, or the clinic's script
        // set `entry` later, which opens as soon as it exists.
        let state = state.clone();
        let arrived = state.awaited.clone().filter(known);
        let wanted = entry.map(str::to_string).filter(known);
        use_effect_with((arrived, wanted), move |(arrived, wanted)| {
            if let Some(id) = arrived {
                state.dispatch(LearnAction::Arrived(id.clone()));
            } else if let Some(id) = wanted
                .as_ref()
                .filter(|&id| state.followed.as_ref() != Some(id))
            {
                state.dispatch(LearnAction::Show(id.clone()));
            }
        });
    }
    let topics = use_node_ref();
    let open = state.open_term.as_ref().map(|(at, _)| *at);
    let entry = use_entry_state(open);
    {
        // Focus follows the patient (never on page load, never when the page sets `entry`): to
        // the entry's title when they open one, back to its topic when they return to the index.
        let (topics, title) = (topics.clone(), entry.title.clone());
        let navigated = state.patient_navigated;
        let place = (state.page.clone(), state.came_from.clone());
        use_effect_with(place, move |(page, came_from)| {
            let target = match page {
                Page::Entry(_) => title.cast::<web_sys::HtmlElement>(),
                Page::Index => came_from
                    .as_ref()
                    .zip(topics.cast::<web_sys::Element>())
                    .and_then(|(id, list)| {
                        let topic = format!("[data-topic=\"{id}\"]");
                        list.query_selector(&topic).ok().flatten()
                    })
                    .map(JsCast::unchecked_into),
            };
            if let (true, Some(target)) = (navigated, target) {
                let _ = target.focus();
            }
        });
    }
    Learn {
        state,
        topics,
        entry,
    }
}

impl Learn {
    /// The topic open, if any (for `Place`).
    pub fn topic(&self) -> Option<String> {
        self.state.topic()
    }

    /// What the patient typed in the search (for `Place`).
    pub fn query(&self) -> String {
        self.state.query.clone()
    }
}

/// The index or the entry. `on_open_part`: a content link asked for the body map.
pub fn learn(
    learn: &Learn,
    glossary: &Rc<Glossary>,
    config: &WidgetConfig,
    on_open_part: &Callback<Part>,
) -> Html {
    let state = &learn.state;
    let on_open = {
        let state = state.clone();
        Callback::from(move |id: String| state.dispatch(LearnAction::Open(id)))
    };
    match &state.page {
        Page::Index => index_view(IndexView {
            glossary,
            query: &state.query,
            config,
            list: learn.topics.clone(),
            on_search: {
                let state = state.clone();
                Callback::from(move |query| state.dispatch(LearnAction::Search(query)))
            },
            on_open,
        }),
        Page::Entry(id) => entry_view(EntryView {
            state: &learn.entry,
            glossary,
            id,
            open: state.open_term.as_ref(),
            on_term: {
                let state = state.clone();
                Callback::from(move |(at, id)| state.dispatch(LearnAction::Term(at, id)))
            },
            on_close_term: {
                let state = state.clone();
                Callback::from(move |()| state.dispatch(LearnAction::CloseTerm))
            },
            on_open,
            on_back: {
                let state = state.clone();
                Callback::from(move |()| state.dispatch(LearnAction::BackToIndex))
            },
            on_open_part: on_open_part.clone(),
        }),
    }
}
