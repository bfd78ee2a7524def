//! The patient's answers, shared by every `<pain-guide>` on the page and kept in the tab's
//! session storage, so a reload never loses them and nothing leaves the browser. Only if the
//! patient asks ("Remember on this device") is a copy kept in local storage, for their next visit. If storage is
//! unavailable (private mode, a sandboxed frame, a full quota) answers live in memory and the
//! widget says so. The console never shows the answers themselves.
//!
//! Widgets in another language are another wasm module, with a store of its own (the loader
//! fetches one build per language). Every save tells the window, without the answers, and the
//! other module's store reads the tab's copy again, so widgets in both languages stay in step.
//! A tab that remembers follows the device's copy when another tab of the site changes it. A page
//! the browser brings back from its back-forward cache, or shows after prerendering it, missed
//! the changes made on the site's other pages meanwhile: the loader, which sees that for every
//! build, sends the same announcement, and the store reads the copies again.

use crate::body_map::storage::{self, Stored};
use crate::scoring::answers::Marks;
use crate::scoring::{Answers, Site};
use std::cell::{Cell, RefCell, RefMut};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::Storage;
use yew::Callback;

const KEY: &str = "pain-guide:answers";
/// The window event a save announces, which the loader sends too when the page is shown again
/// (internal: it carries nothing, and is no part of the embed contract; tests/contract.rs keeps
/// the loader's name for it the same).
pub const SAVED: &str = "pain-guide-answers-saved";
const UNDO_LIMIT: usize = 50;

/// What the last Undo or "Clear all" did to the marks, for the map to say: both keep focus, and
/// the count of areas does not always change.
#[derive(Clone, Copy)]
pub enum MarksChange {
    Cleared,
    /// The one place Undo changed; `None` when it brought back several (a "Clear all").
    Undone(Option<Site>),
}

struct Store {
    answers: Rc<Answers>,
    /// When the patient last changed them (`storage::Stored::changed`).
    changed: Option<u32>,
    /// The marks before each change to them, for the map's Undo. Only the marks: the Summary's
    /// answers are changed where they are asked, and an Undo on the map took them back unseen.
    history: Vec<Marks>,
    /// What the last Undo or "Clear all" did, and the answers it left: stale once they are
    /// replaced.
    last_marks_change: Option<(MarksChange, Rc<Answers>)>,
    /// `None` once storage proved unavailable.
    storage: Option<Storage>,
    /// Local storage, while the patient asks for their answers to be remembered on this device.
    remembered: Option<Storage>,
    subscribers: Vec<(u32, Callback<()>)>,
    next_subscriber: u32,
}

thread_local! {
    // Loaded on first use, then kept for the page's life (leaked): every caller borrows it through
    // one non-generic accessor, where a closure per caller cost a copy of the access code each.
    static STORE: &'static RefCell<Store> = {
        follow_other_copies();
        Box::leak(Box::new(RefCell::new(load())))
    };
    /// Set while this module announces its own save, which it need not read back.
    static ANNOUNCING: Cell<bool> = const { Cell::new(false) };
    /// Removes the window listeners below when aborted (see [`listening`]).
    static LISTENING: Option<web_sys::AbortController> = web_sys::AbortController::new().ok();
}

/// This copy of the code's hold on its window listeners, which the loader takes as the code
/// arrives and aborts when it gives the copy up after a fault: code that stopped must not run
/// again at the next save (it may fail again, and WebKit's stacks cannot tell its failure from
/// the new copy's), and the loader cannot ask it to stop then.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn listening() -> Option<web_sys::AbortController> {
    LISTENING.with(Clone::clone)
}

/// Reads the tab's copy again whenever another module (a widget in another language) saves, or
/// the loader says the page is shown again, and follows the device's copy, while the
/// patient asks to be remembered, when another tab changes it: there is one patient on the
/// device, and a stale page would otherwise overwrite the other's answers with its own on its
/// next change.
fn follow_other_copies() {
    let from_other_module = Closure::<dyn Fn()>::new(|| {
        if !ANNOUNCING.get() {
            reload();
        }
    });
    let from_other_tab =
        Closure::<dyn Fn(web_sys::StorageEvent)>::new(|event: web_sys::StorageEvent| {
            let (session, remembered) = {
                let store = store();
                (store.storage.clone(), store.remembered.clone())
            };
            let device_copy = remembered.is_some()
                && event.storage_area() == remembered
                && event.key().as_deref() == Some(KEY);
            if !device_copy {
                return;
            }
            // Its answers become this tab's. Gone, the patient asked there not to be remembered any
            // more ("Forget", or "Remember" unticked): this tab keeps its own copy and stops too.
            if let (Some(text), Some(session)) = (event.new_value(), session) {
                let _ = session.set_item(KEY, &text);
            }
            reload();
        });
    if let Some(window) = web_sys::window() {
        let options = web_sys::AddEventListenerOptions::new();
        LISTENING.with(|hold| {
            if let Some(hold) = hold {
                options.set_signal(&hold.signal());
            }
        });
        let listen = |event: &str, listener: &wasm_bindgen::JsValue| {
            let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
                event,
                listener.unchecked_ref(),
                &options,
            );
        };
        listen(SAVED, from_other_module.as_ref());
        listen("storage", from_other_tab.as_ref());
    }
    // They listen for the page's life, like the store, unless the loader gives this copy up.
    from_other_module.forget();
    from_other_tab.forget();
}

