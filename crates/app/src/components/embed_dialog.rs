//! The Embed dialog: the snippet for the current view (loader script and element, or a plain
//! iframe) with copy buttons. The dialog is loaded on the first click of its button (see
//! `lazy_views`).

use crate::clipboard;
use crate::state::use_explorer;
use explorer_core::embed;
use leptos::prelude::*;

/// The Embed button, and its dialog once asked for.
#[component]
pub fn EmbedButton() -> impl IntoView {
    let asked = RwSignal::new(0_u32);
    let wanted = Memo::new(move |_| asked.get() > 0);
    view! {
        <button
            type="button"
            class="button"
            aria-haspopup="dialog"
            on:click=move |_| asked.update(|n| *n += 1)
        >
            "Embed"
        </button>
        {move || wanted.get().then(|| crate::lazy_views::embed_dialog(asked))}
    }
}

/// The Embed dialog: it opens when it has rendered and each time `asked` changes (a click of its
/// button).
#[component]
pub fn EmbedDialog(
    /// How many times the reader asked for the dialog.
    asked: RwSignal<u32>,
) -> impl IntoView {
    let explorer = use_explorer();
    let data = explorer.data();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let folder = embed::folder_of(&data.base);
    let title = data.report.title.clone();
    let hash = data.report.content_hash.clone();
    let snippets = Memo::new(move |_| {
        explorer
            .state
            .with(|state| embed::snippets(&folder, state, &title, &hash))
    });
    crate::effect::effect(move || {
        asked.track();
        if let Some(d) = dialog.get() {
            let _ = d.show_modal();
        }
    });
    let close = move |_| {
        if let Some(d) = dialog.get() {
            d.close();
        }
    };
    let status = RwSignal::new(String::new());
    let copy_element = move |_| {
        clipboard::copy(
            snippets.with(|s| s.element.clone()),
            status,
            "Snippet copied",
        )
    };
    let copy_iframe =
        move |_| clipboard::copy(snippets.with(|s| s.iframe.clone()), status, "Iframe copied");
    view! {
        <dialog node_ref=dialog class="embed-dialog" aria-labelledby="embed-title">
            <h2 id="embed-title">"Embed this view"</h2>
            <p>
                "Paste this where the explorer should appear. It shows exactly the current filters, fits its height to its content, and notices if the report changes."
            </p>
            <label for="embed-element">"Script and element"</label>
            <textarea
                id="embed-element"
                readonly
                rows="5"
                prop:value=move || snippets.with(|s| s.element.clone())
            ></textarea>
            <button type="button" class="button" on:click=copy_element>
                "Copy snippet"
            </button>
            <label for="embed-iframe">"Or a plain iframe (fixed height, no script)"</label>
            <textarea
                id="embed-iframe"
                readonly
                rows="4"
                prop:value=move || snippets.with(|s| s.iframe.clone())
            ></textarea>
            <button type="button" class="button" on:click=copy_iframe>
                "Copy iframe"
            </button>
            <p class="copy-status" role="status">
                {move || status.get()}
            </p>
            <button type="button" class="button" on:click=close>
                "Close"
            </button>
        </dialog>
    }
}
