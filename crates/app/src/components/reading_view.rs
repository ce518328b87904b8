//! The reading view: the whole report in order. Speech is marked in its faction's colour and
//! pattern, with the speaker and faction shown on focus or tap and read by screen readers, and
//! dimmed when outside the current filter. The search's words are marked in the text, with a
//! bar to step through them. A sticky bar names the current section, lists the sections and
//! leads back to the top. Endnote markers link to the notes at the end, and back.

use crate::app::Leaving;
use crate::components::highlighted::Highlighted;
use crate::components::note_text::NoteText;
use crate::components::reading_nav::{FindBar, SectionBar};
use crate::progressive;
use crate::scroll;
use crate::state::{Data, Explorer, use_explorer};
use explorer_core::reading::ReadingOrder;
use explorer_core::{Block, BlockKind, NoteMarker, QuoteKind, SectionKind, TextSpan, anchors};
use leptos::prelude::*;
use std::sync::Arc;

/// Blocks put on the page when the view opens (more if the URL names a place further on); the
/// rest follow this many at a time, one batch per task, so that no task blocks the page.
const BATCH: usize = 150;

/// How many blocks of the reading order are on the page: the find bar counts again as it grows.
#[derive(Clone, Copy)]
pub struct ReadingProgress(pub Signal<usize>);

/// The report as a reader reads it; a hosted report's text is loaded the first time.
#[component]
pub fn ReadingView() -> impl IntoView {
    let explorer = use_explorer();
    let text = LocalResource::new(move || {
        let data = explorer.data();
        async move {
            if let Some(blocks) = data.blocks.get() {
                return Ok(blocks.clone());
            }
            let blocks = crate::load::text_blocks(&data.name, &data.report.content_hash).await?;
            Ok::<_, String>(data.blocks.get_or_init(|| Arc::new(blocks)).clone())
        }
    });
    view! {
        <Suspense fallback=|| {
            view! {
                <p class="status" role="status">
                    "Loading the report’s text…"
                </p>
            }
        }>
            {move || {
                text.get()
                    .map(|loaded| match loaded {
                        Ok(blocks) => view! { <ReadingText blocks /> }.into_any(),
                        Err(message) => {
                            view! {
                                <p class="status error" role="alert">
                                    {message}
                                </p>
                            }
                                .into_any()
                        }
                    })
            }}
        </Suspense>
    }
}

/// The text of the report, with its quotes, notes and the bars to find one's way.
#[component]
fn ReadingText(
    /// The report's blocks.
    blocks: Arc<Vec<Block>>,
) -> impl IntoView {
    let explorer = use_explorer();
    let data = explorer.data();
    let order = Arc::new(ReadingOrder::new(&data.report, &blocks));
    let growing = render_in_batches(explorer, order.clone());
    let rendered = take_down_when_left(growing);
    provide_context(ReadingProgress(rendered.into()));
    scroll::follow_linked_quote(explorer);
    scroll::follow_fragment();
    let sections = data
        .report
        .sections
        .iter()
        .enumerate()
        .map(|(s, section)| {
            let data = data.clone();
            let blocks = blocks.clone();
            let order = order.clone();
            let notes = section.kind == SectionKind::Notes;
            let first = order.section_start[s];
            let listed = order.by_section[s].len();
            // How many of the section's blocks are on the page so far.
            let shown = Memo::new(move |_| rendered.get().saturating_sub(first).min(listed));
            let label = section.label().to_owned();
            let id = section.id.clone();
            let level = section.level;
            let section_view = move || {
                let heading_id = anchors::section_heading(&id);
                let heading = match level {
                    0 | 1 => view! { <h2 id=heading_id.clone()>{label.clone()}</h2> }.into_any(),
                    2 => view! { <h3 id=heading_id.clone()>{label.clone()}</h3> }.into_any(),
                    _ => view! { <h4 id=heading_id.clone()>{label.clone()}</h4> }.into_any(),
                };
                let (data, blocks, order) = (data.clone(), blocks.clone(), order.clone());
                let block_at = move |k: usize| {
                    let b = order.by_section[s][k];
                    if notes {
                        endnote(&data, order.note_of(b), b, &blocks[b])
                    } else {
                        block_view(&data, b, &blocks[b])
                    }
                };
                let list =
                    progressive::first_items(Arc::new(move || shown.get()), Arc::new(block_at));
                let body = if notes {
                    view! { <ol class="endnotes">{list}</ol> }.into_any()
                } else {
                    list
                };
                view! {
                    <section
                        class=format!("report-section level-{}", level.min(3))
                        id=anchors::section(&id)
                        aria-labelledby=heading_id
                    >
                        {heading}
                        {body}
                    </section>
                }
            };
            // A section is on the page once the rendering has reached it.
            let on_page = Memo::new(move |_| {
                first < rendered.get() || (listed == 0 && first <= rendered.get())
            });
            (move || on_page.get().then(section_view.clone())).into_any()
        })
        .collect_view();
    view! {
        <article class="reading" id="reading">
            <SectionBar />
            <FindBar />
            {sections}
        </article>
    }
}

