//! The explorer inside another page's iframe: it posts its height and its state to the parent,
//! and takes `report-explorer:set` messages from the parent (and only the parent).
//!
//! Messages out (to `window.parent`):
//! - `{type: "report-explorer:ready", version, state, query}` once the report is shown;
//! - `{type: "report-explorer:height", height}` whenever the page's height changes;
//! - `{type: "report-explorer:change", state, query}` whenever the reader changes the view.
//!
//! Messages in: `{type: "report-explorer:set", faction?, speaker?, section?, source?, q?, view?,
//! quote?}`, facet values as an array of ids or a comma-separated string. The message replaces the
//! filters and view. Anything else, or anything from another window, is ignored with a warning.

use crate::js_read;
use crate::state::Explorer;
use explorer_core::params::Param;
use explorer_core::view_state::{StateValue, ViewState};
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The prefix of every message type.
pub const PREFIX: &str = "report-explorer:";

/// A message to the parent page: a plain JavaScript object.
struct Message(js_sys::Object);

impl Message {
    fn new(kind: &str) -> Self {
        let message = Message(js_sys::Object::new());
        message.with("type", JsValue::from_str(&format!("{PREFIX}{kind}")))
    }

    fn with(self, key: &str, value: JsValue) -> Self {
        let _ = js_sys::Reflect::set(&self.0, &JsValue::from_str(key), &value);
        self
    }

    /// With the state, its query string and the report's version.
    fn with_state(self, state: &ViewState, query: &str, version: &str) -> Self {
        let object = js_sys::Object::new();
        for entry in state.state_entries() {
            let value = match entry.value {
                StateValue::List(values) => values
                    .iter()
                    .map(|v| JsValue::from_str(v))
                    .collect::<js_sys::Array>()
                    .into(),
                StateValue::Text(text) => JsValue::from_str(&text),
                StateValue::Missing => JsValue::NULL,
            };
            let _ = js_sys::Reflect::set(&object, &JsValue::from_str(entry.param.key()), &value);
        }
        self.with("state", object.into())
            .with("query", JsValue::from_str(query))
            .with("version", JsValue::from_str(version))
    }
}

/// Reads a `report-explorer:set` message: the parameters it sets, as written in a URL.
/// Anything but a well-formed message is an error.
fn read_set_message(data: &JsValue) -> Result<Vec<(Param, String)>, String> {
    if !js_read::is_object(data) {
        return Err("not an object".to_owned());
    }
    if js_read::string(data, "type")?.as_deref() != Some(&format!("{PREFIX}set")) {
        return Err("unknown type".to_owned());
    }
    let mut allowed = vec!["type"];
    allowed.extend(Param::STATE.iter().map(|p| p.key()));
    js_read::only_keys(data, &allowed)?;
    let mut values = Vec::new();
    for param in Param::STATE {
        let value = if param.is_list() {
            js_read::strings(data, param.key())?.map(|v| v.join(","))
        } else {
            js_read::string(data, param.key())?
        };
        if let Some(value) = value {
            values.push((param, value));
        }
    }
    Ok(values)
}

fn post(message: Message) {
    let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) else {
        return;
    };
    // The state is not secret; the loader checks who sent it.
    let _ = parent.post_message(&message.0, "*");
}

/// Connects a framed explorer to its parent page. Does nothing outside a frame. The code that
/// talks to the parent is loaded on demand (a page outside a frame never needs it), then runs
/// under the explorer's owner, as if called here.
pub fn install(explorer: Explorer) {
    if !explorer.framed {
        return;
    }
    #[cfg(feature = "split")]
    {
        let owner = Owner::current();
        leptos::task::spawn_local(connect(explorer, owner));
    }
    #[cfg(not(feature = "split"))]
    connect_now(explorer);
}

#[cfg(feature = "split")]
#[leptos::lazy]
fn connect(explorer: Explorer, owner: Option<Owner>) {
    match owner {
        Some(owner) => owner.with(|| connect_now(explorer)),
        None => connect_now(explorer),
    }
}

fn connect_now(explorer: Explorer) {
    let version = explorer.data().report.content_hash.clone();
    let measure = height_reporter();
    // State: "ready" first, then "change" on every change; the height may change with it.
    let first = Rc::new(Cell::new(true));
    {
        let measure = measure.clone();
        crate::effect::effect(move || {
            let (state, query) = (explorer.state.get(), explorer.query().get());
            let kind = if first.replace(false) {
                "ready"
            } else {
                "change"
            };
            post(Message::new(kind).with_state(&state, &query, &version));
            remeasure_soon(&measure);
        });
    }
    listen_to_parent(explorer);
}

/// Measures the page and posts its height when it changed. Called by a ResizeObserver, and on
/// timers: the browser throttles observers in off-screen cross-origin frames, but the host still
/// needs the right height before the reader scrolls there.
fn height_reporter() -> Rc<dyn Fn()> {
    let last = Rc::new(Cell::new(-1));
    let measure: Rc<dyn Fn()> = Rc::new(move || {
        let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        else {
            return;
        };
        let height = root.get_bounding_client_rect().height().ceil() as i32;
        if height != last.replace(height) {
            post(Message::new("height").with("height", JsValue::from(height)));
        }
    });
    measure();
    let document = web_sys::window().and_then(|w| w.document());
    let on_resize = {
        let measure = measure.clone();
        Closure::<dyn FnMut()>::new(move || measure())
    };
    if let (Some(document), Ok(observer)) = (
        document,
        web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()),
    ) {
        if let Some(root) = document.document_element() {
            observer.observe(&root);
        }
        if let Some(body) = document.body() {
            observer.observe(&body);
        }
        // Nothing in JavaScript holds the observer: keep it for the page's lifetime.
        std::mem::forget(observer);
    }
    on_resize.forget();
    measure
}

/// Measures again shortly, after the view has rendered.
fn remeasure_soon(measure: &Rc<dyn Fn()>) {
    for delay in [30, 300, 1_000] {
        let measure = measure.clone();
        Timeout::new(delay, move || measure()).forget();
    }
}

/// Applies `report-explorer:set` messages from the parent window; warns about anything else.
fn listen_to_parent(explorer: Explorer) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let listener = EventListener::new(&window, "message", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        let from_parent = match (
            event.source(),
            web_sys::window().and_then(|w| w.parent().ok().flatten()),
        ) {
            (Some(source), Some(parent)) => source.loose_eq(&parent.into()),
            _ => false,
        };
        if !from_parent {
            leptos::logging::warn!(
                "report explorer: ignored a message from a window that is not the embedding page"
            );
            return;
        }
        match read_set_message(&event.data()) {
            Ok(values) => {
                // Read back through the URL rules: unknown values are dropped with a notice.
                explorer.go_to_query(explorer.now().with_message(&values));
            }
            Err(why) => leptos::logging::warn!(
                "report explorer: ignored a message ({why}); expected {{type: \"{PREFIX}set\", faction, speaker, section, source, q, view, quote}}"
            ),
        }
    });
    listener.forget();
}
