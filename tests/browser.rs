//! Component and embed tests in a real browser (headless Chromium via wasm-bindgen-test).
//! Run with `cargo test --target wasm32-unknown-unknown --test browser`.
#![cfg(target_arch = "wasm32")]

use pain_guide_widget::embed::mount;
use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

wasm_bindgen_test_configure!(run_in_browser);

/// The loader's appointment-tools runner, for widgets whose tests never press those buttons.
fn no_hand_off() -> pain_guide_widget::embed::hand_off::HandOffRunner {
    js_sys::Function::new_no_args("return Promise.resolve(0)").unchecked_into()
}

/// A `<div>` host with an open shadow root, attached to the test page.
fn host_with_shadow_root(attributes: &[(&str, &str)]) -> (HtmlElement, ShadowRoot) {
    let document = gloo::utils::document();
    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    for (name, value) in attributes {
        host.set_attribute(name, value).unwrap();
    }
    document.body().unwrap().append_child(&host).unwrap();
    let root = host
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .unwrap();
    (host, root)
}

/// Lets Yew's scheduler run the first render.
async fn next_tick() {
    yew::platform::time::sleep(Duration::from_millis(10)).await;
}

fn query(root: &ShadowRoot, selector: &str) -> Option<Element> {
    root.query_selector(selector).unwrap()
}

fn adopted_css(root: &ShadowRoot) -> String {
    let sheets = root.adopted_style_sheets();
    assert_eq!(sheets.length(), 1, "exactly one adopted sheet");
    let sheet: web_sys::CssStyleSheet = sheets.get(0).unchecked_into();
    let rules = sheet.css_rules().unwrap();
    (0..rules.length())
        .map(|i| rules.item(i).unwrap().css_text())
        .collect::<Vec<_>>()
        .join("\n")
}

