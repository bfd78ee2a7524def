//! The "Learn" part: the A–Z index or one entry, driven by the pure [`LearnState`] reducer.

use super::entry_view::EntryView;
use super::index_view::IndexView;
use super::state::{LearnAction, LearnState, Page};
use super::Glossary;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LearnProps {
    pub glossary: Rc<Glossary>,
    /// The `entry` attribute: the entry to show (ignored until it exists in the glossary).
    pub entry: Option<AttrValue>,
}

#[component(Learn)]
pub fn learn(props: &LearnProps) -> Html {
    let state = {
        let start = props
            .entry
            .as_ref()
            .filter(|id| props.glossary.entry(id).is_some())
            .map(|id| id.to_string());
        use_reducer(move || LearnState::new(start))
    };
    {
        // The clinic's script may set `entry` later, or its content (content-src) may bring it.
        let state = state.clone();
        let wanted = props
            .entry
            .clone()
            .filter(|id| props.glossary.entry(id).is_some());
        use_effect_with(wanted, move |wanted| {
            if let Some(id) = wanted {
                if state.page != Page::Entry(id.to_string()) {
                    state.dispatch(LearnAction::Show(id.to_string()));
                }
            }
        });
    }
    let on_open = {
        let state = state.clone();
        Callback::from(move |id: String| state.dispatch(LearnAction::Open(id)))
    };
    match &state.page {
        Page::Index => html! {
            <IndexView glossary={props.glossary.clone()} query={AttrValue::from(state.query.clone())}
                came_from={state.came_from.clone().map(AttrValue::from)} take_focus={state.patient_navigated}
                on_search={{ let state = state.clone(); Callback::from(move |query| state.dispatch(LearnAction::Search(query))) }}
                {on_open} />
        },
        Page::Entry(id) => html! {
            <EntryView glossary={props.glossary.clone()} id={AttrValue::from(id.clone())}
                take_focus={state.patient_navigated} {on_open}
                on_back={{ let state = state.clone(); Callback::from(move |()| state.dispatch(LearnAction::BackToIndex)) }} />
        },
    }
}
