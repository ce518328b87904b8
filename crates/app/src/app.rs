//! The root component: loads the report, then lays out the page.

use crate::components::{reading::ReadingView, toc::TableOfContents};
use crate::load::{self, LoadState};
use leptos::prelude::*;

/// The explorer page.
#[component]
pub fn App() -> impl IntoView {
    let state = RwSignal::new(LoadState::Loading);
    leptos::task::spawn_local(async move {
        state.set(load::load(load::BUNDLED_REPORT).await);
    });
    move || match state.get() {
        LoadState::Loading => {
            view! { <p class="status" role="status">"Loading the report…"</p> }.into_any()
        }
        LoadState::Failed(message) => {
            view! { <p class="status error" role="alert">{message}</p> }.into_any()
        }
        LoadState::Ready(loaded) => {
            let report = &loaded.report;
            view! {
                <header class="masthead">
                    <h1>{report.title.clone()}</h1>
                    {report.byline.clone().map(|b| view! { <p class="byline">{b}</p> })}
                </header>
                <div class="layout">
                    <TableOfContents sections=report.sections.clone() />
                    <main id="main">
                        <ReadingView loaded=loaded.clone() />
                    </main>
                </div>
            }
            .into_any()
        }
    }
}
