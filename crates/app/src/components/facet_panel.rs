//! The facet panel: one group of checkboxes per facet, with disjunctive counts, per-facet clear,
//! speakers grouped by faction, and the factions' share of quotes. A drawer on phones.

use crate::state::use_explorer;
use explorer_core::facets::{Facet, FacetValue};
use leptos::prelude::*;

/// How many values a facet shows before "Show all".
const SHOWN: usize = 12;

/// All facets.
#[component]
pub fn FacetPanel(
    /// Whether the drawer is open (phone layout).
    open: RwSignal<bool>,
) -> impl IntoView {
    let done = NodeRef::<leptos::html::Button>::new();
    // Opening the drawer moves focus into it; Esc closes it.
    Effect::new(move |_| {
        if open.get()
            && let Some(button) = done.get()
        {
            let _ = button.focus();
        }
    });
    let on_keydown = move |event: leptos::ev::KeyboardEvent| {
        if event.key() == "Escape" && open.get_untracked() {
            open.set(false);
        }
    };
    view! {
        <aside id="filters" class="filters" aria-label="Filters" on:keydown=on_keydown>
            <div class="filters-head">
                <h2>"Filters"</h2>
                <button type="button" class="button close-filters" node_ref=done on:click=move |_| open.set(false)>
                    "Done"
                </button>
            </div>
            {Facet::ALL.into_iter().map(|facet| view! { <FacetGroup facet /> }).collect_view()}
        </aside>
    }
}

/// The checkboxes of one facet, in a group named after it.
#[component]
fn FacetGroup(
    /// Which facet.
    facet: Facet,
) -> impl IntoView {
    let explorer = use_explorer();
    let data = explorer.data();
    let values: Vec<FacetValue> = data.index.values(facet).to_vec();
    let total = data.index.items.len().max(1);
    let any_selected = move || explorer.state.with(|s| !s.query.values(facet).is_empty());
    let expanded = RwSignal::new(false);
    let long = values.len() > SHOWN;
    let group_names: Vec<(String, String)> = data
        .index
        .values(Facet::Faction)
        .iter()
        .map(|v| (v.id.clone(), v.label.clone()))
        .collect();
    let mut previous_group: Option<String> = None;
    let items = values
        .into_iter()
        .enumerate()
        .map(|(i, value)| {
            let heading = (facet == Facet::Speaker && value.group != previous_group).then(|| {
                previous_group = value.group.clone();
                let name = group_names
                    .iter()
                    .find(|(id, _)| Some(id) == value.group.as_ref())
                    .map_or("No faction".to_owned(), |(_, label)| label.clone());
                view! { <li class="group-label" aria-hidden="true">{name}</li> }
            });
            let hidden = move || long && i >= SHOWN && !expanded.get();
            view! {
                {heading}
                <FacetOption facet index=i value total hidden=Signal::derive(hidden) />
            }
        })
        .collect_view();
    let legend_id = format!("facet-{}", facet.key());
    let labelled_by = legend_id.clone();
    let clear = move |_| explorer.go(explorer.now().cleared(facet));
    view! {
        <fieldset class="facet" aria-labelledby=labelled_by>
            <legend id=legend_id>{facet.label()}</legend>
            <button
                type="button"
                class="link-button facet-clear"
                disabled=move || !any_selected()
                on:click=clear
            >
                "Clear"
                <span class="visually-hidden">{format!(" {}", facet.label())}</span>
            </button>
            <ul class="facet-values">{items}</ul>
            {long.then(|| view! {
                <button type="button" class="link-button" on:click=move |_| expanded.update(|e| *e = !*e)>
                    {move || if expanded.get() { "Show fewer" } else { "Show all" }}
                </button>
            })}
        </fieldset>
    }
}

/// One checkbox with its label and count.
#[component]
fn FacetOption(
    /// The facet.
    facet: Facet,
    /// The value's position in the facet.
    index: usize,
    /// The value.
    value: FacetValue,
    /// Quotes in the report, for the share bar.
    total: usize,
    /// Whether "Show all" hides it.
    hidden: Signal<bool>,
) -> impl IntoView {
    let explorer = use_explorer();
    let data = explorer.data();
    let id = value.id.clone();
    let count = move || {
        explorer
            .result
            .with(|r| r.counts[facet as usize].get(index).copied().unwrap_or(0))
    };
    let checked = {
        let id = id.clone();
        move || explorer.state.with(|s| s.query.values(facet).contains(&id))
    };
    let toggle = {
        let id = id.clone();
        move |_| explorer.go(explorer.now().toggled(facet, &id))
    };
    let input_id = format!("f-{}-{}", facet.key(), value.id);
    let swatch = (facet == Facet::Faction).then(|| {
        let class = format!("swatch {}", data.colour_class(Some(&value.id)));
        view! { <span class=class aria-hidden="true"></span> }
    });
    let share = (facet == Facet::Faction).then(|| {
        // Integer permille: no float formatting in the wasm.
        let permille = value.total as usize * 1000 / total;
        let width = permille.to_string();
        let class = data.colour_class(Some(&value.id));
        let title = format!("{}% of all quotes", (permille + 5) / 10);
        view! {
            <svg class="share-bar" viewBox="0 0 1000 4" preserveAspectRatio="none" aria-hidden="true">
                <title>{title}</title>
                <rect class="share-track" width="1000" height="4"></rect>
                <rect class=class width=width height="4"></rect>
            </svg>
        }
    });
    view! {
        <li class="facet-value" class:hidden=move || hidden.get() class:zero=move || count() == 0>
            <input type="checkbox" id=input_id.clone() prop:checked=checked on:change=toggle />
            <label for=input_id>
                {swatch}
                <span class="value-label">{value.label.clone()}</span>
                <span class="value-count">{count}</span>
            </label>
            {share}
        </li>
    }
}
