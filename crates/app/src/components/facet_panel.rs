//! The facet panel: one group of checkboxes per facet, with disjunctive counts, per-facet clear,
//! speakers grouped by faction, sections grouped by chapter, long lists cut with "Show all" and
//! a filter box, and the factions' share of the quotes. On phones (and when zoomed, and in
//! embeds) it is a modal drawer: its own scrolling body, focus kept inside, Esc to close.

use crate::components::edit_button::EditButton;
use crate::editing::Edit;
use crate::focus;
use crate::state::use_explorer;
use explorer_core::facets::{Facet, FacetValue, ListRow, ListWindow};
use leptos::prelude::*;

/// How many values a facet shows before "Show all".
const SHOWN: usize = 10;
/// How many more values "Show more" adds to a long list.
const MORE: usize = 100;
/// The id of the button that opens the drawer (focus returns to it).
pub const FILTERS_BUTTON: &str = "filters-toggle";

/// All facets.
#[component]
pub fn FacetPanel(
    /// Whether the drawer is open (phone layout).
    open: RwSignal<bool>,
) -> impl IntoView {
    let explorer = use_explorer();
    let panel = NodeRef::<leptos::html::Aside>::new();
    let close = move || {
        open.set(false);
        focus::element(FILTERS_BUTTON);
    };
    // Opening the drawer moves focus into it and locks the page behind.
    crate::effect::effect(move || {
        let is_open = open.get();
        focus::lock_page(is_open);
        if is_open {
            focus::element("filters-title");
        }
    });
    let on_keydown = move |event: leptos::ev::KeyboardEvent| {
        if !open.get_untracked() {
            return;
        }
        match event.key().as_str() {
            "Escape" => {
                event.prevent_default();
                close();
            }
            "Tab" => {
                if let Some(panel) = panel.get_untracked() {
                    focus::trap(&panel, &event);
                }
            }
            _ => {}
        }
    };
    let total = move || explorer.result.with(|r| r.total);
    let show_label = move || match total() {
        1 => "Show 1 quote".to_owned(),
        n => format!("Show {n} quotes"),
    };
    view! {
        <aside
            id="filters"
            class="filters"
            aria-labelledby="filters-title"
            role=move || open.get().then_some("dialog")
            aria-modal=move || open.get().then_some("true")
            node_ref=panel
            on:keydown=on_keydown
        >
            <div class="filters-head">
                <h2 id="filters-title" tabindex="-1">
                    "Filters"
                </h2>
                <button type="button" class="button close-filters" on:click=move |_| close()>
                    "Done"
                </button>
            </div>
            <div class="filters-body">
                {Facet::ALL.iter().map(|&facet| view! { <FacetGroup facet /> }).collect_view()}
            </div>
            <div class="filters-foot">
                <button type="button" class="button primary" on:click=move |_| close()>
                    {show_label}
                </button>
            </div>
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
    if values.is_empty() {
        return ().into_any();
    }
    let any_selected = move || explorer.state.with(|s| !s.query.values(facet).is_empty());
    // How many top-level values show: a report may have thousands of speakers or sections, and
    // only the rows on screen are rendered.
    let limit = RwSignal::new(SHOWN);
    let filter = RwSignal::new(String::new());
    let long = values.iter().filter(|v| v.depth == 0).count() > SHOWN;
    // Chapters whose subsections are shown: collapsed by default, open where one is chosen.
    let open_chapters = RwSignal::new(explorer.state.with_untracked(|s| {
        explorer_core::text::set_of(
            s.query
                .values(facet)
                .iter()
                .flat_map(|id| data.index.holders_of(facet, id)),
        )
    }));
    let list = Memo::new(move |_| {
        let data = explorer.data();
        explorer.state.with(|s| {
            filter.with(|filter| {
                open_chapters.with(|open| {
                    data.index.list_rows(
                        facet,
                        &ListWindow {
                            filter,
                            limit: limit.get(),
                            chosen: s.query.values(facet),
                            open,
                        },
                    )
                })
            })
        })
    });
    let group_names: Vec<(String, String)> = data
        .index
        .values(Facet::Faction)
        .iter()
        .map(|v| (v.id.clone(), v.label.clone()))
        .collect();
    let row_data = data.clone();
    let render_row = move |row: ListRow| match row {
        ListRow::Group(group) => {
            let name = group_names
                .iter()
                .find(|(id, _)| Some(id) == group.as_ref())
                .map_or("No faction".to_owned(), |(_, label)| label.clone());
            view! {
                <li class="group-label" aria-hidden="true">
                    {name}
                </li>
            }
            .into_any()
        }
        ListRow::Value(i) => view! {
            <FacetOption
                facet
                index=i
                value=values[i].clone()
                open_chapters=row_data.index.has_subvalues(facet, i).then_some(open_chapters)
            />
        }
        .into_any(),
    };
    let items = view! {
        <For each=move || list.with(|l| l.rows.clone()) key=|row| row.clone() children=render_row />
    };
    let legend_id = format!("facet-{}", facet.key());
    let clear = {
        let legend_id = legend_id.clone();
        move |_| {
            explorer.go(explorer.now().cleared(facet));
            focus::element(&legend_id);
        }
    };
    let filter_id = format!("filter-{}", facet.key());
    let labelled_by = legend_id.clone();
    view! {
        <fieldset class="facet" aria-labelledby=labelled_by>
            <legend id=legend_id tabindex="-1">
                {facet.label()}
            </legend>
            {matches!(facet, Facet::Speaker | Facet::Faction)
                .then(|| {
                    let edit = if facet == Facet::Speaker {
                        Edit::Speakers
                    } else {
                        Edit::Factions
                    };
                    view! {
                        <EditButton
                            edit
                            report=data.report_ref.clone()
                            text="Correct"
                            label=format!(
                                "Correct the {}",
                                if facet == Facet::Speaker { "speakers" } else { "factions" },
                            )
                            class="link-button facet-correct"
                        />
                    }
                })}
            <button
                type="button"
                class="link-button facet-clear"
                disabled=move || !any_selected()
                on:click=clear
            >
                "Clear"
                <span class="visually-hidden">{format!(" {}", facet.label())}</span>
            </button>
            {long
                .then(|| {
                    view! {
                        <div class="facet-filter">
                            <label for=filter_id.clone() class="visually-hidden">
                                {format!("Find a {}", facet.label().to_ascii_lowercase())}
                            </label>
                            <input
                                id=filter_id.clone()
                                type="search"
                                placeholder=format!(
                                    "Find a {}…",
                                    facet.label().to_ascii_lowercase(),
                                )
                                autocomplete="off"
                                prop:value=move || filter.get()
                                on:input=move |e| filter.set(event_target_value(&e))
                            />
                        </div>
                    }
                        .into_any()
                })}
            <ul class="facet-values">{items}</ul>
            {long
                .then(|| {
                    view! {
                        <button
                            type="button"
                            class="link-button show-all"
                            aria-expanded=move || (limit.get() > SHOWN).to_string()
                            on:click=move |_| {
                                let (shown, total) = list
                                    .with(|l| (l.shown_top_level, l.top_level));
                                limit.set(if shown < total { limit.get() + MORE } else { SHOWN });
                            }
                        >
                            {move || {
                                list.with(|l| {
                                    let left = l.top_level.saturating_sub(l.shown_top_level);
                                    if left == 0 {
                                        "Show fewer".to_owned()
                                    } else if left <= MORE {
                                        format!("Show all {}", l.top_level)
                                    } else {
                                        format!("Show {MORE} more of {left}")
                                    }
                                })
                            }}
                        </button>
                    }
                        .into_any()
                })}
        </fieldset>
    }
    .into_any()
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
    /// For a chapter with subsections, the chapters whose subsections are shown.
    open_chapters: Option<RwSignal<std::collections::BTreeSet<String>>>,
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
        let class = data.colour_class(Some(&value.id));
        let width = move || {
            explorer
                .faction_shares
                .with(|s| s.get(index).copied().unwrap_or(0))
                .to_string()
        };
        view! {
            <svg
                class="share-bar"
                viewBox="0 0 1000 4"
                preserveAspectRatio="none"
                aria-hidden="true"
            >
                <rect class="share-track" width="1000" height="4"></rect>
                <rect class=class width=width height="4"></rect>
            </svg>
        }
    });
    let children = open_chapters.map(|open| {
        let id = value.id.clone();
        let is_open = {
            let id = id.clone();
            move || open.with(|o| o.contains(&id))
        };
        let label = format!("Subsections of {}", value.label);
        view! {
            <button
                type="button"
                class="disclosure"
                aria-expanded=move || is_open().to_string()
                aria-label=label
                on:click=move |_| {
                    open.update(|o| {
                        if !o.remove(&id) {
                            o.insert(id.clone());
                        }
                    })
                }
            >
                <span aria-hidden="true">"▸"</span>
            </button>
        }
    });
    view! {
        <li
            class=format!("facet-value depth-{}", value.depth.min(3))
            data-parent=value.parent.clone()
            class:zero=move || count() == 0
        >
            <input type="checkbox" id=input_id.clone() prop:checked=checked on:change=toggle />
            <label for=input_id>
                {swatch} <span class="value-label">{value.label.clone()}</span>
                <span class="value-count">{count}</span>
            </label>
            {children}
            {share}
        </li>
    }
}
