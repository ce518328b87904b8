//! Buttons that open the editing tools (a separate wasm, loaded on first use): "Open a report",
//! and the "Correct" buttons of cards and facets.

use crate::editing::{self, Edit, Editor, EditorState};
use leptos::prelude::*;

/// A button asking the editor for `edit` on the report `report`.
#[component]
pub fn EditButton(
    /// What to ask for.
    edit: Edit,
    /// The report (`local:<hash>` or a hosted report's name).
    report: String,
    /// The button's text.
    #[prop(into)]
    text: String,
    /// Its accessible name, when the text alone is not enough.
    #[prop(optional, into)]
    label: Option<String>,
    /// Extra classes.
    #[prop(optional, into)]
    class: String,
) -> impl IntoView {
    let editor = crate::state::required_context::<Editor>();
    let on_click = move |_| editing::request(editor, edit.clone(), report.clone());
    view! {
        <button
            type="button"
            class=class
            aria-label=label
            aria-busy=move || (editor.0.get() == EditorState::Loading).then_some("true")
            on:click=on_click
        >
            {text}
        </button>
        {move || {
            (editor.0.get() == EditorState::Failed)
                .then(|| {
                    view! {
                        <span class="copy-status" role="alert">
                            "The editing tools could not load. Check the connection and try again."
                        </span>
                    }
                        .into_any()
                })
        }}
    }
}
