//! The reading view: the whole report in order. Speech is marked in its faction's colour and
//! dimmed when outside the current filter; captions and pull quotes are styled as such; endnote
//! markers link to the notes at the end.

use crate::components::note_text::NoteText;
use crate::scroll;
use crate::state::{Data, use_explorer};
use explorer_core::{Block, BlockKind, NoteMarker, QuoteKind, SectionKind, TextSpan};
use leptos::prelude::*;
use std::sync::Arc;

/// The report as a reader reads it.
#[component]
pub fn ReadingView() -> impl IntoView {
    let explorer = use_explorer();
    let data = explorer.data();
    // Per report quote: is it among the current results?
    let shown = Memo::new(move |_| {
        let data = explorer.data();
        explorer.result.with(|r| {
            let mut shown = vec![false; data.report.quotes.len()];
            for i in r.matches.iter() {
                shown[data.index.items[i]] = true;
            }
            shown
        })
    });
    scroll::follow_linked_quote(explorer);
    let sections = data
        .report
        .sections
        .iter()
        .enumerate()
        .map(|(s, section)| {
            let blocks = data.report.blocks.iter().enumerate().filter(|(_, b)| b.section == s);
            let body: Vec<AnyView> = if section.kind == SectionKind::Notes {
                let items = blocks
                    .filter(|(_, b)| b.kind == BlockKind::NoteEntry)
                    .map(|(b, block)| endnote(&data, b, block))
                    .collect_view();
                vec![view! { <ol class="endnotes">{items}</ol> }.into_any()]
            } else {
                blocks.map(|(b, block)| block_view(&data, b, block, shown)).collect()
            };
            view! {
                <section class="report-section" id=format!("section-{}", section.id) aria-labelledby=format!("h-{}", section.id)>
                    <h2 id=format!("h-{}", section.id)>{section.label().to_owned()}</h2>
                    {body}
                </section>
            }
        })
        .collect_view();
    let toc = data
        .report
        .sections
        .iter()
        .map(|s| view! { <li><a href=format!("#section-{}", s.id)>{s.label().to_owned()}</a></li> })
        .collect_view();
    view! {
        <article class="reading">
            <nav class="toc" aria-label="Sections">
                <h2>"Sections"</h2>
                <ol>{toc}</ol>
            </nav>
            {sections}
        </article>
    }
}

/// One block, by kind. Report text is always text, never HTML.
fn block_view(data: &Arc<Data>, b: usize, block: &Block, shown: Memo<Vec<bool>>) -> AnyView {
    let id = format!("b-{b}");
    match block.kind {
        BlockKind::Title | BlockKind::Byline | BlockKind::Heading | BlockKind::NoteEntry => ().into_any(),
        BlockKind::Paragraph => view! { <p id=id>{rich_text(data, block, shown)}</p> }.into_any(),
        BlockKind::BlockQuote => {
            view! { <blockquote id=id class="block-quote">{rich_text(data, block, shown)}</blockquote> }.into_any()
        }
        BlockKind::PullQuote => view! {
            <p id=id class="pull-quote">
                <span class="visually-hidden">"Pull quote: "</span>
                {block.text.clone()}
            </p>
        }
        .into_any(),
        BlockKind::CaptionLabel => view! { <p id=id class="caption-label">{block.text.clone()}</p> }.into_any(),
        BlockKind::Caption => view! { <p id=id class="caption">{block.text.clone()}</p> }.into_any(),
        BlockKind::Credit => view! { <p id=id class="credit">{block.text.clone()}</p> }.into_any(),
        BlockKind::Media => view! {
            <p id=id class="media">
                <span class="media-label">"Video: "</span>
                {rich_text(data, block, shown)}
            </p>
        }
        .into_any(),
    }
}

