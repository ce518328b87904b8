//! The quotes view: one card per matching quote, in reading order.

use crate::components::quote_card::QuoteCard;
use crate::scroll;
use crate::state::use_explorer;
use leptos::prelude::*;

/// The cards of the matching quotes.
#[component]
pub fn QuotesView() -> impl IntoView {
    let explorer = use_explorer();
    let items = Memo::new(move |_| {
        explorer
            .result
            .with(|r| r.matches.iter().collect::<Vec<usize>>())
    });
    scroll::follow_linked_quote(explorer);
    let empty = move || items.with(Vec::is_empty);
    let clear = move |_| explorer.go(explorer.now().cleared_all());
    view! {
        <h2 class="visually-hidden">"Quotes"</h2>
        <Show when=empty>
            <div class="empty">
                <p>"No quotes match these filters."</p>
                <button type="button" class="button" on:click=clear>
                    "Clear all filters"
                </button>
            </div>
        </Show>
        <ol class="cards">
            <For each=move || items.get() key=|item| *item let:item>
                <li>
                    <QuoteCard item />
                </li>
            </For>
        </ol>
    }
}
