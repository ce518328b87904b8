//! A card for one quote (an utterance, all its segments): the words, who said them (name, role,
//! faction), how sure the parser is, where in the report, and the endnote behind them.

use crate::clipboard;
use crate::components::edit_button::EditButton;
use crate::components::highlighted::Highlighted;
use crate::components::note_ref::NoteRef;
use crate::components::state_link::StateLink;
use crate::editing::Edit;
use crate::state::use_explorer;
use explorer_core::facets::utterance_note;
use explorer_core::{Confidence, anchors};
use leptos::prelude::*;

/// One quote; `item` is its position in the facet index.
#[component]
pub fn QuoteCard(
    /// The quote's position in [`explorer_core::facets::FacetIndex::items`].
    item: usize,
) -> impl IntoView {
    let explorer = use_explorer();
    let data = explorer.data();
    let report = &data.report;
    let utterance = &data.index.items[item];
    let first = &report.quotes[utterance.first()];
    let speaker = first.speaker.as_deref().and_then(|id| report.speaker(id));
    let faction = report.faction_of(first);
    let colour = data.colour_class(faction.map(|f| f.id.as_str()));
    let section = report
        .section(&first.section)
        .map(|s| s.label().to_owned())
        .unwrap_or_default();
    let note = utterance_note(report, utterance);
    let segments = utterance
        .segments
        .iter()
        .enumerate()
        .map(|(k, &q)| {
            let quote = &report.quotes[q];
            let id = quote.id.clone();
            let highlighted = {
                let id = id.clone();
                move || {
                    explorer
                        .state
                        .with(|s| s.quote.as_deref() == Some(id.as_str()) && !s.is_single_quote())
                }
            };
            let words = quote.text.trim().trim_end_matches(',').trim().to_owned();
            view! {
                {(k > 0)
                    .then(|| {
                        view! {
                            <span class="ellipsis" aria-hidden="true">
                                " … "
                            </span>
                        }
                            .into_any()
                    })}
                <span
                    class="segment"
                    id=anchors::quote(&id)
                    data-quote-id=id.clone()
                    data-line=quote.line.to_string()
                    class:highlighted=highlighted
                >
                    "“"
                    <Highlighted text=words />
                    "”"
                </span>
            }
            .into_any()
        })
        .collect_view();
    let id = first.id.clone();
    let read_here = {
        let id = id.clone();
        let to: std::sync::Arc<dyn Fn() -> _ + Send + Sync> =
            std::sync::Arc::new(move || explorer.state.with(|s| s.read_in_context(&id)));
        to
    };
    let status = RwSignal::new(String::new());
    let copy_citation = move |_| crate::lazy_views::copy_citation(explorer, item, status);
    let copy_link = {
        let id = id.clone();
        move |_| {
            let data = explorer.data();
            let link = data.address(&explorer.now().permalink(&id));
            clipboard::copy(link, status, "Link copied");
        }
    };
    let speaker_name = speaker.map_or("Unknown speaker".to_owned(), |s| s.name.clone());
    let speaker_label = speaker_name.clone();
    // Why a search found this quote when the words are not on the card (a note, another name).
    let elsewhere = {
        let mut shown: Vec<String> = utterance
            .segments
            .iter()
            .map(|&q| report.quotes[q].text.clone())
            .collect();
        shown.push(speaker_name.clone());
        shown.extend(speaker.and_then(|s| s.role.clone()));
        shown.extend(faction.map(|f| f.name.clone()));
        let mut hidden: Vec<(String, String)> = Vec::new();
        if let Some(n) = note {
            for cited in [report.note(n), report.source_note(n)]
                .into_iter()
                .flatten()
            {
                hidden.push((format!("Note {}", cited.n), cited.text.clone()));
            }
        }
        hidden.extend(
            speaker
                .into_iter()
                .flat_map(|s| s.aliases.iter())
                .map(|a| ("Also named".to_owned(), a.clone())),
        );
        Memo::new(move |_| {
            let shown: Vec<&str> = shown.iter().map(String::as_str).collect();
            explorer
                .search
                .with(|s| s.matched_elsewhere(&shown, &hidden))
        })
    };
    let uncertain = (first.confidence == Some(Confidence::Low)).then(|| {
        let reason = first
            .reason
            .clone()
            .unwrap_or_else(|| "The parser is not sure who speaks here.".to_owned());
        view! {
            <span class="uncertain" title=reason.clone()>
                "Speaker uncertain"
                <span class="visually-hidden">{format!(": {reason}")}</span>
            </span>
        }
        .into_any()
    });
    let label_id = format!("card-{id}");
    let labelled_by = label_id.clone();
    view! {
        <article
            class=format!("card {colour}")
            data-quote-id=id.clone()
            data-speaker=first.speaker.clone().unwrap_or_default()
            data-faction=faction.map(|f| f.id.clone()).unwrap_or_default()
            aria-labelledby=labelled_by
        >
            <blockquote class="words">{segments}</blockquote>
            <div class="attribution">
                <p class="speaker" id=label_id>
                    <span class="speaker-name">
                        <Highlighted text=speaker_name />
                    </span>
                    {speaker
                        .and_then(|s| s.role.clone())
                        .map(|role| view! { <span class="role">{role}</span> }.into_any())}
                </p>
                {faction
                    .map(|f| {
                        view! {
                            <span class=format!("badge {colour}")>
                                <span class="swatch" aria-hidden="true"></span>
                                {f.name.clone()}
                            </span>
                        }
                            .into_any()
                    })}
                {uncertain}
            </div>
            {move || {
                elsewhere
                    .get()
                    .map(|found| {
                        view! {
                            <p class="match-snippet">
                                {format!("{}: ", found.field)} <Highlighted text=found.snippet />
                            </p>
                        }
                            .into_any()
                    })
            }}
            <div class="card-footer">
                <span class="card-section">{section}</span>
                <StateLink to=read_here class="section-link">
                    "Read in context"
                </StateLink>
                {note.map(|n| view! { <NoteRef n /> })}
                <button type="button" class="link-button" on:click=copy_citation>
                    "Copy citation"
                </button>
                <button type="button" class="link-button" on:click=copy_link>
                    "Copy link"
                </button>
                <EditButton
                    edit=Edit::Quote(id.clone())
                    report=data.report_ref.clone()
                    text="Correct"
                    label=format!("Correct this quote’s speaker or kind ({speaker_label})")
                    class="link-button correct"
                />
                <span class="copy-status" role="status">
                    {move || status.get()}
                </span>
            </div>
        </article>
    }
}
