//! The page-wide answers, for components: re-renders on every change, from any widget.

use crate::embed::answers_store;
use crate::scoring::Answers;
use std::rc::Rc;
use yew::prelude::*;

#[hook]
pub fn use_answers() -> Rc<Answers> {
    let refresh = use_force_update();
    use_effect_with((), move |_| {
        let subscription =
            answers_store::subscribe(Callback::from(move |()| refresh.force_update()));
        move || drop(subscription)
    });
    answers_store::answers()
}
