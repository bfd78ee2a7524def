//! `mount` / `WidgetHandle`: one Yew app per `<pain-guide>`, rendered into its shadow root.

use crate::app::{Widget, WidgetProps};
use crate::config::{Place, WidgetConfig};
use crate::theme::stylesheet::sizing_css;
use crate::theme::widget_css;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, HtmlElement, ShadowRoot};
use yew::{AppHandle, Renderer};

/// A mounted widget, owned by the loader's element until `unmount`.
#[wasm_bindgen]
pub struct WidgetHandle {
    app: AppHandle<Widget>,
    /// The node the app renders into, in the shadow root.
    mount_point: web_sys::Element,
    host: HtmlElement,
    /// The shadow root's one adopted sheet; restyled in place when attributes change.
    sheet: CssStyleSheet,
    /// The text it holds, so a change that does not alter it leaves it alone.
    css: String,
    /// What the console was told of the settings' problems at their last reading (see
    /// [`warn_of_new`]).
    said: Vec<String>,
    config: WidgetConfig,
    /// The latest `setTheme` settings (JSON), the top layer of the configuration.
    theme_settings: Option<String>,
    /// This widget's number on the page (see [`mount`]).
    number: u32,
    /// Where the patient is (the app keeps it up to date).
    place: Rc<RefCell<Place>>,
}

/// Renders a widget into `root` (the open shadow root of `host`), replacing what is in it.
/// `theme_settings` is the JSON of the page's `setTheme` calls made before the code arrived;
/// `hand_off` is the loader's function that runs the appointment tools (see `embed::hand_off`);
/// `place` where to open, as [`WidgetHandle::place`] gave it before a change of language (else
/// where the `start` and `entry` attributes say); `number` the widget's number on the page, which
/// no other widget there has (1 for the first): screen readers list each widget's region and
/// navigation by name, so a second widget's are "Patient guide 2", "Patient guide sections 2".
/// The loader keeps it across the builds of every language and through a change of language.
#[wasm_bindgen]
pub fn mount(
    host: HtmlElement,
    root: ShadowRoot,
    theme_settings: Option<String>,
    hand_off: super::hand_off::HandOffRunner,
    place: Option<String>,
    number: u32,
) -> Result<WidgetHandle, JsValue> {
    super::hand_off::set_runner(hand_off);
    let mut said = Vec::new();
    let (config, css) = read_settings(&host, theme_settings.as_deref(), &mut said);
    let sheet = CssStyleSheet::new()?;
    sheet.replace_sync(&css)?;
    root.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));

    // The loader's placeholder (or a previous app's leftovers) goes; the app gets a fresh node, a
    // plain div: the element's one cell on screen, on paper the block that holds the floated
    // widget (`:host > div` in theme/rules.rs).
    root.set_text_content(None);
    let mount_point = host
        .owner_document()
        .ok_or("the element has no document")?
        .create_element("div")?;
    root.append_child(&mount_point)?;

    let place = Rc::new(RefCell::new(place.as_deref().map_or_else(
        || Place {
            part: config.start,
            topic: config.entry.clone(),
            ..Place::default()
        },
        Place::from_name,
    )));
    let props = WidgetProps {
        config: Rc::new(config.clone()),
        host: host.clone(),
        number,
        place: place.clone(),
    };
    let app = Renderer::<Widget>::with_root_and_props(mount_point.clone(), props).render();
    // Yew renders in a task it has just queued (or had queued for an earlier widget); a task
    // queued now runs after it, so the page hears `pain-guide:ready` once the widget is drawn.
    // (An effect hook in the app would do the same for more wasm.)
    let ready_host = host.clone();
    wasm_bindgen_futures::spawn_local(async move { super::events::ready(&ready_host) });
    Ok(WidgetHandle {
        app,
        mount_point,
        host,
        sheet,
        css,
        said,
        config,
        theme_settings,
        number,
        place,
    })
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Called by the loader's `attributeChangedCallback`: re-reads the attributes and restyles
    /// the live widget without re-mounting it (the patient's state is kept).
    #[wasm_bindgen(js_name = attributeChanged)]
    pub fn attribute_changed(&mut self) -> Result<(), JsValue> {
        let (config, css) =
            read_settings(&self.host, self.theme_settings.as_deref(), &mut self.said);
        if config == self.config {
            return Ok(());
        }
        if css != self.css {
            self.sheet.replace_sync(&css)?;
            self.css = css;
        }
        self.app.update(WidgetProps {
            config: Rc::new(config.clone()),
            host: self.host.clone(),
            number: self.number,
            place: self.place.clone(),
        });
        self.config = config;
        Ok(())
    }

    /// `el.setTheme(settings)`: the loader passes the settings as JSON; they sit on top of the
    /// attributes and replace those of earlier calls.
    #[wasm_bindgen(js_name = setTheme)]
    pub fn set_theme(&mut self, settings: String) -> Result<(), JsValue> {
        self.theme_settings = Some(settings);
        self.attribute_changed()
    }

    /// Where the patient is (`Place::name`: `map`, `learn:sleep-apnea`), for the loader to pass to
    /// the next `mount` when the widget changes language.
    pub fn place(&self) -> String {
        self.place.borrow().name()
    }

    /// Tears the app down; the element may mount a new one later.
    pub fn unmount(self) {
        self.app.destroy();
        // Yew keeps its event listeners, and with them the node it rendered into, for the page's
        // life: out of the shadow root, that node no longer holds the element and all it shows.
        self.mount_point.remove();
    }
}