/// Text with its quotes marked and its endnote markers linked.
fn rich_text(data: &Arc<Data>, block: &Block, shown: Memo<Vec<bool>>) -> Vec<AnyView> {
    let text = &block.text;
    let mut out = Vec::new();
    let mut at = 0;
    for span in &block.quote_spans {
        if span.start < at || span.end > text.len() {
            continue;
        }
        out.extend(with_markers(
            text,
            at,
            span.start,
            &block.note_markers,
            block,
        ));
        out.push(quote_mark(data, span, block, shown));
        at = span.end;
    }
    out.extend(with_markers(
        text,
        at,
        text.len(),
        &block.note_markers,
        block,
    ));
    out
}

/// One quote, marked by kind and faction.
fn quote_mark(data: &Arc<Data>, span: &TextSpan, block: &Block, shown: Memo<Vec<bool>>) -> AnyView {
    let quote = &data.report.quotes[span.quote];
    let inner = with_markers(
        &block.text,
        span.start,
        span.end,
        &block.note_markers,
        block,
    );
    let q = span.quote;
    match quote.kind {
        QuoteKind::Speech => {
            let speaker = quote
                .speaker
                .as_deref()
                .and_then(|id| data.report.speaker(id));
            let faction = data.report.faction_of(quote);
            let class = format!(
                "q q-speech {}",
                data.colour_class(faction.map(|f| f.id.as_str()))
            );
            let title = match (speaker, faction) {
                (Some(s), Some(f)) => format!("{} · {}", s.name, f.name),
                (Some(s), None) => s.name.clone(),
                _ => String::new(),
            };
            view! {
                <mark
                    class=class
                    id=format!("q-{}", quote.id)
                    data-quote-id=quote.id.clone()
                    data-speaker=quote.speaker.clone().unwrap_or_default()
                    title=title
                    class:dim=move || !shown.with(|s| s.get(q).copied().unwrap_or(false))
                >
                    {inner}
                </mark>
            }
            .into_any()
        }
        QuoteKind::Scare => {
            view! { <span class="q q-scare" id=format!("q-{}", quote.id)>{inner}</span> }.into_any()
        }
        QuoteKind::Title => {
            view! { <cite class="q q-title" id=format!("q-{}", quote.id)>{inner}</cite> }.into_any()
        }
    }
}

/// The text between two offsets with endnote markers as links.
fn with_markers(
    text: &str,
    from: usize,
    to: usize,
    markers: &[NoteMarker],
    block: &Block,
) -> Vec<AnyView> {
    let mut out = Vec::new();
    let mut at = from;
    for m in markers.iter().filter(|m| m.start >= from && m.end <= to) {
        if m.start > at {
            out.push(text.get(at..m.start).unwrap_or("").to_owned().into_any());
        }
        let label = format!("Note {}", m.n);
        out.push(
            view! {
                <sup class="marker" id=format!("ref-{}-{}", m.n, block.line)>
                    <a href=format!("#note-{}", m.n) aria-label=label>{m.n}</a>
                </sup>
            }
            .into_any(),
        );
        at = m.end;
    }
    if to > at {
        out.push(text.get(at..to).unwrap_or("").to_owned().into_any());
    }
    out
}

/// One entry of the endnotes list, with a link back to where it is cited.
fn endnote(data: &Arc<Data>, b: usize, block: &Block) -> AnyView {
    let note = data.report.notes.iter().find(|n| n.line == block.line);
    let Some(note) = note else {
        return view! { <li id=format!("b-{b}")>{block.text.clone()}</li> }.into_any();
    };
    let back = note.cited_at.first().map(|c| {
        let href = format!("#ref-{}-{}", note.n, c.line);
        let label = format!("Back to where note {} is cited", note.n);
        view! { <a href=href class="back-link" aria-label=label>"↩"</a> }
    });
    view! {
        <li id=format!("note-{}", note.n) value=note.n.to_string()>
            <NoteText text=note.text.clone() />
            " "
            {back}
        </li>
    }
    .into_any()
}
