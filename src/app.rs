//! The root component of one `<pain-guide>` instance.

use crate::body_map::navigation::MapView;
use crate::body_map::pain_map::pain_map;
use crate::body_map::use_answers::use_answers;
use crate::config::{Part, Place, WidgetConfig};
use crate::embed::crash;
use crate::glossary::{self, learn};
use crate::i18n::UI;
use crate::safety::{self, notice_view::notices_view};
use crate::summary::appointment::{appointment, HandOff};
use crate::summary::summary_part::summary_part;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    pub config: Rc<WidgetConfig>,
    /// The `<pain-guide>` element, which the widget's events are dispatched on.
    pub host: web_sys::HtmlElement,
    /// Its number on the page: from the second on, its landmarks' names carry it.
    pub number: u32,
    /// Where the patient is, opened first and kept up to date by the app: when the widget is
    /// mounted again in another language, it opens where the patient was.
    pub place: Rc<RefCell<Place>>,
}

/// What the widget shows. One state for all of it: each `use_state` costs its own copy of Yew's
/// hook code in the wasm.
#[derive(Clone, Copy, PartialEq)]
struct Shown {
    part: Part,
    /// The patient arrived at the part through a link (not the tabs): focus follows.
    follow_link: bool,
    /// How the map is being looked at, kept while the patient reads elsewhere.
    map: MapView,
    /// The `start` attribute this state has followed (see `widget`).
    start: Part,
    /// "Forget my answers" was pressed: the summary asks whether the patient is sure.
    asking_to_forget: bool,
}

