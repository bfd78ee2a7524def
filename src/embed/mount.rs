//! `mount` / `WidgetHandle`: one Yew app per `<pain-guide>`, rendered into its shadow root.

use super::{crash, events};
use crate::app::{Widget, WidgetProps};
use crate::config::WidgetConfig;
use crate::theme::widget_css;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, HtmlElement, ShadowRoot};
use yew::{AppHandle, Callback, Renderer};

/// A mounted widget, owned by the loader's element until `unmount`.
#[wasm_bindgen]
pub struct WidgetHandle {
    app: AppHandle<Widget>,
    host: HtmlElement,
    root: ShadowRoot,
    /// The shadow root's one adopted sheet; restyled in place when attributes change.
    sheet: CssStyleSheet,
    config: WidgetConfig,
    on_ready: Callback<()>,
}

/// Renders a widget into `root` (the open shadow root of `host`), replacing what is in it.
#[wasm_bindgen]
pub fn mount(host: HtmlElement, root: ShadowRoot) -> Result<WidgetHandle, JsValue> {
    crash::install_panic_hook();
    let config = read_config(&host);
    let sheet = CssStyleSheet::new()?;
    sheet.replace_sync(&widget_css(config.theme, config.font))?;
    root.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));

    // The loader's placeholder (or a previous app's leftovers) goes; the app gets a fresh node.
    root.set_text_content(None);
    let mount_point = host
        .owner_document()
        .ok_or("the element has no document")?
        .create_element("div")?;
    root.append_child(&mount_point)?;

    let on_ready = {
        let host = host.clone();
        Callback::from(move |()| {
            let version = JsValue::from_str(env!("CARGO_PKG_VERSION"));
            events::dispatch(
                &host,
                "pain-guide:ready",
                &events::detail(&[("version", &version)]),
            );
        })
    };
    let props = WidgetProps {
        config: Rc::new(config.clone()),
        on_ready: on_ready.clone(),
    };
    let app = Renderer::<Widget>::with_root_and_props(mount_point, props).render();
    crash::register(&root, config.cta.clone());
    Ok(WidgetHandle {
        app,
        host,
        root,
        sheet,
        config,
        on_ready,
    })
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Called by the loader's `attributeChangedCallback`: re-reads the attributes and restyles
    /// the live widget without re-mounting it (the patient's state is kept).
    #[wasm_bindgen(js_name = attributeChanged)]
    pub fn attribute_changed(&mut self) -> Result<(), JsValue> {
        let config = read_config(&self.host);
        if config == self.config {
            return Ok(());
        }
        if (config.theme, config.font) != (self.config.theme, self.config.font) {
            self.sheet
                .replace_sync(&widget_css(config.theme, config.font))?;
        }
        crash::register(&self.root, config.cta.clone());
        self.app.update(WidgetProps {
            config: Rc::new(config.clone()),
            on_ready: self.on_ready.clone(),
        });
        self.config = config;
        Ok(())
    }

    /// Tears the app down; the element may mount a new one later.
    pub fn unmount(self) {
        crash::unregister(&self.root);
        self.app.destroy();
    }
}

/// Reads and validates every attribute of the contract (tests/contract.rs checks that it reads
/// exactly those), reporting bad values on the console.
fn read_config(host: &HtmlElement) -> WidgetConfig {
    let (config, warnings) = WidgetConfig::from_attributes(|name| host.get_attribute(name));
    for warning in warnings {
        gloo::console::warn!(format!("pain-guide: {warning}"));
    }
    config
}
