//! The views no first visit needs (the reading view, the notes view, the single-quote card and
//! the stale-embed notice), in a wasm module of their own that the page loads the first time one
//! of them is shown (leptos's `#[lazy]`, split out of the app's wasm after the build by
//! `scripts/split.sh`). Natively the call is a plain call; without the `split` feature (the
//! build-time renderer, the editing tools' wasm) the views are rendered directly.

use crate::components::{
    embed_views::{SingleQuote, StaleEmbed},
    notes_view::NotesView,
    reading_view::ReadingView,
};
use leptos::prelude::*;

/// Which of the views loaded on demand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Secondary {
    /// The whole report in order.
    Read,
    /// The endnotes.
    Notes,
    /// One quote's card.
    SingleQuote,
    /// The notice that the embed was made for another version of the report.
    Stale,
}

/// Set by the page for the stale-embed notice: shows the current report anyway.
#[derive(Clone, Copy)]
pub struct ShowAnyway(pub RwSignal<bool>);

/// The view `which`, once its module has loaded (nothing until then).
#[cfg(feature = "split")]
pub fn view(which: Secondary) -> AnyView {
    when_loaded(secondary_view(which))
}

/// The view `which`.
#[cfg(not(feature = "split"))]
pub fn view(which: Secondary) -> AnyView {
    render(which)
}

/// A view loaded on demand: nothing until its module has loaded, then the view, built under the
/// owner of the place it shows in (its context, its cleanup). Dropped unbuilt if that place is
/// taken down first. A task and a signal rather than leptos's `Suspend`: less of leptos's async
/// code in the first visit's wasm.
#[cfg(feature = "split")]
fn when_loaded(view: impl std::future::Future<Output = AnyView> + 'static) -> AnyView {
    let loaded = StoredValue::new_local(None::<AnyView>);
    let ready = RwSignal::new(false);
    let future = Owned {
        owner: Owner::current(),
        alive: ready,
        future: Box::pin(view),
    };
    leptos::task::spawn_local(async move {
        if let Some(view) = future.await {
            loaded.try_set_value(Some(view));
            ready.try_set(true);
        }
    });
    (move || {
        ready
            .get()
            .then(|| loaded.try_update_value(Option::take).flatten())
    })
    .into_any()
}

/// A future polled under `owner`, and not at all once `alive` is disposed (the view it builds
/// would have nowhere to go).
#[cfg(feature = "split")]
struct Owned<F> {
    owner: Option<Owner>,
    alive: RwSignal<bool>,
    future: std::pin::Pin<Box<F>>,
}

#[cfg(feature = "split")]
impl<F: std::future::Future> std::future::Future for Owned<F> {
    type Output = Option<F::Output>;

    fn poll(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Self::Output> {
        use std::task::Poll;
        if self.alive.is_disposed() {
            return Poll::Ready(None);
        }
        let this = &mut *self;
        let poll = match &this.owner {
            Some(owner) => owner.with(|| this.future.as_mut().poll(cx)),
            None => this.future.as_mut().poll(cx),
        };
        poll.map(Some)
    }
}

/// The split point: everything only these views call goes into the module loaded on demand.
#[cfg(feature = "split")]
#[leptos::lazy]
fn secondary_view(which: Secondary) -> AnyView {
    render(which)
}

fn render(which: Secondary) -> AnyView {
    // The page shows itself once the view has rendered (it may be the first view of a visit).
    crate::browser::reveal_when_rendered();
    match which {
        Secondary::Read => view! { <ReadingView /> }.into_any(),
        Secondary::Notes => view! { <NotesView /> }.into_any(),
        Secondary::SingleQuote => view! { <SingleQuote /> }.into_any(),
        Secondary::Stale => {
            let show_anyway = use_context::<ShowAnyway>()
                .map(|s| s.0)
                .unwrap_or_else(|| RwSignal::new(true));
            view! { <StaleEmbed show_anyway /> }.into_any()
        }
    }
}

/// The Embed dialog, once its module has loaded (nothing until then); see
/// [`EmbedDialog`](crate::components::embed_dialog::EmbedDialog).
pub fn embed_dialog(asked: RwSignal<u32>) -> AnyView {
    #[cfg(feature = "split")]
    return when_loaded(embed_dialog_view(asked));
    #[cfg(not(feature = "split"))]
    embed_dialog_now(asked)
}

#[cfg(feature = "split")]
#[leptos::lazy]
fn embed_dialog_view(asked: RwSignal<u32>) -> AnyView {
    embed_dialog_now(asked)
}

fn embed_dialog_now(asked: RwSignal<u32>) -> AnyView {
    use crate::components::embed_dialog::EmbedDialog;
    view! { <EmbedDialog asked /> }.into_any()
}

/// Downloads the filtered quotes as CSV or JSON, named after the report and the filters (the
/// export code is loaded on the first click).
pub fn export(explorer: crate::state::Explorer, json: bool) {
    #[cfg(feature = "split")]
    leptos::task::spawn_local(export_file(explorer, json));
    #[cfg(not(feature = "split"))]
    export_now(explorer, json);
}

#[cfg(feature = "split")]
#[leptos::lazy]
fn export_file(explorer: crate::state::Explorer, json: bool) {
    export_now(explorer, json);
}

fn export_now(explorer: crate::state::Explorer, json: bool) {
    use explorer_core::export;
    let data = explorer.data();
    let state = explorer.now();
    let rows = explorer.result.with_untracked(|r| {
        export::rows(
            &data.report,
            &data.index,
            r,
            &data.base,
            &state.for_sharing(),
        )
    });
    let (extension, mime, body) = if json {
        ("json", "application/json", export::to_json(&rows))
    } else {
        ("csv", "text/csv;charset=utf-8", export::to_csv(&rows))
    };
    crate::download::save(
        &export::file_name(&data.name, &state, extension),
        mime,
        &body,
    );
}

/// Copies one quote's citation to the clipboard (the export code, which writes it, is loaded on
/// the first click).
pub fn copy_citation(explorer: crate::state::Explorer, item: usize, status: RwSignal<String>) {
    #[cfg(feature = "split")]
    leptos::task::spawn_local(citation_to_clipboard(explorer, item, status));
    #[cfg(not(feature = "split"))]
    copy_citation_now(explorer, item, status);
}

#[cfg(feature = "split")]
#[leptos::lazy]
fn citation_to_clipboard(explorer: crate::state::Explorer, item: usize, status: RwSignal<String>) {
    copy_citation_now(explorer, item, status);
}

fn copy_citation_now(explorer: crate::state::Explorer, item: usize, status: RwSignal<String>) {
    let data = explorer.data();
    let citation = explorer_core::export::citation(
        &data.report,
        &data.index.items[item],
        &data.base,
        &explorer.now().for_sharing(),
    );
    crate::clipboard::copy(citation, status, "Citation copied");
}
