//! The report explorer's front end: leptos components over the pure core.
//!
//! [`load`] fetches the report (and its editorial overlay) from the explorer's own static files and
//! prepares it with `explorer-core`. [`state`] holds the shared state: the parsed report, its facet
//! index, and the URL query string as the one source of truth for filters and view. [`app::App`]
//! lays out the page from [`components`]. Components read memos; they do not parse, filter or
//! count themselves.

pub mod app;
pub mod browser;
pub mod clipboard;
pub mod components;
pub mod download;
pub mod embed;
pub mod focus;
pub mod js_read;
pub mod keyboard;
pub mod load;
pub mod scroll;
pub mod state;
pub mod url;

/// Mounts the explorer on the page's body.
pub fn mount() {
    leptos::mount::mount_to_body(app::App);
}
