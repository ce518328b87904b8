//! The browser's URL: reading the query string and writing a new one into history.
//!
//! Inside an iframe the explorer replaces its own history entry instead of pushing, so it never
//! adds entries to the host page's session history (and never touches the host's URL).

use wasm_bindgen::JsValue;

/// The current query string, `?` included (empty when there is none).
pub fn current_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The page's address without query or fragment, for links and exports.
pub fn page_base() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}")
}

/// Whether the page runs inside a frame of another page.
pub fn in_frame() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    match window.parent() {
        Ok(Some(parent)) => !JsValue::from(parent).loose_eq(&JsValue::from(window)),
        _ => false,
    }
}

/// Writes a query string into history: a new entry, or in place of the current one.
pub fn write(query: &str, new_entry: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let path = window.location().pathname().unwrap_or_default();
    let target = format!("{path}{query}");
    let Ok(history) = window.history() else {
        return;
    };
    let result = if new_entry {
        history.push_state_with_url(&JsValue::NULL, "", Some(&target))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&target))
    };
    if let Err(e) = result {
        leptos::logging::warn!("could not update the address: {e:?}");
    }
}

/// Adds a fragment (`#id`) to the current history entry's address, without a new entry.
pub fn set_fragment(id: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let target = format!(
        "{}{}#{id}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&target));
    }
}
