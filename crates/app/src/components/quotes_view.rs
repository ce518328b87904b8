//! The quotes view: one card per utterance (its matching segments together), in reading order.

use crate::components::quote_card::QuoteCard;
use crate::scroll;
use crate::state::use_explorer;
use leptos::prelude::*;

/// Quotes of one utterance that match, as report quote indices.
#[derive(Clone, Debug, PartialEq)]
struct Card {
    key: String,
    quotes: Vec<usize>,
}

/// The cards of the matching quotes.
#[component]
pub fn QuotesView() -> impl IntoView {
    let explorer = use_explorer();
    let cards = Memo::new(move |_| {
        let data = explorer.data();
        let report = &data.report;
        explorer.result.with(|r| {
            let mut cards: Vec<Card> = Vec::new();
            for i in r.matches.iter() {
                let q = data.index.items[i];
                let utterance = &report.quotes[q].utterance;
                match cards.last_mut() {
                    Some(card) if report.quotes[card.quotes[0]].utterance == *utterance => {
                        card.quotes.push(q)
                    }
                    _ => cards.push(Card {
                        key: String::new(),
                        quotes: vec![q],
                    }),
                }
            }
            for card in &mut cards {
                card.key = card
                    .quotes
                    .iter()
                    .map(|&q| report.quotes[q].id.as_str())
                    .collect::<Vec<_>>()
                    .join("+");
            }
            cards
        })
    });
    scroll::follow_linked_quote(explorer);
    let empty = move || cards.with(Vec::is_empty);
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
            <For each=move || cards.get() key=|card| card.key.clone() let:card>
                <li>
                    <QuoteCard quotes=card.quotes />
                </li>
            </For>
        </ol>
    }
}
