//! A link to a place in another state of the explorer (a passage of the reading view, a note):
//! the state's address with the place's fragment, followed without reloading the page.

use crate::scroll;
use crate::state::use_explorer;
use explorer_core::anchors;
use explorer_core::view_state::ViewState;
use leptos::prelude::*;

/// An `<a>` to the element `anchor` in the state `to`.
#[component]
pub fn AnchorLink(
    /// The state that shows the place.
    #[prop(into)]
    to: Signal<ViewState>,
    /// The element id of the place.
    anchor: String,
    /// The link text.
    children: Children,
) -> impl IntoView {
    let explorer = use_explorer();
    let fragment = anchors::fragment(&anchor);
    let href = move || format!("{}{fragment}", to.with(|s| s.to_query()));
    let on_click = move |event: leptos::ev::MouseEvent| {
        let plain = event.button() == 0
            && !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key());
        if plain {
            event.prevent_default();
            explorer.go(to.get_untracked());
            crate::url::set_fragment(&anchor);
            scroll::after_render(anchor.clone());
        }
    };
    view! {
        <a href=href on:click=on_click>
            {children()}
        </a>
    }
}
