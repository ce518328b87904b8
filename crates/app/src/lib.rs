//! The report explorer's front end: leptos components over the pure core.
//!
//! [`load`] fetches the report (and its editorial overlay) from the explorer's own static files and
//! parses it with `explorer-core`; [`app::App`] renders it. Components read the model; they do not
//! parse, filter or count themselves.

pub mod app;
pub mod components;
pub mod load;

/// Mounts the explorer on the page's body.
pub fn mount() {
    leptos::mount::mount_to_body(app::App);
}
