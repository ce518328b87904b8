//! Text with the current search's matches marked (`<mark>`), as text nodes: never HTML.

use crate::state::use_explorer;
use leptos::prelude::*;

/// `text`, its matches of the current search marked.
#[component]
pub fn Highlighted(
    /// The text.
    text: String,
) -> impl IntoView {
    let explorer = use_explorer();
    move || {
        explorer.search.with(|search| {
            search
                .pieces(&text)
                .into_iter()
                .map(|piece| {
                    let text = piece.text.to_owned();
                    if piece.matched {
                        view! { <mark class="hit">{text}</mark> }.into_any()
                    } else {
                        text.into_any()
                    }
                })
                .collect_view()
        })
    }
}