/// Takes up the stored copies again after another widget or tab wrote them.
fn reload() {
    {
        let mut store = store();
        let saved = load();
        store.answers = saved.answers;
        store.changed = saved.changed;
        store.remembered = saved.remembered;
        // Undo would now undo the other widget's change as if it were this one's.
        store.history.clear();
    }
    notify();
}

/// The page's store, borrowed until the returned guard is dropped.
fn store() -> RefMut<'static, Store> {
    STORE.with(|store| *store).borrow_mut()
}

/// Reads storage that can be used: `None` if the browser refuses it.
fn usable(storage: Option<Storage>) -> Option<(Storage, Option<String>)> {
    let storage = storage?;
    let text = storage.get_item(KEY).ok()?;
    Some((storage, text))
}

fn load() -> Store {
    let window = web_sys::window();
    let session = usable(
        window
            .as_ref()
            .and_then(|w| w.session_storage().ok().flatten()),
    );
    // A copy in local storage means the patient asked to be remembered on this device.
    let local = usable(window.and_then(|w| w.local_storage().ok().flatten()))
        .filter(|(_, text)| text.is_some());
    let stored = session
        .as_ref()
        .and_then(|(_, text)| text.clone())
        .or_else(|| local.as_ref().and_then(|(_, text)| text.clone()));
    let stored = match stored.map(|text| storage::from_json(&text)) {
        Some(Ok(stored)) => {
            if !stored.problems.is_empty() {
                crate::embed::warn(&format!(
                    "pain-guide: {} saved answer(s) could not be read and were left out.",
                    stored.problems.len()
                ));
            }
            stored
        }
        Some(Err(why)) => {
            crate::embed::warn(&format!(
                "pain-guide: saved answers were set aside ({why}); starting afresh."
            ));
            Stored::default()
        }
        None => Stored::default(),
    };
    if session.is_none() {
        crate::embed::warn("pain-guide: this browser does not let the page keep answers; they last until the page is closed.");
    }
    Store {
        answers: Rc::new(stored.answers),
        changed: stored.changed,
        history: Vec::new(),
        last_marks_change: None,
        storage: session.map(|(storage, _)| storage),
        remembered: local.map(|(storage, _)| storage),
        subscribers: Vec::new(),
        next_subscriber: 0,
    }
}

/// The current answers.
pub fn answers() -> Rc<Answers> {
    store().answers.clone()
}

/// When the patient last changed their answers, in seconds since 1970; `None` if not known.
pub fn changed() -> Option<u32> {
    store().changed
}

/// Whether answers survive a reload of the tab.
pub fn keeps_answers() -> bool {
    store().storage.is_some()
}

pub fn can_undo() -> bool {
    !store().history.is_empty()
}

/// What the last Undo or "Clear all" did, while the answers are as it left them.
pub fn last_marks_change() -> Option<MarksChange> {
    let store = store();
    let (change, left) = store.last_marks_change.as_ref()?;
    Rc::ptr_eq(left, &store.answers).then_some(*change)
}

/// Changes the answers, saves them and tells every widget on the page.
pub fn change(edit: impl FnOnce(&mut Answers)) {
    change_joining(false, edit);
}

/// [`change`]; with `joins_last`, as part of the last change to the marks, which Undo then takes
/// back with it (the "0" of a "10" typed on the map, after its "1").
pub fn change_joining(joins_last: bool, edit: impl FnOnce(&mut Answers)) {
    // Only the edit is generic: the rest, compiled once, would otherwise be copied for each of
    // the dozen callers.
    let mut next = (*answers()).clone();
    edit(&mut next);
    commit(next, joins_last, None);
}

