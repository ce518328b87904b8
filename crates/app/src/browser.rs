//! What connects the explorer to the browser around it: the back and forward buttons, page-wide
//! keys, the document's title and theme, and the embedding page. Nothing of this runs when the
//! components are rendered to HTML at build time.

use crate::state::Explorer;

/// Connects the explorer to the page (in the browser only).
#[cfg(target_arch = "wasm32")]
pub fn install(explorer: Explorer) {
    use leptos::prelude::*;
    let _ = window_event_listener(leptos::ev::popstate, move |_| {
        explorer.follow_address(crate::url::current_query())
    });
    crate::keyboard::install();
    sync_document(explorer);
    crate::embed::install(explorer);
}

/// Rendered to HTML at build time: there is no browser to connect to.
#[cfg(not(target_arch = "wasm32"))]
pub fn install(_explorer: Explorer) {}

/// Keeps the document in step with the state: title, forced theme, embed mode.
#[cfg(target_arch = "wasm32")]
fn sync_document(explorer: Explorer) {
    use leptos::prelude::*;
    let title = explorer.data().report.title.clone();
    Effect::new(move |_| {
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
