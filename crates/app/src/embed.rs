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
use explorer_core::view_state::ViewState;
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use leptos::prelude::*;
use serde::Serialize;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The prefix of every message type.
pub const PREFIX: &str = "report-explorer:";

/// The state as the host page sees it: every parameter of [`Param::STATE`] by its key, facet
/// values as lists.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EmbedState(Vec<(Param, Option<Vec<String>>, Option<String>)>);

impl EmbedState {
    fn of(state: &ViewState) -> Self {
        let written = state.params();
        let value = |param: Param| {
            written
                .iter()
                .find(|(p, _)| *p == param)
                .map(|(_, v)| v.clone())
        };
        EmbedState(
            Param::STATE
                .iter()
                .map(|&param| match param.facet() {
                    Some(facet) => (
                        param,
                        Some(state.query.values(facet).iter().cloned().collect()),
                        None,
                    ),
                    None if param == Param::View => {
                        (param, None, Some(state.view.key().to_owned()))
                    }
                    None if param == Param::Search => (param, None, Some(state.query.text.clone())),
                    None => (param, None, value(param)),
                })
                .collect(),
        )
    }
}

impl Serialize for EmbedState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (param, list, text) in &self.0 {
            match list {
                Some(list) => map.serialize_entry(param.key(), list)?,
                None => map.serialize_entry(param.key(), text)?,
            }
        }
        map.end()
    }
}

/// A message to the parent page.
#[derive(Serialize)]
struct Outgoing<'a> {
    #[serde(rename = "type")]
    kind: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    height: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    state: Option<EmbedState>,
    #[serde(skip_serializing_if = "Option::is_none")]
    query: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    version: Option<&'a str>,
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

fn post(message: &Outgoing<'_>) {
    let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) else {
        return;
    };
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    if let Ok(value) = message.serialize(&serializer) {
        // The state is not secret; the loader checks who sent it.
        let _ = parent.post_message(&value, "*");
    }
}

/// Connects a framed explorer to its parent page. Does nothing outside a frame.
pub fn install(explorer: Explorer) {
    if !explorer.framed {
        return;
    }
    let version = explorer.data().report.content_hash.clone();
    let measure = height_reporter();
    // State: "ready" first, then "change" on every change; the height may change with it.
    let first = Rc::new(Cell::new(true));
    {
        let measure = measure.clone();
        Effect::new(move |_| {
            let (state, query) = (explorer.state.get(), explorer.query().get());
            let kind = if first.replace(false) {
                "ready"
            } else {
                "change"
            };
            let kind = format!("{PREFIX}{kind}");
            post(&Outgoing {
                kind: &kind,
                height: None,
                state: Some(EmbedState::of(&state)),
                query: Some(query),
                version: Some(&version),
            });
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
            post(&Outgoing {
                kind: &format!("{PREFIX}height"),
                height: Some(height),
                state: None,
                query: None,
                version: None,
            });
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
