//! The toolbar above the results: the filters drawer toggle (phones), the views, and export.

use crate::components::state_link::StateLink;
use crate::download;
use crate::state::use_explorer;
use explorer_core::export;
use explorer_core::view_state::View;
use leptos::prelude::*;

/// Views, export, and the filters toggle.
#[component]
pub fn Toolbar(
    /// Whether the filters drawer is open.
    filters_open: RwSignal<bool>,
) -> impl IntoView {
    let explorer = use_explorer();
    let active = move || {
        explorer.state.with(|s| {
            s.query.selected.iter().map(|v| v.len()).sum::<usize>()
                + usize::from(!s.query.text.is_empty())
        })
    };
    let tabs = [
        (View::Quotes, "Quotes"),
        (View::Read, "Read"),
        (View::Notes, "Notes"),
    ]
    .map(|(view, label)| {
        let current = move || explorer.state.with(|s| s.view == view);
        let to = move || {
            let mut next = explorer.state.get();
            next.view = view;
            next.quote = None;
            next
        };
        view! {
            <li aria-current=move || current().then_some("page")>
                {move || view! { <StateLink to=to() class="view-tab">{label}</StateLink> }}
            </li>
        }
    });
    view! {
        <div class="toolbar">
            <button
                type="button"
                class="button filters-toggle"
                aria-controls="filters"
                aria-expanded=move || filters_open.get().to_string()
                on:click=move |_| filters_open.update(|o| *o = !*o)
            >
                "Filters"
                {move || match active() {
                    0 => String::new(),
                    n => format!(" ({n})"),
                }}
            </button>
            <nav class="view-tabs" aria-label="Views">
                <ul>{tabs.into_iter().collect_view()}</ul>
            </nav>
            <ExportButtons />
        </div>
    }
}

/// Downloads the filtered quotes as CSV or JSON.
#[component]
fn ExportButtons() -> impl IntoView {
    let explorer = use_explorer();
    let rows = move || {
        let data = explorer.data();
        explorer.result.with(|r| {
            r.matches
                .iter()
                .map(|i| {
                    export::row(
                        &data.report,
                        &data.report.quotes[data.index.items[i]],
                        &data.base,
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    let csv = move |_| {
        download::save(
            "quotes.csv",
            "text/csv;charset=utf-8",
            &export::to_csv(&rows()),
        )
    };
    let json = move |_| download::save_json("quotes.json", &rows());
    view! {
        <div class="export" role="group" aria-label="Export the filtered quotes">
            <button type="button" class="button" on:click=csv>
                "CSV"
            </button>
            <button type="button" class="button" on:click=json>
                "JSON"
            </button>
        </div>
    }
}
