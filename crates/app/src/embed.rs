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
use crate::url;
use explorer_core::facets::Facet;
use explorer_core::view_state::{View, ViewState, percent_encode};
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

/// The state as the host page sees it.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct EmbedState {
    pub faction: Vec<String>,
    pub speaker: Vec<String>,
    pub section: Vec<String>,
    pub source: Vec<String>,
    pub q: String,
    pub view: String,
    pub quote: Option<String>,
}

impl EmbedState {
    fn of(state: &ViewState) -> Self {
        let values = |facet: Facet| state.query.values(facet).iter().cloned().collect();
        EmbedState {
            faction: values(Facet::Faction),
            speaker: values(Facet::Speaker),
            section: values(Facet::Section),
            source: values(Facet::Source),
            q: state.query.text.clone(),
            view: state.view.key().to_owned(),
            quote: state.quote.clone(),
        }
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

/// A `report-explorer:set` message: the filters and view the parent asks for.
#[derive(Debug, Default)]
struct SetMessage {
    facets: Vec<(&'static str, Vec<String>)>,
    q: Option<String>,
    view: Option<String>,
    quote: Option<String>,
}

impl SetMessage {
    /// Reads a message; anything but a well-formed `report-explorer:set` is an error.
    fn read(data: &JsValue) -> Result<SetMessage, String> {
        if !js_read::is_object(data) {
            return Err("not an object".to_owned());
        }
        if js_read::string(data, "type")?.as_deref() != Some(&format!("{PREFIX}set")) {
            return Err("unknown type".to_owned());
        }
        js_read::only_keys(
            data,
            &[
                "type", "faction", "speaker", "section", "source", "q", "view", "quote",
            ],
        )?;
        let mut message = SetMessage::default();
        for facet in Facet::ALL {
            if let Some(values) = js_read::strings(data, facet.key())? {
                message.facets.push((facet.key(), values));
            }
        }
        message.q = js_read::string(data, "q")?;
        message.view = js_read::string(data, "view")?;
        message.quote = js_read::string(data, "quote")?;
        Ok(message)
    }

    /// The query string the message asks for (read back through the same checks as a URL).
    fn query(&self, current: &ViewState) -> String {
        let mut parts = Vec::new();
        for (key, values) in &self.facets {
            parts.push(format!("{key}={}", percent_encode(&values.join(","))));
        }
        if let Some(q) = &self.q {
            parts.push(format!("q={}", percent_encode(q)));
        }
        if let Some(view) = &self.view {
            parts.push(format!("view={}", percent_encode(view)));
        }
        if let Some(quote) = &self.quote {
            parts.push(format!("quote={}", percent_encode(quote)));
        }
        // Embedding settings stay as they are.
        let mut kept = ViewState {
            report: current.report.clone(),
            embed: current.embed,
            theme: current.theme,
            version: current.version.clone(),
            ..ViewState::default()
        }
        .to_query();
        if !kept.is_empty() {
            kept.remove(0);
            parts.push(kept);
        }
        format!("?{}", parts.join("&"))
    }
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
            let (state, query) = (explorer.state.get(), explorer.query.get());
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
        match SetMessage::read(&event.data()) {
            Ok(message) => {
                let current = explorer.now();
                let query = message.query(&current);
                // Read back through the URL rules: unknown values are dropped with a notice.
                explorer.query.set(query.clone());
                url::write(&query, false);
            }
            Err(why) => leptos::logging::warn!(
                "report explorer: ignored a message ({why}); expected {{type: \"{PREFIX}set\", faction, speaker, section, source, q, view, quote}}"
            ),
        }
    });
    listener.forget();
}

/// The link that opens the full explorer in the same state.
pub fn full_explorer_link(base: &str, state: &ViewState) -> String {
    let mut full = state.clone();
    full.embed = false;
    full.version = None;
    format!("{base}{}", full.to_query())
}

/// Whether the state asks for a single quote's card: embedded, a quote, nothing else.
pub fn is_single_quote(state: &ViewState) -> bool {
    state.embed && state.quote.is_some() && state.query.is_empty() && state.view == View::Quotes
}
