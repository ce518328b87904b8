//! What connects the explorer to the browser around it: the back and forward buttons, page-wide
//! keys, the document's title and theme, and the embedding page. Nothing of this runs when the
//! components are rendered to HTML at build time.

use crate::state::Explorer;

/// Connects the explorer to the page (in the browser only).
#[cfg(target_arch = "wasm32")]
pub fn install(explorer: Explorer) {
    use leptos::prelude::*;
    let requested = explorer.data().requested.clone();
    let reloader = use_context::<crate::app::Reloader>();
    let popstate = window_event_listener(leptos::ev::popstate, move |_| {
        let query = crate::url::current_query();
        // Back or forward to another report: load it.
        if explorer_core::view_state::requested_report(&query) != requested
            && let Some(reloader) = reloader
        {
            reloader.reload();
            return;
        }
        explorer.follow_address(query)
    });
    // The page's listeners end with the explorer they serve (another report reloads it).
    let mut handles = vec![popstate, crate::keyboard::install()];
    handles.extend(close_popovers_when_left());
    on_cleanup(move || handles.into_iter().for_each(WindowListenerHandle::remove));
    sync_document(explorer);
    crate::embed::install(explorer);
}

/// Rendered to HTML at build time: there is no browser to connect to.
#[cfg(not(target_arch = "wasm32"))]
pub fn install(_explorer: Explorer) {}

/// Once the app's first content has rendered, puts it in the place of the page's first view
/// (rendered at build time) and of the loading line, in one step before the next paint: the
/// reader sees no flash and no shift. Focus stays on the element of the same id.
///
/// An effect runs after the component's view is in the DOM, in the same task (effects run as
/// microtasks), so nothing is painted in between. (Not an animation frame: browsers hold those
/// back in frames off screen, and an embed further down a host page would stay hidden.)
pub fn reveal_when_rendered() {
    #[cfg(target_arch = "wasm32")]
    crate::effect::effect(reveal);
}

#[cfg(target_arch = "wasm32")]
fn reveal() {
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let focused = document
        .active_element()
        .map(|e| e.id())
        .filter(|id| !id.is_empty());
    for id in ["first-view", "boot-status"] {
        if let Some(element) = document.get_element_by_id(id) {
            element.remove();
        }
    }
    if let Some(app) = document.get_element_by_id("app") {
        let _ = app.remove_attribute("hidden");
    }
    if let Some(html) = document.document_element() {
        let _ = html.class_list().remove_1("deep-link");
    }
    if let Some(element) = focused
        .and_then(|id| document.get_element_by_id(&id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// Closes an open popover (a note opened in place: `details.popover`) on Esc, on a tap or click
/// elsewhere, and when focus moves out of it; Esc returns focus to the popover's own button.
#[cfg(target_arch = "wasm32")]
fn close_popovers_when_left() -> [leptos::prelude::WindowListenerHandle; 3] {
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;
    fn open_popovers() -> Vec<web_sys::Element> {
        let Some(found) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector_all("details.popover[open]").ok())
        else {
            return Vec::new();
        };
        (0..found.length())
            .filter_map(|i| found.item(i))
            .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
            .collect()
    }
    fn close_unless_inside(target: Option<web_sys::Node>) {
        for popover in open_popovers() {
            if !popover.contains(target.as_ref()) {
                let _ = popover.remove_attribute("open");
            }
        }
    }
    let escape = window_event_listener(leptos::ev::keydown, |event| {
        if event.key() != "Escape" {
            return;
        }
        for popover in open_popovers() {
            let _ = popover.remove_attribute("open");
            if let Some(summary) = popover
                .query_selector("summary")
                .ok()
                .flatten()
                .and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = summary.focus();
            }
        }
    });
    let tap = window_event_listener(leptos::ev::pointerdown, |event| {
        close_unless_inside(
            event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Node>().ok()),
        );
    });
    let focus = window_event_listener(leptos::ev::focusin, |event| {
        close_unless_inside(
            event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Node>().ok()),
        );
    });
    [escape, tap, focus]
}

/// Keeps the document in step with the state: title, forced theme, embed mode.
#[cfg(target_arch = "wasm32")]
fn sync_document(explorer: Explorer) {
    use leptos::prelude::*;
    let title = explorer.data().report.title.clone();
    crate::effect::effect(move || {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let (theme, embed) = explorer.state.with(|s| (s.theme, s.embed));
        if let Some(html) = document.document_element() {
            let _ = match crate::app::theme_attribute(theme) {
                None => html.remove_attribute("data-theme"),
                Some(value) => html.set_attribute("data-theme", value),
            };
            let _ = if embed {
                html.class_list().add_1("embed")
            } else {
                html.class_list().remove_1("embed")
            };
        }
        document.set_title(&format!("{title} · Report Explorer"));
    });
}
