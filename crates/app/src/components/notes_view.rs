//! The notes view: every endnote with kind, medium, date and links; what an Ibid or short form
//! repeats; and the passages that cite it. Facet filters narrow the list to the notes the
//! filtered quotes cite; the search narrows it to notes whose text holds it.

use crate::components::anchor_link::AnchorLink;
use crate::components::note_text::NoteText;
use crate::state::use_explorer;
use explorer_core::{NoteKind, anchors};
use leptos::prelude::*;

/// All notes, narrowed by the current filters and search.
#[component]
pub fn NotesView() -> impl IntoView {
    let explorer = use_explorer();
    let data = explorer.data();
    crate::scroll::follow_fragment();
    let show_all = RwSignal::new(false);
    let listed_notes = explorer.listed_notes();
    let total = data.report.notes.len();
    let summary = move || {
        listed_notes.with(|listed| match listed {
            Some(listed) if !show_all.get() => Some(view! {
                <p class="notes-summary" role="status">
                    {format!(
                        "{} of {total} notes: those {}. ",
                        listed.len(),
                        explorer
                            .state
                            .with(|s| {
                                match (
                                    s.query.selected.iter().any(|v| !v.is_empty()),
                                    s.query.text.trim().is_empty(),
                                ) {
                                    (true, true) => "the filtered quotes cite",
                                    (true, false) => "the filtered quotes cite that hold the search",
                                    _ => "that hold the search",
                                }
                            }),
                    )}
                    <button type="button" class="link-button" on:click=move |_| show_all.set(true)>
                        "Show all notes"
                    </button>
                </p>
            }.into_any()),
            _ => None,
        })
    };
    let items = data
        .report
        .notes
        .iter()
        .map(|note| {
            let n = note.n;
            let hidden = move || {
                !show_all.get()
                    && listed_notes.with(|l| l.as_ref().is_some_and(|l| !l.contains(&n)))
            };
            let kind = match note.kind {
                NoteKind::Interview => "Interview",
                NoteKind::Publication => "Publication",
                NoteKind::Ibid => "Ibid.",
            };
            let kind_class = format!("kind kind-{}", note.kind.key());
            let repeats = note
                .resolves_to
                .map(|r| ("Repeats note", r))
                .or(note.short_form_of.map(|r| ("Short form of note", r)));
            let citing: Vec<AnyView> = data
                .report
                .quotes
                .iter()
                .filter(|q| q.note == Some(n) && q.continues.is_none())
                .map(|q| {
                    let who = q
                        .speaker
                        .as_deref()
                        .and_then(|id| data.report.speaker(id))
                        .map_or("Unknown speaker".to_owned(), |s| s.name.clone());
                    let words: String = q
                        .text
                        .split_whitespace()
                        .take(6)
                        .collect::<Vec<_>>()
                        .join(" ");
                    let id = q.id.clone();
                    let to =
                        Signal::derive(move || explorer.state.with(|s| s.read_in_context(&id)));
                    view! {
                        <li>
                            <AnchorLink to anchor=anchors::quote(&q.id)>
                                {format!("“{words}…”")}
                            </AnchorLink>
                            {format!(" ({who})")}
                        </li>
                    }
                    .into_any()
                })
                .collect();
            let places = note
                .cited_at
                .iter()
                .enumerate()
                .map(|(k, citation)| {
                    let to = Signal::derive(move || {
                        explorer
                            .state
                            .with(|s| s.with_view(explorer_core::view_state::View::Read))
                    });
                    let label = if note.cited_at.len() == 1 {
                        "Read where it is cited".to_owned()
                    } else {
                        format!("Place {}", k + 1)
                    };
                    view! {
                        <li>
                            <AnchorLink to anchor=anchors::marker(n, citation.block)>
                                {label}
                            </AnchorLink>
                        </li>
                    }
                    .into_any()
                })
                .collect_view();
            view! {
                <li class="note" id=anchors::note(n) class:hidden=hidden>
                    <div class="note-head">
                        <span class="note-number">{n}</span>
                        <span class=kind_class>{kind}</span>
                        {note
                            .medium
                            .clone()
                            .map(|m| view! { <span class="medium">{m}</span> }.into_any())}
                        {note
                            .date
                            .clone()
                            .map(|d| view! { <span class="date">{d}</span> }.into_any())}
                    </div>
                    <p class="note-text">
                        <NoteText text=note.text.clone() />
                    </p>
                    {repeats
                        .map(|(what, r)| {
                            view! {
                                <p class="note-repeats">
                                    {format!("{what} ")}
                                    <a href=anchors::fragment(&anchors::note(r))>{r}</a>
                                </p>
                            }
                                .into_any()
                        })}
                    {(!note.cited_at.is_empty())
                        .then(|| {
                            view! {
                                <div class="backlinks">
                                    <span>"Cited in the text: "</span>
                                    <ul>{places}</ul>
                                </div>
                            }
                                .into_any()
                        })}
                    {(!citing.is_empty())
                        .then(|| {
                            view! {
                                <div class="backlinks">
                                    <span>"Sources the quotes: "</span>
                                    <ul>{citing}</ul>
                                </div>
                            }
                                .into_any()
                        })}
                </li>
            }
            .into_any()
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
