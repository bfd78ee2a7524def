//! What the widget's "For your appointment" buttons do: print the clinician sheet, copy it as
//! text, save the FHIR file, send the answers to the clinic. A separate, small wasm module that
//! the loader fetches (with its pinned hashes) the first time a patient presses one, so none of
//! it weighs on the pages where no one does. The widget calls [`hand_off`]; the answers arrive
//! in their stored form (`body_map::storage`), and nothing leaves the browser except by "send".

use pain_guide_widget::body_map::storage;
use pain_guide_widget::config::{FontChoice, Submit, WidgetConfig};
use pain_guide_widget::embed::{self, events};
use pain_guide_widget::i18n::{self, shared_words, sheet_strings, Lang, SHEET_EN};
use pain_guide_widget::safety;
use pain_guide_widget::scoring::Answers;
use pain_guide_widget::summary::{clinician, fhir, sheet_html::sheet_html};
use pain_guide_widget::theme::brand::Brand;
use pain_guide_widget::theme::stylesheet::SHEET_RULES;
use pain_guide_widget::theme::{widget_css, Theme};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Document, HtmlElement, HtmlIFrameElement};

/// What [`hand_off`] resolves to (the widget's `embed::hand_off::Outcome`).
const FAILED: u8 = 0;
const DONE: u8 = 1;
const NO_CONSENT: u8 = 2;

/// Runs one of the buttons: `"print"`, `"copy"`, `"save"` or `"send"`, for the widget on the
/// element `host`, whose patient reads `lang`. Resolves to `DONE`, `FAILED` (explained on the
/// console, never with the answers) or, for a send without the consent box ticked, `NO_CONSENT`.
#[wasm_bindgen]
pub async fn hand_off(action: String, host: HtmlElement, answers: String, lang: String) -> u8 {
    let visit = Visit::new(&host, &answers, &lang);
    let result = match action.as_str() {
        "print" => {
            print(
                &host,
                visit.sheet_lang,
                sheet_strings(visit.sheet_lang).title,
                &sheet_html(visit.shared(), &visit.answers, &visit.sheet()),
            )
            .await
        }
        // Where the browser has no ClipboardItem; elsewhere the loader copies (`sheet_text`).
        "copy" => copy_text(&visit.sheet_text()).await,
        "save" => save_file(&visit.answers, &visit.authored, &host),
        "send" if !consented(&host) => return NO_CONSENT,
        "send" => {
            let response = response(&visit.answers, &visit.authored);
            send(&host, visit.submit_url.as_deref(), &response).await
        }
        _ => Err("unknown action".into()),
    };
    match result {
        Ok(()) => DONE,
        Err(problem) => {
            // An exception says what happened in its own words ("NotAllowedError: …").
            let problem = problem.as_string().unwrap_or_else(|| {
                String::from(problem.unchecked_ref::<js_sys::Object>().to_string())
            });
            web_sys::console::warn_1(&format!("pain-guide: {action} failed: {problem}").into());
            FAILED
        }
    }
}

/// The clinician sheet as text, for the loader's copy (`pain-guide.js`, `handOff`): Safari lets a
/// page write to the clipboard only while handling the press, so the loader starts the write
/// then and fills it with this once this module has arrived.
#[wasm_bindgen]
pub fn sheet_text(host: HtmlElement, answers: String, lang: String) -> String {
    Visit::new(&host, &answers, &lang).sheet_text()
}

/// What every button works from: the patient's answers and the clinic's settings, as the widget
/// on the page shows them, dated when the patient last changed them.
struct Visit {
    answers: Answers,
    clinic: Option<String>,
    submit_url: Option<String>,
    /// The sheet is in the clinic's chosen language, or the patient's.
    sheet_lang: Lang,
    date: String,
    authored: String,
    /// The safety notices the widget showed, from the same answers and numbers.
    notices: Vec<(String, String)>,
}

impl Visit {
    fn new(host: &HtmlElement, answers: &str, lang: &str) -> Visit {
        let stored = storage::from_json(answers).unwrap_or_default();
        let answers = stored.answers;
        // The clinic's settings, validated as the widget does (which already warned about them).
        let (config, _) =
            WidgetConfig::from_sources(|name| host.get_attribute(name), |_| None, None);
        let submit_url = match config.submit {
            Some(Submit::Post(url)) => Some(url),
            _ => None,
        };
        let sheet_lang = config
            .sheet_lang
            .or(Lang::from_tag(lang))
            .unwrap_or_default();
        let (date, authored) = dated(sheet_lang, stored.changed);
        let notices = safety::notices(shared_words(sheet_lang));
        let notices = safety::raised(&notices, &answers)
            .into_iter()
            .map(|notice| (notice.title.to_string(), notice.filled(&config.help)))
            .collect();
        Visit {
            answers,
            clinic: config.clinic_name,
            submit_url,
            sheet_lang,
            date,
            authored,
            notices,
        }
    }

