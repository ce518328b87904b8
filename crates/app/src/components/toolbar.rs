//! The toolbar above the results: the filters drawer toggle (phones), the views, and export.

use crate::components::facet_panel::FILTERS_BUTTON;
use crate::components::state_link::StateLink;
use crate::state::use_explorer;
use explorer_core::view_state::View;
use leptos::prelude::*;

/// Views, export, and the filters toggle.
#[component]
pub fn Toolbar(
    /// Whether the filters drawer is open.
    filters_open: RwSignal<bool>,
) -> impl IntoView {
    let explorer = use_explorer();
    let active = move || explorer.state.with(|s| s.query.active_count());
    let tabs = [
        (View::Quotes, "Quotes"),
        (View::Read, "Read"),
        (View::Notes, "Notes"),
    ]
    .map(|(view, label)| {
        let current = move || explorer.state.with(|s| s.view == view);
        let to: std::sync::Arc<dyn Fn() -> _ + Send + Sync> =
            std::sync::Arc::new(move || explorer.state.with(|s| s.with_view(view)));
        view! {
            <li aria-current=move || current().then_some("page")>
                <StateLink to class="view-tab">
                    {label}
                </StateLink>
            </li>
        }
        .into_any()
    });
    view! {
        <div class="toolbar">
            <button
                type="button"
                id=FILTERS_BUTTON
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

/// Downloads the filtered quotes as CSV or JSON, named after the report and the filters.
#[component]
fn ExportButtons() -> impl IntoView {
    let explorer = use_explorer();
    let csv = move |_| crate::lazy_views::export(explorer, false);
    let json = move |_| crate::lazy_views::export(explorer, true);
    let count = move || match explorer.result.with(|r| r.total) {
        1 => "1 quote".to_owned(),
        n => format!("{n} quotes"),
    };
    let filtered = move || explorer.state.with(|s| !s.query.is_empty());
    view! {
        <div class="export" role="group" aria-labelledby="export-label">
            <span id="export-label" class="export-label">
                {move || format!("Export {}", count())}
                {move || filtered().then_some(" (filtered)")}
            </span>
            <button type="button" class="button" on:click=csv>
                "CSV"
                <span class="visually-hidden">{move || format!(", {}", count())}</span>
            </button>
            <button type="button" class="button" on:click=json>
                "JSON"
                <span class="visually-hidden">{move || format!(", {}", count())}</span>
            </button>
        </div>
    }
}