/// Blocks taken off the page per task when the reader leaves the view.
const TAKE_DOWN: usize = 2500;

/// How many blocks are on the page: those put up so far, and when the reader leaves the view
/// (see [`crate::app::Leaving`]), fewer each task down to none, so that taking down a long text
/// is not one long task. Tells the page when it is done.
fn take_down_when_left(growing: RwSignal<usize>) -> Memo<usize> {
    let limit = RwSignal::new(usize::MAX);
    if let Some(Leaving(leaving)) = use_context::<Leaving>() {
        crate::effect::effect(move || {
            if !leaving.get() {
                return;
            }
            limit.set(growing.get_untracked());
            progressive::each_task(move || {
                let Some(left) = limit.try_get_untracked() else {
                    return false;
                };
                if left == 0 {
                    leaving.try_set(false);
                    return false;
                }
                limit.set(left.saturating_sub(TAKE_DOWN));
                true
            });
        });
    }
    Memo::new(move |_| growing.get().min(limit.get()))
}

/// Puts the reading order on the page a batch at a time: the first batch (or as far as the
/// linked quote, or all of it when the address names a place) at once, the rest in later tasks.
/// Returns how many blocks are on the page.
fn render_in_batches(explorer: Explorer, order: Arc<ReadingOrder>) -> RwSignal<usize> {
    let total = order.total;
    let data = explorer.data();
    let has_fragment = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .is_some_and(|hash| hash.len() > 1);
    let rendered = progressive::count_up(if has_fragment { total } else { BATCH }, BATCH, total);
    // A quote the URL names is on the page before the view scrolls to it.
    crate::effect::effect(move || {
        let need = explorer.state.with(|s| {
            s.quote
                .as_deref()
                .map_or(0, |id| order.through_quote(&data.report, id))
        });
        if rendered.get_untracked() < need {
            rendered.set(need);
        }
    });
    rendered
}

/// One block, by kind. Report text is always text, never HTML.
fn block_view(data: &Arc<Data>, b: usize, block: &Block) -> AnyView {
    let id = format!("b-{b}");
    match block.kind {
        BlockKind::Title | BlockKind::Byline | BlockKind::Heading | BlockKind::NoteEntry => {
            ().into_any()
        }
        BlockKind::Paragraph => view! { <p id=id>{rich_text(data, b, block)}</p> }.into_any(),
        BlockKind::BlockQuote => view! {
            <blockquote id=id class="block-quote">
                {rich_text(data, b, block)}
            </blockquote>
        }
        .into_any(),
        BlockKind::PullQuote => view! {
            <p id=id class="pull-quote">
                <span class="visually-hidden">"Pull quote: "</span>
                <Highlighted text=block.text.clone() />
            </p>
        }
        .into_any(),
        BlockKind::CaptionLabel => view! {
            <p id=id class="caption-label">
                <Highlighted text=block.text.clone() />
            </p>
        }
        .into_any(),
        BlockKind::Caption => view! {
            <p id=id class="caption">
                <Highlighted text=block.text.clone() />
            </p>
        }
        .into_any(),
        BlockKind::Credit | BlockKind::Reference => {
            let class = if block.kind == BlockKind::Credit {
                "credit"
            } else {
                "reference"
            };
            view! {
                <p id=id class=class>
                    <Highlighted text=block.text.clone() />
                </p>
            }
            .into_any()
        }
        BlockKind::Media => view! {
            <p id=id class="media">
                <span class="media-label">"Video: "</span>
                {rich_text(data, b, block)}
            </p>
        }
        .into_any(),
    }
}

