//! Bringing a place into view: scroll to it and move focus there, once it is rendered.

use crate::state::Explorer;
use explorer_core::anchors;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Scrolls to the quote whenever the URL names one.
pub fn follow_linked_quote(explorer: Explorer) {
    let linked = Memo::new(move |_| explorer.state.with(|s| s.quote.clone()));
    crate::effect::effect(move || {
        let Some(id) = linked.get() else { return };
        after_render(anchors::quote(&id));
    });
}

/// Scrolls to the address's fragment (`#note-12`) once the view has rendered: the browser could
/// not when the page loaded, before the view existed.
pub fn follow_fragment() {
    crate::effect::effect(move || {
        let hash = web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default();
        if let Some(id) = hash.strip_prefix('#').filter(|id| !id.is_empty()) {
            after_render(id.to_owned());
        }
    });
}

/// Scrolls to an element once the view in progress has rendered.
pub fn after_render(element_id: String) {
    request_animation_frame(move || scroll_to(&element_id));
}

/// Scrolls an element into the middle of the view and focuses it for keyboard users.
pub fn scroll_to(element_id: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(element) = document.get_element_by_id(element_id) else {
        return;
    };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    // Jump rather than glide: the reader asked for this place.
    options.set_behavior(web_sys::ScrollBehavior::Instant);
    element.scroll_into_view_with_scroll_into_view_options(&options);
    if let Ok(html) = element.dyn_into::<web_sys::HtmlElement>() {
        if !html.has_attribute("tabindex") {
            let _ = html.set_attribute("tabindex", "-1");
        }
        let focus = web_sys::FocusOptions::new();
        focus.set_prevent_scroll(true);
        let _ = html.focus_with_options(&focus);
    }
}
