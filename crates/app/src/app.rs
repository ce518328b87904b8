//! The root component: loads the report, then lays out the explorer page.

use crate::components::{
    chart::WhoSpeaksWhere,
    chips::ActiveFilters,
    embed_views::{SingleQuote, StaleEmbed},
    facet_panel::FacetPanel,
    header::Masthead,
    notes_view::NotesView,
    notices::Notices,
    quotes_view::QuotesView,
    reading_view::ReadingView,
    toolbar::Toolbar,
};
use crate::embed;
use crate::load::{self, LoadState, Loaded};
use crate::state::{Data, Explorer};
use explorer_core::view_state::{Theme, View};
use leptos::prelude::*;
use std::sync::Arc;

/// The explorer page: loading, a failure message, or the explorer itself.
#[component]
pub fn App() -> impl IntoView {
    let state = RwSignal::new(LoadState::Loading);
    leptos::task::spawn_local(async move {
        state.set(load::load(load::requested_report()).await);
    });
    move || match state.get() {
        LoadState::Loading => {
            view! { <p class="status" role="status">"Loading the report…"</p> }.into_any()
        }
        LoadState::Failed(message) => {
            view! { <p class="status error" role="alert">{message}</p> }.into_any()
        }
        LoadState::Ready(loaded) => view! { <ExplorerPage loaded /> }.into_any(),
    }
}

/// The explorer over a loaded report.
#[component]
fn ExplorerPage(
    /// The parsed report.
    loaded: Arc<Loaded>,
) -> impl IntoView {
    let explorer = Explorer::new(Arc::new(Data::new(&loaded)));
    provide_context(explorer);
    crate::keyboard::install();
    sync_document(explorer);
    embed::install(explorer);
    let hash = explorer.data().report.content_hash.clone();
    let show_anyway = RwSignal::new(false);
    // What the page shows as a whole: the explorer, one quote's card, or the stale-embed notice.
    let mode = Memo::new(move |_| {
        explorer.state.with(|s| {
            let stale = s.embed && s.version.as_ref().is_some_and(|v| *v != hash);
            if stale && !show_anyway.get() {
                Mode::Stale
            } else if embed::is_single_quote(s) {
                Mode::SingleQuote
            } else {
                Mode::Explorer
            }
        })
    });
    move || match mode.get() {
        Mode::Stale => view! { <StaleEmbed show_anyway /> }.into_any(),
        Mode::SingleQuote => view! { <SingleQuote /> }.into_any(),
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

/// The full explorer: masthead, filters, results.
#[component]
fn ExplorerLayout() -> impl IntoView {
    let explorer = crate::state::use_explorer();
    let filters_open = RwSignal::new(false);
    let view = Memo::new(move |_| explorer.state.with(|s| s.view));
    view! {
        <a class="skip-link" href="#results">"Skip to results"</a>
        <Masthead />
        <Notices />
        <div class="layout" class:filters-open=move || filters_open.get()>
            <FacetPanel open=filters_open />
            <main id="main" class="main">
                <Toolbar filters_open />
                <ActiveFilters />
                <WhoSpeaksWhere />
                <div id="results" class="results" tabindex="-1">
                    {move || match view.get() {
                        View::Quotes => view! { <QuotesView /> }.into_any(),
                        View::Read => view! { <ReadingView /> }.into_any(),
                        View::Notes => view! { <NotesView /> }.into_any(),
                    }}
                </div>
            </main>
        </div>
    }
}

/// Keeps the document in step with the state: title, forced theme, embed mode.
fn sync_document(explorer: Explorer) {
    let title = explorer.data().report.title.clone();
    Effect::new(move |_| {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let (theme, embed) = explorer.state.with(|s| (s.theme, s.embed));
        if let Some(html) = document.document_element() {
            let _ = match theme {
                Theme::Auto => html.remove_attribute("data-theme"),
                Theme::Light => html.set_attribute("data-theme", "light"),
                Theme::Dark => html.set_attribute("data-theme", "dark"),
            };
            let _ = if embed {
                html.class_list().add_1("embed")
            } else {
                html.class_list().remove_1("embed")
            };
        }
        document.set_title(&format!("{title} · Report Explorer"));
    });
}