/// Text with its quotes marked and its endnote markers linked.
fn rich_text(data: &Arc<Data>, b: usize, block: &Block) -> Vec<AnyView> {
    let text = &block.text;
    let mut out = Vec::new();
    let mut at = 0;
    for span in &block.quote_spans {
        if span.start < at || span.end > text.len() {
            continue;
        }
        out.extend(with_markers(text, at, span.start, &block.note_markers, b));
        out.push(quote_mark(data, span, b, block));
        at = span.end;
    }
    out.extend(with_markers(text, at, text.len(), &block.note_markers, b));
    out
}

/// One quote, marked by kind; speech by its faction's colour and pattern, with who speaks.
fn quote_mark(data: &Arc<Data>, span: &TextSpan, b: usize, block: &Block) -> AnyView {
    let explorer = use_explorer();
    let quote = &data.report.quotes[span.quote];
    let inner = with_markers(&block.text, span.start, span.end, &block.note_markers, b);
    let q = span.quote;
    let id = anchors::quote(&quote.id);
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
            let who = match (speaker, faction) {
                (Some(s), Some(f)) => format!("{} · {}", s.name, f.name),
                (Some(s), None) => s.name.clone(),
                (None, _) => "Unknown speaker".to_owned(),
            };
            view! {
                <mark
                    class=class
                    id=id
                    tabindex="0"
                    data-quote-id=quote.id.clone()
                    data-speaker=quote.speaker.clone().unwrap_or_default()
                    class:dim=move || !explorer.shown.with(|s| s.get(q).copied().unwrap_or(false))
                >
                    {inner}
                    <span class="who">
                        <span class="visually-hidden">" ("</span>
                        {who}
                        <span class="visually-hidden">")"</span>
                    </span>
                </mark>
            }
            .into_any()
        }
        QuoteKind::Scare => view! {
            <span class="q q-scare" id=id>
                {inner}
            </span>
        }
        .into_any(),
        QuoteKind::Title => view! {
            <cite class="q q-title" id=id>
                {inner}
            </cite>
        }
        .into_any(),
    }
}

/// The text between two offsets, the search's words marked, with endnote markers as links.
fn with_markers(
    text: &str,
    from: usize,
    to: usize,
    markers: &[NoteMarker],
    b: usize,
) -> Vec<AnyView> {
    let mut out = Vec::new();
    let mut at = from;
    for m in markers.iter().filter(|m| m.start >= from && m.end <= to) {
        if m.start > at {
            let piece = text.get(at..m.start).unwrap_or("").to_owned();
            out.push(view! { <Highlighted text=piece /> }.into_any());
        }
        let label = format!("Note {}", m.n);
        out.push(
            view! {
                <sup class="marker" id=anchors::marker(m.n, b)>
                    <a href=anchors::fragment(&anchors::note(m.n)) aria-label=label>
                        {m.n}
                    </a>
                </sup>
            }
            .into_any(),
        );
        at = m.end;
    }
    if to > at {
        let piece = text.get(at..to).unwrap_or("").to_owned();
        out.push(view! { <Highlighted text=piece /> }.into_any());
    }
    out
}

/// One entry of the endnotes list, with a link back to each place that cites it.
fn endnote(data: &Arc<Data>, note: Option<usize>, b: usize, block: &Block) -> AnyView {
    let note = note.and_then(|i| data.report.notes.get(i));
    let Some(note) = note else {
        return view! { <li id=format!("b-{b}")>{block.text.clone()}</li> }.into_any();
    };
    let several = note.cited_at.len() > 1;
    let backs = note
        .cited_at
        .iter()
        .enumerate()
        .map(|(k, citation)| {
            let href = anchors::fragment(&anchors::marker(note.n, citation.block));
            let label = if several {
                format!("Back to place {} where note {} is cited", k + 1, note.n)
            } else {
                format!("Back to where note {} is cited", note.n)
            };
            let text = if several {
                format!("↩{}", k + 1)
            } else {
                "↩".to_owned()
            };
            view! {
                " "
                <a href=href class="back-link" aria-label=label>
                    {text}
                </a>
            }
            .into_any()
        })
        .collect_view();
    view! {
        <li id=anchors::note(note.n) value=note.n.to_string()>
            <NoteText text=note.text.clone() />
            {backs}
        </li>
    }
    .into_any()
}
