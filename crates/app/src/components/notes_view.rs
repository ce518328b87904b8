//! The notes view: every endnote with kind, medium, date and links; what an Ibid or short form
//! repeats; and the quotes that cite it. A quote filter narrows the list to the notes those
//! quotes cite.

use crate::components::note_text::NoteText;
use crate::components::state_link::StateLink;
use crate::state::use_explorer;
use explorer_core::NoteKind;
use explorer_core::view_state::{View, ViewState};
use leptos::prelude::*;
use std::collections::BTreeSet;

/// All notes, narrowed by the current filters.
#[component]
pub fn NotesView() -> impl IntoView {
    let explorer = use_explorer();
    let data = explorer.data();
    let show_all = RwSignal::new(false);
    // The notes cited by the filtered quotes, or `None` when nothing is filtered.
    let cited = Memo::new(move |_| {
        if explorer.state.with(|s| s.query.is_empty()) {
            return None;
        }
        let data = explorer.data();
        let mut cited = BTreeSet::new();
        explorer.result.with(|r| {
            cited.extend(
                r.matches
                    .iter()
                    .filter_map(|i| data.report.quotes[data.index.items[i]].note),
            );
        });
        Some(cited)
    });
    let total = data.report.notes.len();
    let summary = move || {
        cited.with(|c| match c {
            Some(c) if !show_all.get() => Some(view! {
                <p class="notes-summary">
                    {format!("{} of {total} notes: those the filtered quotes cite. ", c.len())}
                    <button type="button" class="link-button" on:click=move |_| show_all.set(true)>
                        "Show all notes"
                    </button>
                </p>
            }),
            _ => None,
        })
    };
    let items = data
        .report
        .notes
        .iter()
        .map(|note| {
            let n = note.n;
            let hidden = move || !show_all.get() && cited.with(|c| c.as_ref().is_some_and(|c| !c.contains(&n)));
            let kind = match note.kind {
                NoteKind::Interview => "Interview",
                NoteKind::Publication => "Publication",
                NoteKind::Ibid => "Ibid.",
            };
            let kind_class = format!("kind kind-{}", kind.to_lowercase().trim_end_matches('.'));
            let repeats = note.resolves_to.map(|r| ("Repeats note", r)).or(note.short_form_of.map(|r| ("Short form of note", r)));
            let citing: Vec<AnyView> = data
                .report
                .quotes
                .iter()
                .filter(|q| q.note == Some(n) && q.continues.is_none())
                .map(|q| {
                    let who = q.speaker.as_deref().and_then(|id| data.report.speaker(id)).map(|s| s.name.clone()).unwrap_or_default();
                    let words: String = q.text.split_whitespace().take(6).collect::<Vec<_>>().join(" ");
                    let to = ViewState { view: View::Read, quote: Some(q.id.clone()), ..ViewState::default() };
                    view! {
                        <li>
                            <StateLink to>{format!("“{words}…”")}</StateLink>
                            {(!who.is_empty()).then(|| format!(" ({who})"))}
                        </li>
                    }
                    .into_any()
                })
                .collect();
            let lines = note.cited_at.iter().map(|c| c.line.to_string()).collect::<Vec<_>>().join(", ");
            view! {
                <li class="note" id=format!("note-{n}") class:hidden=hidden>
                    <div class="note-head">
                        <span class="note-number">{n}</span>
                        <span class=kind_class>{kind}</span>
                        {note.medium.clone().map(|m| view! { <span class="medium">{m}</span> })}
                        {note.date.clone().map(|d| view! { <span class="date">{d}</span> })}
                    </div>
                    <p class="note-text"><NoteText text=note.text.clone() /></p>
                    {repeats.map(|(what, r)| view! {
                        <p class="note-repeats">{format!("{what} ")}<a href=format!("#note-{r}")>{r}</a></p>
                    })}
                    {(!lines.is_empty()).then(|| view! { <p class="note-lines">{format!("Cited at line {lines}")}</p> })}
                    {(!citing.is_empty()).then(|| view! {
                        <div class="backlinks">
                            <span>"Cited by: "</span>
                            <ul>{citing}</ul>
                        </div>
                    })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="notes-view" aria-labelledby="notes-heading">
            <h2 id="notes-heading">"Notes"</h2>
            {summary}
            <ol class="notes-list">{items}</ol>
        </section>
    }
}
