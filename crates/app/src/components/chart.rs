//! Who speaks where: the report from start to end, one row per faction, a mark per quote, with
//! section boundaries. Clicking a mark opens that passage. Drawn as SVG from Rust.

use crate::state::use_explorer;
use explorer_core::SectionKind;
use explorer_core::facets::Facet;
use explorer_core::view_state::{View, ViewState};
use leptos::prelude::*;

// Integer coordinates: no float formatting in the wasm.
const WIDTH: u32 = 1000;
const LABELS: u32 = 190;
const TOP: u32 = 30;
const ROW: u32 = 18;

/// The chart, dimming quotes outside the current filter.
#[component]
pub fn WhoSpeaksWhere() -> impl IntoView {
    let explorer = use_explorer();
    let data = explorer.data();
    let report = &data.report;
    let body: Vec<_> = report
        .sections
        .iter()
        .filter(|s| s.kind != SectionKind::Notes)
        .collect();
    let (Some(first), Some(last)) = (body.first(), body.last()) else {
        return ().into_any();
    };
    let (start, end) = (first.start_line, last.end_line.max(first.start_line + 1));
    let x =
        move |line: u32| LABELS + line.saturating_sub(start) * (WIDTH - LABELS - 6) / (end - start);
    let rows: Vec<_> = data
        .index
        .values(Facet::Faction)
        .iter()
        .filter(|v| v.total > 0)
        .cloned()
        .collect();
    let height = TOP + ROW * rows.len() as u32 + 4;
    let shown = Memo::new(move |_| {
        let data = explorer.data();
        let mut shown = std::collections::BTreeSet::new();
        explorer
            .result
            .with(|r| shown.extend(r.matches.iter().map(|i| data.index.items[i])));
        shown
    });
    let sections = body
        .iter()
        .enumerate()
        .map(|(k, s)| {
            let sx = x(s.start_line);
            // Alternate two label lanes so short sections' labels do not overlap.
            let ty = if k % 2 == 0 { 11 } else { 24 };
            let title = s.label().to_owned();
            let short: String = if title.chars().count() > 24 {
                title.chars().take(23).chain(['…']).collect()
            } else {
                title.clone()
            };
            view! {
                <g class="chart-section">
                    <line x1=sx y1=ty + 3 x2=sx y2=height></line>
                    <text x=sx + 3 y=ty><title>{title}</title>{short}</text>
                </g>
            }
        })
        .collect_view();
    let row_labels = rows
        .iter()
        .enumerate()
        .map(|(r, v)| {
            let y = TOP + ROW * r as u32 + ROW * 7 / 10;
            let label: String = if v.label.chars().count() > 26 { v.label.chars().take(25).chain(['…']).collect() } else { v.label.clone() };
            view! { <text class="row-label" x="0" y=y><title>{v.label.clone()}</title>{label}</text> }
        })
        .collect_view();
    let marks = data
        .index
        .items
        .iter()
        .enumerate()
        .filter_map(|(i, &q)| {
            let quote = &report.quotes[q];
            let faction = data.index.value_of(Facet::Faction, i)?;
            let row = rows.iter().position(|v| v.id == faction.id)?;
            let speaker = quote
                .speaker
                .as_deref()
                .and_then(|id| report.speaker(id))
                .map(|s| s.name.clone())
                .unwrap_or_default();
            let section = report
                .section(&quote.section)
                .map(|s| s.label().to_owned())
                .unwrap_or_default();
            let label = format!(
                "{speaker}, {}, in {section}: “{}”",
                faction.label,
                quote.text.chars().take(60).collect::<String>()
            );
            let to = ViewState {
                view: View::Read,
                quote: Some(quote.id.clone()),
                ..ViewState::default()
            };
            let class = format!("mark {}", data.colour_class(Some(&faction.id)));
            let y = TOP + ROW * row as u32 + 2;
            let open = {
                let to = to.clone();
                move || explorer.go(to.clone())
            };
            let on_key = {
                let open = open.clone();
                move |event: leptos::ev::KeyboardEvent| {
                    if event.key() == "Enter" || event.key() == " " {
                        event.prevent_default();
                        open();
                    }
                }
            };
            let aria_label = label.clone();
            // SVG has no HTML links: the mark itself is a focusable link.
            Some(view! {
                <rect
                    class=class
                    class:dim=move || !shown.with(|s| s.contains(&q))
                    x=x(quote.line)
                    y=y
                    width="4"
                    height=ROW - 4
                    role="link"
                    tabindex="0"
                    aria-label=aria_label
                    on:click=move |_| open()
                    on:keydown=on_key
                >
                    <title>{label}</title>
                </rect>
            })
        })
        .collect_view();
    view! {
        <figure class="chart">
            <figcaption>
                "Who speaks where: each mark is a quote, placed where it falls in the report, one row per faction. Select a mark to read the passage."
            </figcaption>
            <svg viewBox=format!("0 0 {WIDTH} {height}") class="chart-svg" preserveAspectRatio="xMinYMin meet">
                {sections}
                {row_labels}
                {marks}
            </svg>
        </figure>
    }
    .into_any()
}