#[wasm_bindgen_test]
async fn mount_renders_the_first_entry_into_the_shadow_root() {
    let (host, root) = host_with_shadow_root(&[("entry", "fibromyalgia")]);
    root.set_inner_html("<p class=\"pg-placeholder\">Loading…</p>");
    let handle = mount(host.clone(), root.clone(), None, no_hand_off(), None, 1).unwrap();
    next_tick().await;

    assert!(
        query(&root, ".pg-placeholder").is_none(),
        "the loader's placeholder is replaced"
    );
    let title = query(&root, "h2").unwrap();
    assert_eq!(title.text_content().unwrap(), "Fibromyalgia");
    let widget = query(&root, ".pg-root").unwrap();
    assert_eq!(widget.get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(widget.get_attribute("dir").as_deref(), Some("ltr"));
    assert_eq!(widget.get_attribute("role").as_deref(), Some("region"));
    assert_eq!(
        root.query_selector_all(".pg-entry > section:not(.pg-related) h3")
            .unwrap()
            .length(),
        7
    );
    assert!(
        root.query_selector_all("style, script").unwrap().length() == 0,
        "no <style> or <script>"
    );
    assert!(
        host.shadow_root().is_some() && host.children().length() == 0,
        "nothing added to the light DOM"
    );

    handle.unmount();
    next_tick().await;
    assert!(
        query(&root, ".pg-root").is_none(),
        "unmount removes the app"
    );
    assert_eq!(
        root.child_element_count(),
        0,
        "and the node it rendered into, which Yew's listeners keep for the page's life"
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn a_widget_mounted_again_opens_on_the_part_the_patient_was_in() {
    // What the loader does when the patient switches language: read where the patient is, mount
    // the other build there.
    let (host, root) = host_with_shadow_root(&[]);
    let handle = mount(
        host.clone(),
        root.clone(),
        None,
        no_hand_off(),
        Some("map".into()),
        1,
    )
    .unwrap();
    next_tick().await;
    assert_eq!(
        query(&root, "h2").unwrap().text_content().unwrap(),
        "Where does it hurt?"
    );
    assert_eq!(handle.place(), "map", "Learn on its list of topics");
    let summary_tab: web_sys::HtmlElement = root
        .query_selector_all(".pg-tab")
        .unwrap()
        .get(2)
        .unwrap()
        .unchecked_into();
    summary_tab.click();
    next_tick().await;
    assert_eq!(handle.place(), "summary");
    handle.unmount();
    host.remove();
}

#[wasm_bindgen_test]
async fn styles_arrive_through_one_adopted_sheet_and_follow_attribute_changes() {
    let (host, root) = host_with_shadow_root(&[]);
    let mut handle = mount(host.clone(), root.clone(), None, no_hand_off(), None, 1).unwrap();
    next_tick().await;
    assert!(adopted_css(&root).contains("font-family: system-ui"));
    let font = || {
        let root_element = query(&root, ".pg-root").unwrap();
        web_sys::window()
            .unwrap()
            .get_computed_style(&root_element)
            .unwrap()
            .unwrap()
            .get_property_value("font-family")
            .unwrap()
    };
    assert!(font().starts_with("system-ui"), "{}", font());

    host.set_attribute("font-family", "inherit").unwrap();
    handle.attribute_changed().unwrap();
    assert!(adopted_css(&root).contains("font-family: inherit"));
    let host_font = web_sys::window()
        .unwrap()
        .get_computed_style(&host)
        .unwrap()
        .unwrap()
        .get_property_value("font-family")
        .unwrap();
    assert_eq!(font(), host_font);

    host.set_attribute("font-family", "not a font; }").unwrap();
    handle.attribute_changed().unwrap();
    assert!(
        adopted_css(&root).contains("font-family: system-ui"),
        "invalid values fall back"
    );
    handle.unmount();
    host.remove();
}

#[wasm_bindgen_test]
async fn opens_on_the_topic_index_and_follows_the_entry_attribute() {
    let (host, root) = host_with_shadow_root(&[]);
    let mut handle = mount(host.clone(), root.clone(), None, no_hand_off(), None, 1).unwrap();
    next_tick().await;
    assert_eq!(
        query(&root, "h2").unwrap().text_content().unwrap(),
        "Health topics A to Z"
    );
    assert_eq!(root.query_selector_all(".pg-topic").unwrap().length(), 14);

    host.set_attribute("entry", "migraine").unwrap();
    handle.attribute_changed().unwrap();
    next_tick().await;
    assert_eq!(
        query(&root, "h2").unwrap().text_content().unwrap(),
        "Migraine"
    );
    let focused = root.active_element();
    assert!(
        focused.is_none(),
        "an attribute change must not move focus: {focused:?}"
    );

    host.set_attribute("cta-href", "/book").unwrap();
    handle.attribute_changed().unwrap();
    next_tick().await;
    let cta = query(&root, "a.pg-cta").expect("the call to action appears");
    assert_eq!(cta.get_attribute("href").as_deref(), Some("/book"));
    assert_eq!(cta.text_content().as_deref(), Some("Contact the clinic"));
    handle.unmount();
    host.remove();
}

#[wasm_bindgen_test]
async fn ready_event_bubbles_out_of_the_element_once() {
    let (host, root) = host_with_shadow_root(&[]);
    let count = Rc::new(Cell::new(0));
    let listener = {
        let count = count.clone();
        gloo::events::EventListener::new(
            &gloo::utils::document(),
            "pain-guide:ready",
            move |event| {
                let event: &web_sys::CustomEvent = event.unchecked_ref();
                assert!(event.bubbles() && event.composed());
                let version = js_sys::Reflect::get(&event.detail(), &"version".into()).unwrap();
                assert_eq!(
                    version.as_string().as_deref(),
                    Some(env!("CARGO_PKG_VERSION"))
                );
                count.set(count.get() + 1);
            },
        )
    };
    let handle = mount(host.clone(), root, None, no_hand_off(), None, 1).unwrap();
    next_tick().await;
    next_tick().await;
    assert_eq!(count.get(), 1);
    drop(listener);
    handle.unmount();
    host.remove();
}

#[wasm_bindgen_test]
async fn every_widget_holds_its_apology_ready_with_the_clinic_link() {
    // After a trap no Rust code can run, so the apology must already be there for the loader to
    // reveal (e2e/specs/crash.spec.mjs does that with a real trap).
    let (with_cta, root_with_cta) =
        host_with_shadow_root(&[("cta-text", "Call us"), ("cta-href", "tel:5550100")]);
    let (plain, plain_root) = host_with_shadow_root(&[]);
    let handles = [
        mount(
            with_cta.clone(),
            root_with_cta.clone(),
            None,
            no_hand_off(),
            None,
            1,
        )
        .unwrap(),
        mount(
            plain.clone(),
            plain_root.clone(),
            None,
            no_hand_off(),
            None,
            2,
        )
        .unwrap(),
    ];
    next_tick().await;

    for root in [&root_with_cta, &plain_root] {
        let apology = query(root, ".pg-failed[role=alert]").expect("the apology is ready");
        assert!(
            apology.has_attribute("hidden"),
            "and hidden while all is well"
        );
        assert!(apology.text_content().unwrap().contains("stopped working"));
    }
    let link = query(&root_with_cta, ".pg-failed a.pg-cta").expect("the clinic's contact link");
    assert_eq!(link.get_attribute("href").as_deref(), Some("tel:5550100"));
    assert!(query(&plain_root, ".pg-failed a").is_none());

    with_cta
        .set_attribute("cta-href", "javascript:alert(1)")
        .unwrap();
    let [mut with_cta_handle, plain_handle] = handles;
    with_cta_handle.attribute_changed().unwrap();
    next_tick().await;
    assert!(
        query(&root_with_cta, ".pg-failed a").is_none(),
        "an unsafe link never reaches the apology"
    );
    drop((with_cta_handle, plain_handle));
    for host in [with_cta, plain] {
        host.remove();
    }
}

#[wasm_bindgen_test]
fn answers_are_dated_when_changed_and_undated_once_none_are_left() {
    use pain_guide_widget::embed::answers_store;
    use pain_guide_widget::scoring::Site;
    answers_store::forget();
    assert_eq!(answers_store::changed(), None);
    answers_store::change(|answers| answers.mark(Site::Neck));
    let now = (js_sys::Date::now() / 1000.0) as u32;
    let changed = answers_store::changed().expect("dated");
    assert!(now.abs_diff(changed) <= 1, "{changed} is not now ({now})");
    // "Clear all" with nothing else answered: nothing to date on a later visit.
    answers_store::change(|answers| answers.marks.clear());
    assert_eq!(answers_store::changed(), None);
    answers_store::undo();
    assert!(answers_store::changed().is_some());
    answers_store::forget();
    assert_eq!(answers_store::changed(), None);
}
