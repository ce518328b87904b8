//! Page-wide keys: `/` focuses the search box (unless one is typing somewhere).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The id of the search input.
pub const SEARCH_ID: &str = "search";

/// Installs the page-wide key handler; it lasts until its handle is removed.
pub fn install() -> WindowListenerHandle {
    window_event_listener(leptos::ev::keydown, move |event| {
        if event.key() != "/" || event.ctrl_key() || event.meta_key() || event.alt_key() {
            return;
        }
        // Typing into a text field keeps its "/"; a checkbox or a button does not type.
        let typing = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| {
                let text_input = el.tag_name() == "INPUT"
                    && !matches!(
                        el.get_attribute("type").as_deref(),
                        Some("checkbox" | "radio" | "button" | "submit" | "reset")
                    );
                text_input
                    || matches!(el.tag_name().as_str(), "TEXTAREA" | "SELECT")
                    || el.has_attribute("contenteditable")
            });
        if typing {
            return;
        }
        let search = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(SEARCH_ID))
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(search) = search {
            event.prevent_default();
            let _ = search.focus();
        }
    })
}
