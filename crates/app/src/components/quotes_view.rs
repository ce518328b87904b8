//! The quotes view: one card per matching quote, in reading order, a page at a time (a long
//! report may match thousands), with a linked quote always on the page.

use crate::components::quote_card::QuoteCard;
use crate::progressive;
use crate::scroll;
use crate::state::use_explorer;
use explorer_core::anchors;
use explorer_core::facets::FacetQuery;
use leptos::prelude::*;
use std::sync::Arc;

/// How many cards show at first, and how many more "Show more" adds.
const PAGE: usize = 50;
/// Cards put on the page per task: a new page of cards comes a screenful at a time (see
/// [`progressive`]). The first view rendered at build time has the first screenful, as the
/// app's first render does, so that nothing moves when the app takes its place.
const CARDS_PER_TASK: usize = 6;

/// The cards of the matching quotes.
#[component]
pub fn QuotesView() -> impl IntoView {
    let explorer = use_explorer();
    // How many cards show, for the filters they were asked for under: new filters start again
    // at one page.
    let paging: RwSignal<(Option<FacetQuery>, usize)> = RwSignal::new((None, PAGE));
    let limit = move || {
        paging.with(|(asked_under, limit)| {
            let same = explorer.filter.with(|f| asked_under.as_ref() == Some(f));
            if same { *limit } else { PAGE }
        })
    };
    let linked = Memo::new(move |_| {
        let data = explorer.data();
        explorer.state.with(|s| {
            s.quote
                .as_deref()
                .and_then(|id| data.index.item_of_quote_id(&data.report, id))
        })
    });
    let items = Memo::new(move |_| explorer.result.with(|r| r.page(limit(), linked.get())));
    // How many of the page's cards are on the page, for the filters they were revealed under:
    // new filters start again from a screenful, and the rest follow a batch per task.
    let revealed: RwSignal<(Option<FacetQuery>, usize)> = RwSignal::new((None, CARDS_PER_TASK));
    let on_page = Memo::new(move |_| {
        revealed.with(|(under, n)| {
            let same = explorer.filter.with(|f| under.as_ref() == Some(f));
            if same { *n } else { CARDS_PER_TASK }
        })
    });
    let reveal_rest = move || {
        progressive::each_task(move || {
            let (Some(len), Some(now), Some(filter)) = (
                items.try_with_untracked(Vec::len),
                on_page.try_get_untracked(),
                explorer.filter.try_get_untracked(),
            ) else {
                return false;
            };
            if now >= len {
                return false;
            }
            revealed.set((Some(filter), (now + CARDS_PER_TASK).min(len)));
            true
        });
    };
    crate::effect::effect(move || {
        explorer.filter.track();
        reveal_rest();
    });
    // The linked quote's card is on the page at once, wherever it is in the list.
    let through_linked = move || {
        let linked = linked.get();
        items.with(|items| {
            linked
                .and_then(|item| items.iter().position(|i| *i == item))
                .map_or(0, |at| at + 1)
        })
    };
    let cards = move || {
        let n = on_page.get().max(through_linked());
        items.with(|items| items[..n.min(items.len())].to_vec())
    };
    let left = move || {
        let total = explorer.result.with(|r| r.total as usize);
        total.saturating_sub(items.with(Vec::len))
    };
    let show_more = move |_| {
        let shown = items.with(Vec::len);
        let filter = explorer.filter.get_untracked();
        paging.set((Some(filter.clone()), shown + PAGE));
        revealed.set((Some(filter), shown + CARDS_PER_TASK));
        reveal_rest();
        // Keyboard users go on from the first new card.
        let data = explorer.data();
        if let Some(item) = items.with_untracked(|items| items.get(shown).copied()) {
            let quote = &data.report.quotes[data.index.items[item].first()];
            scroll::after_render(anchors::quote(&quote.id));
        }
    };
    scroll::follow_linked_quote(explorer);
    let empty = Memo::new(move |_| items.with(Vec::is_empty));
    let more = Memo::new(move |_| left() != 0);
    let clear = move |_| explorer.go(explorer.now().cleared_all());
    // The first view rendered at build time holds the first screenful of cards; without
    // JavaScript, the report's own text is the rest of the document.
    #[cfg(not(feature = "ssr"))]
    let without_script = ();
    #[cfg(feature = "ssr")]
    let without_script = {
        let data = explorer.data();
        let total = explorer.result.with_untracked(|r| r.total as usize);
        let shown = cards().len();
        (shown < total).then(|| {
            let href = explorer_core::hosted::Manifest::text_path(&data.name);
            view! {
                <noscript>
                    <p class="empty">
                        {format!(
                            "The first {shown} of {total} quotes. The explorer needs JavaScript for the others; ",
                        )} <a href=href>"the report’s full text"</a> " has them all."
                    </p>
                </noscript>
            }
        })
    };
    view! {
        <h2 class="visually-hidden">"Quotes"</h2>
        {move || {
            empty
                .get()
                .then(|| {
                    view! {
                        <div class="empty">
                            <p>"No quotes match these filters."</p>
                            <button type="button" class="button" on:click=clear>
                                "Clear all filters"
                            </button>
                        </div>
                    }
                        .into_any()
                })
        }}
        <ol class="cards">
            {progressive::keyed(
                Arc::new(cards),
                Arc::new(|item| {
                    view! {
                        <li>
                            <QuoteCard item />
                        </li>
                    }
                        .into_any()
                }),
            )}
        </ol>
        {move || {
            more.get()
                .then(|| {
                    view! {
                        <button type="button" class="button show-more" on:click=show_more>
                            {move || {
                                let left = left();
                                if left <= PAGE {
                                    format!("Show the last {left}")
                                } else {
                                    format!("Show {PAGE} more of {left}")
                                }
                            }}
                        </button>
                    }
                        .into_any()
                })
        }}
        {without_script}
    }
}
