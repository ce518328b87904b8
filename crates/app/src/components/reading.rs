//! The reading view: the whole report in order, each block styled by what it is.

use crate::load::Loaded;
use explorer_core::{Block, BlockKind, Report};
use leptos::prelude::*;
use std::sync::Arc;

/// The report's text, section by section.
#[component]
pub fn ReadingView(
    /// The parsed report.
    loaded: Arc<Loaded>,
) -> impl IntoView {
    let report = &loaded.report;
    view! {
        <article class="reading">
            {report
                .sections
                .iter()
                .enumerate()
                .map(|(i, section)| {
                    let blocks: Vec<AnyView> = report
                        .blocks
                        .iter()
                        .filter(|b| b.section == i && b.kind != BlockKind::Heading)
                        .map(|b| block_view(report, b))
                        .collect();
                    view! {
                        <section id=format!("section-{}", section.id) aria-label=section.label().to_owned()>
                            <h2>{section.label().to_owned()}</h2>
                            {blocks}
                        </section>
                    }
                })
                .collect_view()}
        </article>
    }
}

/// One block; report text is always rendered as text, never as HTML.
fn block_view(_report: &Report, block: &Block) -> AnyView {
    let text = block.text.clone();
    match block.kind {
        BlockKind::Title | BlockKind::Byline => ().into_any(),
        BlockKind::Paragraph | BlockKind::BlockQuote => view! { <p>{text}</p> }.into_any(),
        BlockKind::PullQuote => view! { <aside class="pull-quote">{text}</aside> }.into_any(),
        BlockKind::CaptionLabel => view! { <p class="caption-label">{text}</p> }.into_any(),
        BlockKind::Caption => view! { <p class="caption">{text}</p> }.into_any(),
        BlockKind::Media => view! { <p class="media">{text}</p> }.into_any(),
        BlockKind::Credit => view! { <p class="credit">{text}</p> }.into_any(),
        BlockKind::NoteEntry => view! { <p class="note-entry">{text}</p> }.into_any(),
        BlockKind::Heading => ().into_any(),
    }
}