    /// The words the sheet shares with the widget: only these, not the whole interface, are
    /// in this module.
    fn shared(&self) -> &'static i18n::SharedWords {
        shared_words(self.sheet_lang)
    }

    fn sheet(&self) -> Vec<clinician::Section> {
        let words = sheet_strings(self.sheet_lang);
        let (date, clinic) = (&self.date, self.clinic.as_deref());
        clinician::sheet(
            self.shared(),
            words,
            &self.answers,
            date,
            clinic,
            &self.notices,
        )
    }

    fn sheet_text(&self) -> String {
        clinician::as_text(&self.sheet())
    }
}

/// Whether the patient ticked "I agree to send my answers" in this widget.
fn consented(host: &HtmlElement) -> bool {
    host.shadow_root()
        .and_then(|root| root.query_selector(".pg-consent").ok().flatten())
        .and_then(|input| input.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_some_and(|input| input.checked())
}

/// When the patient last changed the answers (`changed`, or now if not known), as `lang` writes a
/// date ("25 November 2026", "25 de noviembre de 2026"), and as ISO 8601 (the FHIR response's
/// `authored`: "the date and/or time that this set of answers were last changed").
fn dated(lang: Lang, changed: Option<u32>) -> (String, String) {
    let when = embed::date_at(changed);
    (
        embed::long_date(&when, lang.tag()),
        when.to_iso_string().into(),
    )
}

/// The FHIR file: its texts are always English, the language of the Questionnaire it answers.
fn response(answers: &Answers, authored: &str) -> String {
    fhir::questionnaire_response(shared_words(Lang::En), &SHEET_EN, answers, authored).to_string()
}

/// Prints `body` alone: it goes into an `about:blank` frame inside the widget (in its shadow
/// root), styled through an adopted sheet (allowed under `style-src 'self'`), and that frame
/// prints, so the host page is neither printed nor restyled. `title` names it in `lang`.
async fn print(host: &HtmlElement, lang: Lang, title: &str, body: &str) -> Result<(), JsValue> {
    let root = host
        .shadow_root()
        .and_then(|shadow| shadow.query_selector(".pg-root").ok().flatten())
        .ok_or("the widget is not on the page")?;
    let document = host.owner_document().ok_or("no document")?;
    // One frame per widget, replaced on each print so it always holds the latest answers.
    if let Some(old_frame) = root.query_selector(".pg-print-frame")? {
        old_frame.remove();
    }
    let frame: HtmlIFrameElement = document.create_element("iframe")?.unchecked_into();
    frame.set_class_name("pg-print-frame");
    frame.set_title(title);
    frame.set_attribute("aria-hidden", "true")?;
    frame.set_tab_index(-1);
    root.append_child(&frame)?;
    let window = frame
        .content_window()
        .ok_or("the print frame has no window")?;
    let page: Document = frame
        .content_document()
        .ok_or("the print frame has no document")?;
    page.set_title(title);
    if let Some(html) = page.document_element() {
        html.set_attribute("lang", lang.tag())?;
    }
    // The light preset, whatever the widget's theme: paper is white.
    let css = widget_css(Theme::Light, &Brand::default(), FontChoice::System).0 + SHEET_RULES;
    // The frame's own CSSStyleSheet: a document only adopts sheets made in it.
    let constructor: js_sys::Function =
        js_sys::Reflect::get(&window, &"CSSStyleSheet".into())?.dyn_into()?;
    let sheet: web_sys::CssStyleSheet =
        js_sys::Reflect::construct(&constructor, &js_sys::Array::new())?.unchecked_into();
    sheet.replace_sync(&css)?;
    js_sys::Reflect::set(
        &page,
        &"adoptedStyleSheets".into(),
        &js_sys::Array::of1(&sheet),
    )?;
    let body_element = page.body().ok_or("the print frame has no body")?;
    let wrapper = page.create_element("div")?;
    wrapper.set_class_name("pg-root pg-sheet");
    set_markup(&wrapper, &window, body)?;
    body_element.append_child(&wrapper)?;
    print_or_say_why(&window).await
}

/// Asks the frame's `window` to print; an error if the browser ignored it. In a page framed
/// without `allow-modals` (a site builder's sandboxed embed) `print()` returns at once and says
/// nothing to the page, where printing starts with `beforeprint`. A second's wait for that event
/// keeps a browser that fires it late from being taken for one that ignored the call. Some fire it
/// only once the patient has answered a dialog (Safari asks "Do you want to print this webpage?"
/// before a page's second print; WebKitGTK shows its print dialog first), so what the patient is
/// told begins "If no print window opened".
async fn print_or_say_why(window: &web_sys::Window) -> Result<(), JsValue> {
    let mut settle = None;
    let started = js_sys::Promise::new(&mut |resolve, _| settle = Some(resolve));
    let settle = settle.ok_or("no promise")?;
    window.add_event_listener_with_callback("beforeprint", &settle)?;
    window.print()?;
    web_sys::window()
        .ok_or("no window")?
        .set_timeout_with_callback_and_timeout_and_arguments_1(&settle, 1000, &JsValue::FALSE)?;
    if JsFuture::from(started).await? == JsValue::FALSE {
        return Err("the browser did not print (a frame without allow-modals?)".into());
    }
    Ok(())
}

/// The name of the widget's Trusted Types policy, which a page that lists the policies it allows
/// (`trusted-types …`) must name (README, the strict policy).
const TRUSTED_TYPES_POLICY: &str = "pain-guide";

/// Puts the sheet's markup into `element`, in the print frame's `window`. A page that enforces
/// Trusted Types (`require-trusted-types-for 'script'`, which the frame inherits) refuses a plain
/// string as markup; the sheet is the widget's own, every value in it escaped (`sheet_html`), so
/// it passes through a policy of the widget's that returns it unchanged.
fn set_markup(
    element: &web_sys::Element,
    window: &web_sys::Window,
    html: &str,
) -> Result<(), JsValue> {
    let markup = trusted_html(window, html).unwrap_or_else(|_| html.into());
    js_sys::Reflect::set(element, &"innerHTML".into(), &markup)?;
    Ok(())
}

/// `html` as `TrustedHTML` from the widget's policy; an error where the browser has no Trusted
/// Types, or the page does not allow the policy (the plain string then goes in, if the page lets it).
fn trusted_html(window: &web_sys::Window, html: &str) -> Result<JsValue, JsValue> {
    let factory = js_sys::Reflect::get(window, &"trustedTypes".into())?;
    let method = |object: &JsValue, name: &str| -> Result<js_sys::Function, JsValue> {
        js_sys::Reflect::get(object, &name.into())?.dyn_into()
    };
    // `String` returns the markup unchanged, without a closure's glue.
    let options = js_sys::Object::new();
    let unchanged = js_sys::Reflect::get(window, &"String".into())?;
    js_sys::Reflect::set(&options, &"createHTML".into(), &unchanged)?;
    let policy = method(&factory, "createPolicy")?.call2(
        &factory,
        &TRUSTED_TYPES_POLICY.into(),
        &options,
    )?;
    method(&policy, "createHTML")?.call1(&policy, &html.into())
}

/// Puts `text` on the clipboard (refused by some pages' permissions policies and old browsers).
async fn copy_text(text: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    JsFuture::from(window.navigator().clipboard().write_text(text)).await?;
    Ok(())
}

/// Offers the FHIR response as a download; nothing is uploaded.
fn save_file(answers: &Answers, authored: &str, host: &HtmlElement) -> Result<(), JsValue> {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/fhir+json");
    let parts = js_sys::Array::of1(&JsValue::from_str(&response(answers, authored)));
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = host.owner_document().ok_or("no document")?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(&format!(
        "pain-summary-{}.json",
        &authored[..authored.len().min(10)]
    ));
    link.click();
    web_sys::Url::revoke_object_url(&url)
}

/// How long Send waits for the clinic's server (its message says 30 seconds).
const SEND_TIMEOUT_MS: u32 = 30_000;

/// Hands the response (`json`) over the way the clinic chose: first the cancelable
/// `pain-guide:submit` event on `host`, then, unless a listener cancelled it, a POST to `url`.
async fn send(host: &HtmlElement, url: Option<&str>, json: &str) -> Result<(), JsValue> {
    let response = js_sys::JSON::parse(json)?;
    let detail = events::object(&[("questionnaireResponse", &response)]);
    let proceed = events::dispatch(host, "pain-guide:submit", &detail, true);
    let (Some(url), true) = (url, proceed) else {
        return Ok(());
    };
    let window = web_sys::window().ok_or("no window")?;
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_body(&JsValue::from_str(json));
    init.set_headers(&events::object(&[(
        "Content-Type",
        &"application/fhir+json".into(),
    )]));
    // A server that takes the answers and never replies would leave "Sending…" (and Send
    // disabled) for as long as the page stays open: given up after 30 seconds, the patient is
    // told to try again.
    init.set_signal(Some(&web_sys::AbortSignal::timeout_with_u32(
        SEND_TIMEOUT_MS,
    )));
    // Not followed: a redirect (an address moved to a trailing slash or to www., an endpoint
    // behind a login page) sends the browser on to GET another page, whose 200 said "Sent" while
    // the answers were dropped on the way.
    init.set_redirect(web_sys::RequestRedirect::Manual);
    let answer: web_sys::Response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(
            |error| match error.unchecked_ref::<js_sys::Error>().name() == "TimeoutError" {
                true => "the clinic's server did not answer within 30 seconds",
                false => "the clinic's server could not be reached",
            },
        )?
        .unchecked_into();
    if answer.type_() == web_sys::ResponseType::Opaqueredirect {
        return Err(
            "the clinic's server answered with a redirect, not followed (a redirected POST \
            loses its answers): set submit-url to the address that takes them"
                .into(),
        );
    }
    match answer.ok() {
        true => Ok(()),
        false => Err(format!("the clinic's server answered HTTP {}", answer.status()).into()),
    }
}
