//! A card for one utterance: the quoted words, who said them (name, role, faction), where in the
//! report, and the endnote behind them.

use crate::clipboard;
use crate::components::note_text::NoteText;
use crate::components::state_link::StateLink;
use crate::state::use_explorer;
use explorer_core::export;
use explorer_core::view_state::{View, ViewState};
use leptos::prelude::*;

/// One utterance; `quotes` are report quote indices of its matching segments.
#[component]
pub fn QuoteCard(
    /// The segments shown, in order.
    quotes: Vec<usize>,
) -> impl IntoView {
    let explorer = use_explorer();
    let data = explorer.data();
    let report = &data.report;
    let first = &report.quotes[quotes[0]];
    let speaker = first.speaker.as_deref().and_then(|id| report.speaker(id));
    let faction = report.faction_of(first);
    let colour = data.colour_class(faction.map(|f| f.id.as_str()));
    let section = report
        .section(&first.section)
        .map(|s| s.label().to_owned())
        .unwrap_or_default();
    let note = quotes.iter().rev().find_map(|&q| report.quotes[q].note);
    let segments = quotes
        .iter()
        .enumerate()
        .map(|(k, &q)| {
            let quote = &report.quotes[q];
            let id = quote.id.clone();
            let highlighted = {
                let id = id.clone();
                move || {
                    explorer.state.with(|s| {
                        s.quote.as_deref() == Some(id.as_str()) && !crate::embed::is_single_quote(s)
                    })
                }
            };
            view! {
                {(k > 0).then(|| view! { <span class="ellipsis" aria-hidden="true">" … "</span> })}
                <span
                    class="segment"
                    id=format!("q-{id}")
                    data-quote-id=id.clone()
                    data-line=quote.line.to_string()
                    class:highlighted=highlighted
                >
                    {format!("“{}”", quote.text.trim_end_matches(',').trim())}
                </span>
            }
        })
        .collect_view();
    let read_here = ViewState {
        view: View::Read,
        quote: Some(first.id.clone()),
        ..ViewState::default()
    };
    let permalink = ViewState {
        quote: Some(first.id.clone()),
        ..ViewState::default()
    };
    let status = RwSignal::new(String::new());
    let citation = export::citation(report, first, &data.base);
    let copy = move |_| clipboard::copy(citation.clone(), status, "Citation copied");
    let speaker_name = speaker.map_or("Unknown speaker".to_owned(), |s| s.name.clone());
    let label_id = format!("card-{}", first.id);
    let labelled_by = label_id.clone();
    view! {
        <article
            class=format!("card {colour}")
            data-quote-id=first.id.clone()
            data-speaker=first.speaker.clone().unwrap_or_default()
            data-faction=faction.map(|f| f.id.clone()).unwrap_or_default()
            aria-labelledby=labelled_by
        >
            <blockquote class="words">{segments}</blockquote>
            <div class="attribution">
                <p class="speaker" id=label_id>
                    <span class="speaker-name">{speaker_name}</span>
                    {speaker.and_then(|s| s.role.clone()).map(|role| view! { <span class="role">{role}</span> })}
                </p>
                {faction.map(|f| view! {
                    <span class=format!("badge {colour}")>
                        <span class="swatch" aria-hidden="true"></span>
                        {f.name.clone()}
                    </span>
                })}
            </div>
            <div class="card-footer">
                <StateLink to=read_here class="section-link" label=format!("Read in context, section {section}")>
                    {section.clone()}
                </StateLink>
                {note.map(|n| view! { <NoteRef n /> })}
                <button type="button" class="link-button" on:click=copy>
                    "Copy citation"
                </button>
                <StateLink to=permalink class="permalink" label="Link to this quote".to_owned()>
                    "Link"
                </StateLink>
                <span class="copy-status" role="status">{move || status.get()}</span>
            </div>
        </article>
    }
}

/// An endnote reference whose full citation shows on hover, on keyboard focus, or on press.
#[component]
fn NoteRef(
    /// The note number.
    n: u32,
) -> impl IntoView {
    let explorer = use_explorer();
    let data = explorer.data();
    let open = RwSignal::new(false);
    let panel_id = format!("note-panel-{}-{}", n, next_id());
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
        <span class="note-ref" class:open=move || open.get()>
            <button
                type="button"
                class="link-button"
                aria-expanded=move || open.get().to_string()
                aria-controls=panel_id.clone()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {format!("Note {n}")}
            </button>
            <span class="note-panel" id=panel_id>
                <span class="note-number">{format!("{n}. ")}</span>
                <NoteText text=note />
                {source.map(|(sn, text)| view! {
                    <span class="note-source">
                        {format!(" (Note {sn}: ")}
                        <NoteText text />
                        ")"
                    </span>
                })}
            </span>
        </span>
    }
}

/// A number unique on the page, for element ids.
fn next_id() -> usize {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}
