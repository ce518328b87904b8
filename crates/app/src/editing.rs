//! The editing tools (opening a reader's own report, correcting attributions) are a separate
//! wasm, `explorer-editor`, loaded the first time a reader asks for them, so that the first
//! visit does not carry them. This module loads it and talks with it through window events:
//!
//! - to the editor, `report-explorer:edit` with `{action, report, quote}`: `action` is `open`
//!   (the "Open a report" dialog), `quote` (correct one quote), `speakers` or `factions`
//!   (correct the speakers or factions); `report` is the report shown (`local:<hash>` or a
//!   hosted report's name);
//! - from the editor, `report-explorer:opened` with `{hash, model}` (a report the reader opened,
//!   as its model file's bytes) and `report-explorer:corrected` with `{report}`.

use crate::load;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// What the reader asks the editor for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    /// Open a report of their own.
    Open,
    /// Correct one quote (its first segment's id).
    Quote(String),
    /// Correct the speakers.
    Speakers,
    /// Correct the factions.
    Factions,
}

/// Whether the editor is being loaded or has loaded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditorState {
    /// Not asked for yet.
    Idle,
    /// Loading.
    Loading,
    /// Could not load.
    Failed,
}

/// The editor's state, shared by the buttons that open it.
#[derive(Clone, Copy)]
pub struct Editor(pub RwSignal<EditorState>);

/// Provides the editor's state to the page's components.
pub fn provide() {
    provide_context(Editor(RwSignal::new(EditorState::Idle)));
}

/// Asks the editor for `edit` on `report`, loading it first if needed.
pub fn request(editor: Editor, edit: Edit, report: String) {
    let detail = js_sys::Object::new();
    let (action, quote) = match &edit {
        Edit::Open => ("open", None),
        Edit::Quote(id) => ("quote", Some(id.clone())),
        Edit::Speakers => ("speakers", None),
        Edit::Factions => ("factions", None),
    };
    let set = |k: &str, v: JsValue| {
        let _ = js_sys::Reflect::set(&detail, &JsValue::from_str(k), &v);
    };
    set("action", JsValue::from_str(action));
    set("report", JsValue::from_str(&report));
    set(
        "quote",
        quote.map_or(JsValue::NULL, |q| JsValue::from_str(&q)),
    );
    let Some(window) = web_sys::window() else {
        return;
    };
    // boot.js defines the loader: an import of the editor's module (no inline script here).
    let loader = js_sys::Reflect::get(&window, &JsValue::from_str("explorerLoadEditor"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let Some(loader) = loader else {
        editor.0.set(EditorState::Failed);
        return;
    };
    editor.0.set(EditorState::Loading);
    leptos::task::spawn_local(async move {
        let loaded = match loader.call0(&JsValue::NULL) {
            Ok(promise) => wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise))
                .await
                .is_ok(),
            Err(_) => false,
        };
        if !loaded {
            editor.0.try_set(EditorState::Failed);
            return;
        }
        editor.0.try_set(EditorState::Idle);
        // The editor's events can only come once it has loaded: listen from then on.
        if let Some((go_to_report, reload)) = CALLBACKS.take() {
            install_listeners(go_to_report, reload).await;
        }
        let init = web_sys::CustomEventInit::new();
        init.set_detail(&detail);
        if let Ok(event) =
            web_sys::CustomEvent::new_with_event_init_dict("report-explorer:edit", &init)
        {
            let _ = window.dispatch_event(&event);
        }
    });
}

/// What the page does when the editor says a report was opened, or corrections changed.
type Callbacks = (Rc<dyn Fn(String)>, Rc<dyn Fn()>);

thread_local! {
    /// Kept by `listen` until the editor has loaded.
    static CALLBACKS: RefCell<Option<Callbacks>> = const { RefCell::new(None) };
}

/// Follows what the editor tells the page: a report opened (shown at once, under its
/// `local:` address) or corrections changed (the report reloaded). The listeners (and their
/// code, loaded on demand) are installed once the editor has loaded.
pub fn listen(go_to_report: impl Fn(String) + 'static, reload: impl Fn() + 'static) {
    CALLBACKS.set(Some((Rc::new(go_to_report), Rc::new(reload))));
}

#[cfg(feature = "split")]
#[leptos::lazy]
fn install_listeners(go_to_report: Rc<dyn Fn(String)>, reload: Rc<dyn Fn()>) {
    install_listeners_now(go_to_report, reload);
}

#[cfg(not(feature = "split"))]
async fn install_listeners(go_to_report: Rc<dyn Fn(String)>, reload: Rc<dyn Fn()>) {
    install_listeners_now(go_to_report, reload);
}

fn install_listeners_now(go_to_report: Rc<dyn Fn(String)>, reload: Rc<dyn Fn()>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let detail = |event: &web_sys::Event| {
        event
            .dyn_ref::<web_sys::CustomEvent>()
            .map(web_sys::CustomEvent::detail)
            .unwrap_or(JsValue::UNDEFINED)
    };
    let field = |value: &JsValue, key: &str| {
        js_sys::Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    };
    let opened = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        let detail = detail(&event);
        let Some(hash) = field(&detail, "hash").as_string() else {
            return;
        };
        let model = field(&detail, "model");
        if model.is_instance_of::<js_sys::Uint8Array>() {
            load::remember(&hash, js_sys::Uint8Array::new(&model).to_vec());
        }
        go_to_report(format!("local:{hash}"));
    });
    let corrected = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        if let Some(hash) = field(&detail(&event), "report")
            .as_string()
            .and_then(|r| r.strip_prefix("local:").map(str::to_owned))
        {
            load::forget(&hash);
        }
        reload();
    });
    let _ = window.add_event_listener_with_callback(
        "report-explorer:opened",
        opened.as_ref().unchecked_ref(),
    );
    let _ = window.add_event_listener_with_callback(
        "report-explorer:corrected",
        corrected.as_ref().unchecked_ref(),
    );
    // For the page's lifetime.
    opened.forget();
    corrected.forget();
}
