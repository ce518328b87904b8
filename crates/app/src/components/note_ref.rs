//! An endnote reference that opens the note's full citation in place: a `<details>`, so it
//! works by keyboard, by touch and without JavaScript. The page closes it on Esc, on a tap
//! elsewhere and when focus leaves it (see `browser.rs`).

use crate::components::note_text::NoteText;
use crate::state::use_explorer;
use leptos::prelude::*;

/// "Note 12", opening the note's text (and the full note an Ibid or short form stands for).
#[component]
pub fn NoteRef(
    /// The note number.
    n: u32,
) -> impl IntoView {
    let explorer = use_explorer();
    let data = explorer.data();
    let note = data
        .report
        .note(n)
        .map(|note| note.text.clone())
        .unwrap_or_default();
    let source = data
        .report
        .source_note(n)
        .filter(|s| s.n != n)
        .map(|s| (s.n, s.text.clone()));
    view! {
        <details class="note-ref popover">
            <summary class="link-button">{format!("Note {n}")}</summary>
            <div class="note-panel">
                <span class="note-number">{format!("{n}. ")}</span>
                <NoteText text=note />
                {source
                    .map(|(sn, text)| {
                        view! {
                            <span class="note-source">
                                {format!(" (Note {sn}: ")} <NoteText text /> ")"
                            </span>
                        }
                            .into_any()
                    })}
            </div>
        </details>
    }
}
