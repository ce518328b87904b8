//! Views for embedding: a single quote's card, and the notice shown instead of the quotes when
//! the hosted report is not the one the embed was made for.

use crate::components::quote_card::QuoteCard;
use crate::state::use_explorer;
use leptos::prelude::*;

/// One quote's card, sized to itself, with a link back to the explorer.
#[component]
pub fn SingleQuote() -> impl IntoView {
    let explorer = use_explorer();
    let data = explorer.data();
    let state = explorer.now();
    let Some(item) = state
        .quote
        .as_deref()
        .and_then(|id| data.index.item_of_quote_id(&data.report, id))
    else {
        return view! { <p class="status">"This quote is not in the report."</p> }.into_any();
    };
    let link = data.address(&state.for_sharing());
    view! {
        <div class="single-quote">
            <QuoteCard item />
            <p class="embed-source">
                {format!("From {}. ", data.report.title)}
                <a href=link target="_blank" rel="noopener">
                    "Open in the report explorer"
                </a>
            </p>
        </div>
    }
    .into_any()
}

/// Said instead of showing quotes when the report changed since the embed was made.
#[component]
pub fn StaleEmbed(
    /// Set to show the current report anyway.
    show_anyway: RwSignal<bool>,
) -> impl IntoView {
    let explorer = use_explorer();
    let data = explorer.data();
    let made_for = explorer.now().version.unwrap_or_default();
    let link = data.address(&explorer.now().for_sharing());
    view! {
        <div class="notice stale" role="alert">
            <p>
                {format!(
                    "This embed was made for another version of “{}” ({made_for}). The report has changed since (it is now {}), so the quotes it pointed to may have moved or changed.",
                    data.report.title,
                    data.report.content_hash,
                )}
            </p>
            <p>
                <button type="button" class="button" on:click=move |_| show_anyway.set(true)>
                    "Show the current report"
                </button>
                " "
                <a href=link target="_blank" rel="noopener">
                    "Open the report explorer"
                </a>
            </p>
        </div>
    }
}
