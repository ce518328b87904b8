//! The report explorer's front end: leptos components over the pure core.
//!
//! [`load`] fetches the report (and its editorial overlay) from the explorer's own static files and
//! prepares it with `explorer-core`. [`state`] holds the shared state: the parsed report, its facet
//! index, and the URL query string as the one source of truth for filters and view. [`app::App`]
//! lays out the page from [`components`]. Components read memos; they do not parse, filter or
//! count themselves.

#![recursion_limit = "256"]

pub mod app;
pub mod browser;
pub mod clipboard;
pub mod components;
pub mod download;
pub mod editing;
pub mod effect;
pub mod embed;
pub mod focus;
pub mod js_read;
pub mod keyboard;
pub mod lazy_views;
pub mod load;
pub mod progressive;
pub mod scroll;
pub mod state;
pub mod url;
pub mod worker;

/// Mounts the explorer. The page may carry its first view rendered at build time
/// (`#first-view`): the app renders into the hidden `#app` beside it and takes its place in one
/// step once it has rendered (see [`browser::reveal_when_rendered`]).
pub fn mount() {
    use wasm_bindgen::JsCast;
    let host = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match host {
        Some(host) => leptos::mount::mount_to(host, app::App).forget(),
        None => leptos::mount::mount_to_body(app::App),
    }
}