#[component(Widget)]
pub fn widget(props: &WidgetProps) -> Html {
    let strings = UI;
    let config = &props.config;
    // The glossary the patient reads, and the clinic's file (`content-src`) it includes, if any.
    let content = use_state(|| (None::<String>, glossary::bundled()));
    let glossary = &content.1;
    let state = use_state(|| Shown {
        part: props.place.borrow().part,
        follow_link: false,
        map: props.place.borrow().map,
        start: config.start,
        asking_to_forget: false,
    });
    // The page's script (the theme editor's previews) may set `start` on a live widget: that part
    // shows, as a new `entry` opens that entry. Worked out here rather than in an effect hook (half
    // a kilobyte of wasm); the next change of state keeps it.
    let shown = match *state {
        shown if shown.start == config.start => shown,
        shown => Shown {
            part: config.start,
            follow_link: false,
            start: config.start,
            ..shown
        },
    };
    let learn = learn::use_learn(glossary, config.entry.as_deref(), &props.place.borrow());
    let answers = use_answers();
    let hand_off = use_reducer(HandOff::default);
    let scroll_ref = use_node_ref();
    {
        // A new part starts at its top, as a new page would (the reading area, and the whole
        // widget where a cramped one scrolls as one). Arriving through a link (not the tabs):
        // focus goes to the new part's title.
        let scroll_ref = scroll_ref.clone();
        use_effect_with((shown.part, shown.follow_link), move |&(_, follow_link)| {
            let scroll = scroll_ref.cast::<web_sys::Element>();
            if let Some(scroll) = &scroll {
                scroll.set_scroll_top(0);
                if let Some(root) = scroll.parent_element() {
                    root.set_scroll_top(0);
                }
            }
            let title =
                scroll.and_then(|scroll| scroll.query_selector("#pg-page-title").ok().flatten());
            if let (true, Some(title)) = (follow_link, title) {
                let _ = title.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        });
    }
    {
        // The built-in glossary shows at once; a clinic's content joins it when it arrives. A typo
        // in `entry` is said once the topics it may name are all there (a clinic's content has
        // arrived, or failed to), and again for each new `entry`, set by a script too.
        let content = content.clone();
        // The `content-src` and `entry` of the last render that changed either.
        let current = use_mut_ref(<(Option<String>, Option<String>)>::default);
        let settings = (config.content_src.clone(), config.entry.clone());
        use_effect_with(settings, move |settings| {
            let (previous, _) = current.replace(settings.clone());
            let (src, entry) = settings;
            match src.clone() {
                Some(src) if previous.as_ref() != Some(&src) => {
                    wasm_bindgen_futures::spawn_local(async move {
                        let loaded = glossary::with_clinic_content(&src).await;
                        let (latest_src, entry) = current.borrow().clone();
                        // Ignore a slow answer for an address the page has since changed.
                        if latest_src.as_ref() == Some(&src) {
                            glossary::warn_of_unknown_entry(&loaded, entry.as_deref());
                            content.set((Some(src), loaded));
                        }
                    })
                }
                // Only `entry` changed, while the clinic's content is on its way: said on arrival.
                Some(_) if content.0 != *src => {}
                Some(_) => glossary::warn_of_unknown_entry(&content.1, entry.as_deref()),
                None => {
                    // Back to the built-in glossary only if a clinic's file was in use.
                    if previous.is_some() {
                        content.set((None, glossary::bundled()));
                    }
                    glossary::warn_of_unknown_entry(&glossary::bundled(), entry.as_deref());
                }
            }
        });
    }
    props.place.replace(Place {
        part: shown.part,
        topic: learn.topic(),
        query: learn.query(),
        map: shown.map,
    });
    let notices = safety::notices(&strings.shared);
    let raised = safety::raised(&notices, &answers);
    let notices = notices_view(&raised, config);
    // A button to another part (see `open_part_button`): focus goes with it.
    let open_part = {
        let state = state.clone();
        Callback::from(move |part| {
            state.set(Shown {
                part,
                follow_link: true,
                ..shown
            })
        })
    };
    let numbered = |label: &str| match props.number {
        1 => label.to_string(),
        number => format!("{label} {number}"),
    };
    html! {
        <>
        // What a patient marks and answers is health information: a session-recording script on
        // the clinic's page (rrweb, PostHog, Sentry, FullStory, LogRocket, Hotjar, Clarity) must
        // not copy it to its servers. Each tool's own "leave this out" marker (tested for rrweb's,
        // PostHog's and Sentry's, e2e/specs/privacy.spec.mjs).
        // Not translated by the browser either: a translator swaps the text nodes Yew keeps
        // updating, so the count stayed "0 of 19 areas marked" (in a simulation) and any text
        // changed in place could go stale. The guide's own switch gives its reviewed Spanish.
        <div class="pg-root notranslate rr-block ph-no-capture sentry-block fs-exclude" translate="no"
            data-private="" data-hj-suppress="" data-clarity-mask="true"
            role="region" aria-label={numbered(strings.widget_label)} lang={strings.lang} dir={strings.dir}>
            <nav class="pg-nav" aria-label={numbered(strings.sections_label)}>
                { for [(Part::Learn, strings.part_learn), (Part::Map, strings.part_map), (Part::Summary, strings.part_summary)].into_iter().map(|(target, label)| {
                    let state = state.clone();
                    let current = shown.part == target;
                    html! {
                        <button type="button" class="pg-tab" aria-current={current.then_some("page")}
                            onclick={Callback::from(move |_| state.set(Shown { part: target, follow_link: false, asking_to_forget: false, ..shown }))}>{ label }</button>
                    }
                }) }
            </nav>
            // Focusable so keyboard users can scroll the reading area (the widget has a fixed height).
            <div class="pg-scroll" tabindex="0" role="group" aria-labelledby="pg-page-title" ref={scroll_ref}>
                if !config.hide_language_switch {
                    // Top right of every part, beside its first line (a row of its own in the
                    // navigation cost a phone 3 em of reading height). In the other language, so a
                    // patient who reads it finds it, and a screen reader says it in that language;
                    // the loader does the switch.
                    <button type="button" class="pg-tab pg-lang" lang={strings.other_lang} aria-label={strings.other_language_label}
                        onclick={let host = props.host.clone(); Callback::from(move |_| crate::embed::events::language_chosen(&host, strings.other_lang))}>{ strings.other_language }</button>
                }
                { match shown.part {
                    Part::Learn => learn::learn(&learn, glossary, config, &open_part),
                    Part::Map => pain_map(&answers, shown.map, &{
                        let state = state.clone();
                        Callback::from(move |map| state.set(Shown { map, ..shown }))
                    }, notices, &open_part, props.number),
                    Part::Summary => summary_part(&answers, notices, appointment(&answers, config, &props.host, &hand_off), shown.asking_to_forget, &{
                        let state = state.clone();
                        Callback::from(move |asking_to_forget| state.set(Shown { asking_to_forget, ..shown }))
                    }, &open_part),
                } }
            </div>
            <div class="pg-footer">
                if let Some(logo) = &config.logo {
                    // The clinic's name is its text; without one it is decoration. Keyed by its
                    // address, so a new address is a new image, not one hidden for the last one.
                    <img class="pg-logo" key={logo.as_str()} src={logo.clone()} alt={config.clinic_name.clone().unwrap_or_default()}
                        lang={config.clinic_words_lang.clone()} onerror={logo_failed(logo)} />
                }
                <p class="pg-notice">{ strings.not_medical_advice }</p>
                if let Some(cta) = &config.cta {
                    <a class="pg-cta" href={cta.href.clone()} lang={config.clinic_words_lang.clone()}>{ &cta.text }</a>
                }
            </div>
        </div>
        { crash::apology(config) }
        </>
    }
}

/// A button to another part (`label`: what it says), where a part leads on to it: a topic's link
/// to the map, the map's way on to the Summary, the empty summary's way back to the map. One
/// function for them all: each written out cost 0.4 KB of wasm.
#[inline(never)]
pub fn open_part_button(label: &str, part: Part, on_open_part: &Callback<Part>) -> Html {
    html! {
        <p><button type="button" class="pg-button" onclick={on_open_part.reform(move |_| part)}>{ label.to_string() }</button></p>
    }
}

/// A logo that cannot be loaded (a wrong address, a server that refuses other sites' pages) is
/// hidden, not drawn as a broken image with its name cut off, and the console says so.
fn logo_failed(src: &str) -> Callback<Event> {
    let message = format!(
        "pain-guide: <pain-guide logo-src=\"{src}\"> could not be loaded; showing no logo."
    );
    Callback::from(move |event: Event| {
        if let Some(logo) = event.target_dyn_into::<web_sys::Element>() {
            let _ = logo.set_attribute("hidden", "");
        }
        crate::embed::warn(&message);
    })
}