/// The settings (see [`read_config`]) and the instance's stylesheet for them; warns of what is
/// wrong with them, and of what the contrast guard changed in their colours, if not `said` yet.
fn read_settings(
    host: &HtmlElement,
    theme_settings: Option<&str>,
    said: &mut Vec<String>,
) -> (WidgetConfig, String) {
    let (config, mut problems) = read_config(host, theme_settings);
    let (mut css, adjustments) = widget_css(config.theme, &config.brand, config.font);
    css.push_str(&sizing_css(&config));
    problems.extend(adjustments.iter().map(ToString::to_string));
    warn_of_new(said, problems);
    (config, css)
}

/// Warns of each of `problems` (a reading of the settings') that the console was not told at the
/// last reading, then keeps them as `said`: each change of an attribute reads every setting
/// again, and a web admin's console repeated what was still wrong at each, burying what was new.
/// A value put right and later set wrong again is said again.
fn warn_of_new(said: &mut Vec<String>, problems: Vec<String>) {
    for problem in &problems {
        if !said.contains(problem) {
            crate::embed::warn(&format!("pain-guide: {problem}"));
        }
    }
    *said = problems;
}

/// Reads and validates every setting of the contract (tests/contract.rs checks that it reads
/// exactly those): the page's `--pg-*` CSS properties, the attributes, `theme-config` and the
/// `setTheme` settings; returns them with what is wrong with them, for the console.
fn read_config(host: &HtmlElement, theme_settings: Option<&str>) -> (WidgetConfig, Vec<String>) {
    let style = web_sys::window().and_then(|window| window.get_computed_style(host).ok().flatten());
    let css_property = |name: &str| {
        style
            .as_ref()
            .and_then(|style| style.get_property_value(name).ok())
    };
    let (mut config, warnings) = WidgetConfig::from_sources(
        |name| host.get_attribute(name),
        css_property,
        theme_settings,
    );
    let element_lang = host
        .closest("[lang]")
        .ok()
        .flatten()
        .and_then(|owner| owner.get_attribute("lang"));
    config.clinic_words_lang = crate::i18n::clinic_words_lang(element_lang, crate::i18n::UI.lang);
    let problems = warnings.iter().map(ToString::to_string).collect();
    (config, problems)
}
