//! Active filters as removable chips, and "Clear all". Removing a chip moves focus to the next
//! chip (or the results), never to the page's body.

use crate::focus;
use crate::state::use_explorer;
use explorer_core::facets::Facet;
use explorer_core::view_state::ViewState;
use leptos::prelude::*;

/// The filters in force, each removable.
#[component]
pub fn ActiveFilters() -> impl IntoView {
    let explorer = use_explorer();
    let data = explorer.data();
    let chips = move || {
        let state = explorer.state.get();
        // (label of the facet, label of the value, the state without it)
        let mut chips: Vec<(&'static str, String, ViewState)> = Vec::new();
        for &facet in Facet::ALL {
            for id in state.query.values(facet) {
                let label = data
                    .index
                    .values(facet)
                    .iter()
                    .find(|v| &v.id == id)
                    .map_or(id.clone(), |v| v.label.clone());
                chips.push((facet.label(), label, state.toggled(facet, id)));
            }
        }
        if !state.query.text.is_empty() {
            chips.push(("Search", state.query.text.clone(), state.with_search("")));
        }
        if chips.is_empty() {
            return None;
        }
        let count = chips.len();
        let buttons = chips
            .into_iter()
            .enumerate()
            .map(|(k, (facet, label, next))| {
                let remove = move |_| {
                    explorer.go(next.clone());
                    // The chip that takes this one's place, or the one before, or the results.
                    let target = if count == 1 {
                        "results".to_owned()
                    } else {
                        format!("chip-{}", k.min(count - 2))
                    };
                    request_animation_frame(move || focus::element(&target));
                };
                view! {
                    <button type="button" class="chip" id=format!("chip-{k}") on:click=remove>
                        <span class="visually-hidden">"Remove filter "</span>
                        <span class="chip-facet">{facet}</span>
                        {label}
                        <span aria-hidden="true">" ×"</span>
                    </button>
                }
                .into_any()
            })
            .collect_view();
        let cleared = state.cleared_all();
        Some(
            view! {
                <div class="chips" role="group" aria-label="Active filters">
                    {buttons}
                    <button
                        type="button"
                        class="link-button"
                        on:click=move |_| {
                            explorer.go(cleared.clone());
                            focus::element("results");
                        }
                    >
                        "Clear all"
                    </button>
                </div>
            }
            .into_any(),
        )
    };
    view! { <div class="chips-area">{chips}</div> }
}
