//! Active filters as removable chips, and "Clear all".

use crate::state::use_explorer;
use explorer_core::facets::Facet;
use leptos::prelude::*;

/// The filters in force, each removable.
#[component]
pub fn ActiveFilters() -> impl IntoView {
    let explorer = use_explorer();
    let data = explorer.data();
    let chips = move || {
        let state = explorer.state.get();
        let mut chips: Vec<AnyView> = Vec::new();
        for facet in Facet::ALL {
            for id in state.query.values(facet) {
                let label = data
                    .index
                    .values(facet)
                    .iter()
                    .find(|v| &v.id == id)
                    .map_or(id.clone(), |v| v.label.clone());
                let next = state.toggled(facet, id);
                chips.push(
                    view! {
                        <button type="button" class="chip" on:click=move |_| explorer.go(next.clone())>
                            <span class="visually-hidden">"Remove filter "</span>
                            <span class="chip-facet">{facet.label()}</span>
                            {label}
                            <span aria-hidden="true">" ×"</span>
                        </button>
                    }
                    .into_any(),
                );
            }
        }
        if !state.query.text.is_empty() {
            let mut next = state.clone();
            next.query.text.clear();
            chips.push(
                view! {
                    <button type="button" class="chip" on:click=move |_| explorer.go(next.clone())>
                        <span class="visually-hidden">"Remove "</span>
                        <span class="chip-facet">"Search"</span>
                        {state.query.text.clone()}
                        <span aria-hidden="true">" ×"</span>
                    </button>
                }
                .into_any(),
            );
        }
        if chips.is_empty() {
            return None;
        }
        let cleared = state.cleared_all();
        Some(view! {
            <div class="chips" role="group" aria-label="Active filters">
                {chips}
                <button type="button" class="link-button" on:click=move |_| explorer.go(cleared.clone())>
                    "Clear all"
                </button>
            </div>
        })
    };
    view! { <div class="chips-area">{chips}</div> }
}
