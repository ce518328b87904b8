//! A link to another state of the explorer: a real `href` (open in a new tab, copy link), and a
//! plain click that changes the state without reloading the page.

use crate::state::use_explorer;
use explorer_core::view_state::ViewState;
use leptos::prelude::*;
use std::sync::Arc;

/// An `<a>` to a state of the explorer; the state follows the current one (a card's "Read in
/// context" keeps the filters in force when it is clicked).
#[component]
pub fn StateLink(
    /// The state the link shows (read reactively: it may follow the current state).
    to: Arc<dyn Fn() -> ViewState + Send + Sync>,
    /// Extra classes.
    #[prop(optional, into)]
    class: String,
    /// An accessible name, when the text alone is not enough.
    #[prop(optional, into)]
    label: Option<String>,
    /// The link text.
    children: Children,
) -> impl IntoView {
    let explorer = use_explorer();
    let href = {
        let to = to.clone();
        move || to().href()
    };
    let on_click = move |event: leptos::ev::MouseEvent| {
        let plain = event.button() == 0
            && !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key());
        if plain {
            event.prevent_default();
            explorer.go(to());
        }
    };
    view! {
        <a href=href class=class aria-label=label on:click=on_click>
            {children()}
        </a>
    }
}