/// "Clear all": unmarks every place.
pub fn clear_marks() {
    let next = Answers {
        marks: Marks::default(),
        ..(*answers()).clone()
    };
    commit(next, false, Some(MarksChange::Cleared));
}

/// Sets the answers; `marks_change`, what the map is to say of the change, if anything.
fn commit(next: Answers, joins_last: bool, marks_change: Option<MarksChange>) {
    {
        let mut store = store();
        if next == *store.answers {
            return;
        }
        let previous = std::mem::replace(&mut store.answers, Rc::new(next));
        // A change joining the last keeps the marks from before that one, for Undo to go back to.
        let joins = joins_last && !store.history.is_empty();
        if previous.marks != store.answers.marks && !joins {
            store.history.push(previous.marks.clone());
            if store.history.len() > UNDO_LIMIT {
                store.history.remove(0);
            }
        }
        store.last_marks_change = marks_change.map(|change| (change, store.answers.clone()));
        stamp(&mut store);
        save(&mut store);
    }
    notify();
}

/// Goes back one change to the marks.
pub fn undo() {
    {
        let mut store = store();
        let Some(marks) = store.history.pop() else {
            return;
        };
        let place = marks.only_difference(&store.answers.marks);
        store.answers = Rc::new(Answers {
            marks,
            ..(*store.answers).clone()
        });
        store.last_marks_change = Some((MarksChange::Undone(place), store.answers.clone()));
        stamp(&mut store);
        save(&mut store);
    }
    notify();
}

/// Whether a copy is kept on this device for the patient's next visit.
pub fn remembers() -> bool {
    store().remembered.is_some()
}

/// "Remember on this device": on, a copy goes to local storage with every change; off, that copy
/// is erased (the tab's own copy stays).
pub fn set_remember(on: bool) {
    {
        let mut store = store();
        if let Some(local) = store.remembered.take() {
            let _ = local.remove_item(KEY);
        }
        if on {
            store.remembered = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
            save(&mut store);
        }
    }
    notify();
}

/// "Forget my answers": erases them everywhere they are, the undo history and the copy on this
/// device included.
pub fn forget() {
    set_remember(false);
    {
        let mut store = store();
        store.answers = Rc::default();
        stamp(&mut store);
        store.history.clear();
        save(&mut store);
    }
    notify();
}

fn save(store: &mut Store) {
    let text = storage::to_json(&store.answers, store.changed);
    // The tab's copy goes once there is nothing in it. The device's stays, empty or not, while the
    // patient asks to be remembered: that it is there is what says so, after "Clear all" too (to
    // a reload, the next visit and the site's other tabs).
    let untouched = *store.answers == Answers::default();
    let kept_in_tab = |storage: &Storage| match untouched {
        true => storage.remove_item(KEY),
        false => storage.set_item(KEY, &text),
    };
    if store
        .storage
        .as_ref()
        .is_some_and(|storage| kept_in_tab(storage).is_err())
        || store
            .remembered
            .as_ref()
            .is_some_and(|storage| storage.set_item(KEY, &text).is_err())
    {
        crate::embed::warn("pain-guide: the browser refused to keep answers (storage full?); they last until the page is closed.");
        store.storage = None;
        store.remembered = None;
        return;
    }
    let announce = web_sys::window().zip(web_sys::CustomEvent::new(SAVED).ok());
    if let Some((window, event)) = announce {
        ANNOUNCING.set(true);
        let _ = window.dispatch_event(&event);
        ANNOUNCING.set(false);
    }
}

/// Dates the answers now, in whole seconds since 1970 by the device's clock; once none are left
/// (all cleared, undone or forgotten) there is nothing to date, and no "You gave these answers
/// on…" for a later visit.
fn stamp(store: &mut Store) {
    store.changed =
        (*store.answers != Answers::default()).then(|| (js_sys::Date::now() / 1000.0) as u32);
}

fn notify() {
    // Callbacks run after the store is released: they may read it.
    let callbacks: Vec<Callback<()>> = store()
        .subscribers
        .iter()
        .map(|(_, cb)| cb.clone())
        .collect();
    for callback in callbacks {
        callback.emit(());
    }
}

/// Calls `on_change` after every change until the returned value is dropped.
pub fn subscribe(on_change: Callback<()>) -> Subscription {
    let mut store = store();
    let id = store.next_subscriber;
    store.next_subscriber += 1;
    store.subscribers.push((id, on_change));
    Subscription(id)
}

pub struct Subscription(u32);

impl Drop for Subscription {
    fn drop(&mut self) {
        store().subscribers.retain(|(id, _)| *id != self.0);
    }
}
