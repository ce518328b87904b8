//! The root component: loads the report (a task that sets a signal), then lays out the explorer
//! page.

use crate::components::{
    chart::WhoSpeaksWhere, chips::ActiveFilters, facet_panel::FacetPanel, header::Masthead,
    load_failure::LoadFailure, notices::Notices, quotes_view::QuotesView, toolbar::Toolbar,
};
use crate::editing;
use crate::lazy_views::{self, Secondary, ShowAnyway};
use crate::load::{self, LoadError};
use crate::progressive;
use crate::state::{Data, Explorer};
use explorer_core::view_state::{Theme, View, ViewState};
use leptos::prelude::*;
use std::sync::Arc;

/// Loads the report again (another report, or the reader's corrections changed).
#[derive(Clone, Copy)]
pub struct Reloader(RwSignal<u32>);

impl Reloader {
    /// Loads the report the address names again.
    pub fn reload(&self) {
        self.0.update(|n| *n += 1);
    }
}

/// The explorer page: loading, a failure message, or the explorer itself.
#[component]
pub fn App() -> impl IntoView {
    let reloader = Reloader(RwSignal::new(0));
    provide_context(reloader);
    editing::provide();
    editing::listen(
        move |report| {
            crate::url::write(&ViewState::default().with_report(&report).to_query(), true);
            reloader.reload();
        },
        move || reloader.reload(),
    );
    // The report on the page: `None` until the first load ends. A later load (another report,
    // corrections) leaves the page as it is until it ends; a load overtaken by a newer one is
    // dropped. A plain task and a signal, not a resource under `<Transition>`: the same page,
    // without leptos's async and suspense code in the first visit's wasm.
    let loaded = RwSignal::new(None::<Result<Arc<Data>, LoadError>>);
    crate::effect::effect(move || {
        let generation = reloader.0.get();
        leptos::task::spawn_local(async move {
            let result = load_data().await;
            if reloader.0.try_get_untracked() == Some(generation) {
                loaded.try_set(Some(result));
            }
        });
    });
    move || {
        match loaded.get() {
        None => view! {
            <p class="status" role="status">
                "Loading the report…"
            </p>
        }
        .into_any(),
        Some(Ok(data)) => view! { <ExplorerPage data query=crate::url::current_query() framed=crate::url::in_frame() /> }
        .into_any(),
        Some(Err(error)) => view! { <LoadFailure error /> }.into_any(),
    }
    }
}

/// Loads and indexes the report the address names.
async fn load_data() -> Result<Arc<Data>, LoadError> {
    let requested = load::requested_report();
    let loaded = load::load(requested.clone()).await?;
    // Reading the model, indexing it and rendering the page are three tasks, not one.
    progressive::next_task().await;
    let data = Data::new(loaded, crate::url::page_base(), requested);
    progressive::next_task().await;
    Ok(Arc::new(data))
}

/// The explorer over a loaded report, in the state a query string describes.
#[component]
pub fn ExplorerPage(
    /// The loaded report.
    data: Arc<Data>,
    /// The query string to start from.
    query: String,
    /// Whether the page is inside another page's frame.
    framed: bool,
) -> impl IntoView {
    let explorer = Explorer::new(data, query, framed);
    provide_context(explorer);
    crate::browser::install(explorer);
    let hash = explorer.data().report.content_hash.clone();
    let show_anyway = RwSignal::new(false);
    provide_context(ShowAnyway(show_anyway));
    // What the page shows as a whole: the explorer, one quote's card, or the stale-embed notice.
    let mode = Memo::new(move |_| {
        explorer.state.with(|s| {
            let stale = s.embed && s.version.as_ref().is_some_and(|v| *v != hash);
            if stale && !show_anyway.get() {
                Mode::Stale
            } else if s.is_single_quote() {
                Mode::SingleQuote
            } else {
                Mode::Explorer
            }
        })
    });
    move || match mode.get() {
        Mode::Stale => lazy_views::view(Secondary::Stale),
        Mode::SingleQuote => lazy_views::view(Secondary::SingleQuote),
        Mode::Explorer => view! { <ExplorerLayout /> }.into_any(),
    }
}

/// What the page shows as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    Explorer,
    SingleQuote,
    Stale,
}

/// Set while the reader leaves the reading view (which can hold a whole long report): the view
/// takes itself down a batch per task, then sets it back to `false`.
#[derive(Clone, Copy)]
pub struct Leaving(pub RwSignal<bool>);

/// The most tasks the page waits for a view to take itself down.
const MAX_TAKE_DOWN_TASKS: usize = 40;

/// The full explorer: masthead, filters, results.
#[component]
fn ExplorerLayout() -> impl IntoView {
    let explorer = crate::state::use_explorer();
    let filters_open = RwSignal::new(false);
    let view = Memo::new(move |_| explorer.state.with(|s| s.view));
    // The view on the page. The old view is taken down in the task after the click and the new
    // one put up in the task after that, so that following the link, leaving a long report's
    // text and building the next view are not one long task. The reading view, which can hold
    // a whole long report, takes itself down a batch per task first (see `Leaving`).
    let on_page = RwSignal::new(Some(view.get_untracked()));
    // The page shows itself once its first view has rendered; a view loaded on demand shows the
    // page itself, once loaded (until then the page's loading line stays).
    if on_page.get_untracked() == Some(View::Quotes) {
        crate::browser::reveal_when_rendered();
    }
    let leaving = Leaving(RwSignal::new(false));
    provide_context(leaving);
    Effect::watch(
        move || view.get(),
        move |_, _, _| {
            leptos::task::spawn_local(async move {
                progressive::next_task().await;
                let Some(next) = view.try_get_untracked() else {
                    return;
                };
                let current = on_page.try_get_untracked().flatten();
                if current == Some(next) {
                    return;
                }
                if current == Some(View::Read) && leaving.0.try_set(true).is_none() {
                    // Wait for the view to take itself down (bounded, should it never say so).
                    for _ in 0..MAX_TAKE_DOWN_TASKS {
                        progressive::next_task().await;
                        if !leaving.0.try_get_untracked().unwrap_or(false) {
                            break;
                        }
                    }
                    // Whether it did or not (its text may still have been loading).
                    leaving.0.try_set(false);
                }
                on_page.try_set(None);
                progressive::next_task().await;
                // The view asked for now (the reader may have gone on meanwhile).
                if let Some(next) = view.try_get_untracked() {
                    on_page.try_set(Some(next));
                }
            });
        },
        false,
    );
    view! {
        <a class="skip-link" href="#results">
            "Skip to results"
        </a>
        <Masthead />
        <Notices />
        <div class="layout" class:filters-open=move || filters_open.get()>
            <FacetPanel open=filters_open />
            <main id="main" class="main">
                <Toolbar filters_open />
                <ActiveFilters />
                <WhoSpeaksWhere />
                <div id="results" class="results" tabindex="-1">
                    {move || match on_page.get() {
                        Some(View::Quotes) => view! { <QuotesView /> }.into_any(),
                        Some(View::Read) => lazy_views::view(Secondary::Read),
                        Some(View::Notes) => lazy_views::view(Secondary::Notes),
                        None => ().into_any(),
                    }}
                </div>
            </main>
        </div>
    }
}

/// The `data-theme` value of a forced theme (`None` to follow the reader's preference).
pub fn theme_attribute(theme: Theme) -> Option<&'static str> {
    match theme {
        Theme::Auto => None,
        Theme::Light | Theme::Dark => Some(theme.key()),
    }
}
