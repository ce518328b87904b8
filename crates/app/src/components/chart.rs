//! Who speaks where: the report from start to end, one row per faction, a mark per quote, with
//! section boundaries and the chapter labels that fit. The layout is the core's
//! [`ChartLayout`]; this draws it as SVG with percentage positions (no inline styles, so it
//! renders the same from build-time HTML). The marks are one Tab stop: arrow keys move between
//! them, Enter reads the passage.

use crate::progressive;
use crate::state::use_explorer;
use explorer_core::chart::{ChartKey, ChartLayout, FULL, LANES};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Height of the label strip above the rows, in pixels.
const TOP: u32 = 18;
/// Height of one row.
const ROW: u32 = 24;
/// Height of a mark (one lane).
const MARK: u32 = 6;
/// Marks put on the page per task (see [`progressive`]).
const MARKS_PER_TASK: usize = 150;

/// A permyriad position as an SVG percentage, written with integers only.
fn percent(x: u32) -> String {
    let x = x.min(FULL - 40);
    format!("{}.{:02}%", x / 100, x % 100)
}

/// The chart, dimming quotes outside the current filter.
#[component]
pub fn WhoSpeaksWhere() -> impl IntoView {
    let explorer = use_explorer();
    let data = explorer.data();
    let layout = std::sync::Arc::new(ChartLayout::new(&data.report, &data.index));
    if layout.marks.is_empty() {
        return ().into_any();
    }
    let height = TOP + ROW * layout.rows.len() as u32;
    let sections = layout
        .sections
        .iter()
        .map(|s| {
            let x = percent(s.x);
            let labels = s
                .labels
                .iter()
                .enumerate()
                .filter_map(|(tier, label)| {
                    let label = label.clone()?;
                    Some(
                        view! {
                            <text class=format!("tier-{tier}") x=x.clone() dx="3" y="12">
                                <title>{s.title.clone()}</title>
                                {label}
                            </text>
                        }
                        .into_any(),
                    )
                })
                .collect_view();
            view! {
                <g class=format!("chart-section level-{}", s.level.min(3))>
                    <line x1=x.clone() x2=x.clone() y1="2" y2=height></line>
                    {labels}
                </g>
            }
            .into_any()
        })
        .collect_view();
    let bands = (0..layout.rows.len())
        .map(|r| {
            view! { <rect class="row-band" x="0" y=TOP + ROW * r as u32 width="100%" height=ROW></rect> }
                .into_any()
        })
        .collect_view();
    let row_labels = layout
        .rows
        .iter()
        .map(|row| {
            let class = format!("swatch {}", data.colour_class(Some(&row.faction)));
            view! {
                <li>
                    <span class=class></span>
                    <span class="row-name">{row.label.clone()}</span>
                </li>
            }
            .into_any()
        })
        .collect_view();
    // Which marks the filter shows: one pass per filter, each mark reads its own.
    let marks_shown = {
        let layout = layout.clone();
        let data = data.clone();
        Memo::new(move |_| {
            explorer
                .shown
                .with(|shown| layout.marks_shown(&data.index, shown))
        })
    };
    // The state a mark's link starts from: it changes with the filters, not with the quote read.
    let context = Memo::new(move |_| explorer.state.with(|s| s.read_in_context("")));
    // The mark that takes Tab: the last one moved to, or else the first the filter shows.
    let moved_to = RwSignal::new(None::<usize>);
    let first_shown =
        Memo::new(move |_| marks_shown.with(|shown| shown.iter().position(|s| *s).unwrap_or(0)));
    let active = Memo::new(move |_| moved_to.get().unwrap_or_else(|| first_shown.get()));
    // A long report's marks go on the page a batch at a time.
    let on_page = progressive::count_up(MARKS_PER_TASK, MARKS_PER_TASK, layout.marks.len());
    let mark_layout = layout.clone();
    let mark_view = move |m: usize| {
        let layout = &mark_layout;
        let mark = &layout.marks[m];
        {
            let report = &data.report;
            let quote = &report.quotes[data.index.items[mark.item()].first()];
            let speaker = quote
                .speaker
                .as_deref()
                .and_then(|id| report.speaker(id))
                .map_or("Unknown speaker".to_owned(), |s| s.name.clone());
            let section = report
                .section(&quote.section)
                .map(|s| s.label().to_owned())
                .unwrap_or_default();
            let faction = &layout.rows[mark.row].label;
            let excerpt = quote.text.chars().take(60).collect::<String>();
            let label = match mark.items.len() {
                1 => format!("{speaker}, {faction}, in {section}: “{excerpt}”"),
                n => format!(
                    "{n} quotes, {faction}, in {section}; the first by {speaker}: “{excerpt}”"
                ),
            };
            let id = quote.id.clone();
            let href = {
                let id = id.clone();
                move || context.with(|s| s.read_in_context(&id).href())
            };
            let on_click = move |event: leptos::ev::MouseEvent| {
                if event.button() == 0
                    && !(event.ctrl_key() || event.meta_key() || event.shift_key())
                {
                    event.prevent_default();
                    moved_to.set(Some(m));
                    explorer.go(context.with_untracked(|s| s.read_in_context(&id)));
                }
            };
            let y = TOP + ROW * mark.row as u32 + 3 + u32::from(mark.lane) * (MARK + 1);
            let aria_label = label.clone();
            // The `<g>` tells the view macro that this `<a>` is SVG's link, not HTML's.
            view! {
                <g>
                    <a
                        href=href
                        id=format!("mark-{m}")
                        class=format!(
                            "mark {}",
                            data.colour_class(Some(&layout.rows[mark.row].faction)),
                        )
                        class:dim=move || !marks_shown.with(|s| s[m])
                        tabindex=move || if active.get() == m { "0" } else { "-1" }
                        aria-label=aria_label
                        on:click=on_click
                    >
                        <rect x=percent(mark.x) y=y width="4" height=MARK></rect>
                        <title>{label}</title>
                    </a>
                </g>
            }
            .into_any()
        }
    };
    let steps = layout.clone();
    let on_keydown = move |event: leptos::ev::KeyboardEvent| {
        let Some(key) = ChartKey::from_event_key(&event.key()) else {
            return;
        };
        event.prevent_default();
        let next = steps.step(active.get_untracked(), key);
        moved_to.set(Some(next));
        focus(&format!("mark-{next}"));
    };
    let lanes = LANES;
    view! {
        <figure class="chart">
            <figcaption>
                "Who speaks where: each mark is a quote, placed where it falls in the report, one row per faction. Select a mark to read the passage; arrow keys move between marks."
            </figcaption>
            <div class="chart-body" data-lanes=lanes>
                <ul class="chart-rows" aria-hidden="true">
                    {row_labels}
                </ul>
                <div class="chart-track">
                    <svg
                        class="chart-svg"
                        width="100%"
                        height=height
                        role="group"
                        aria-label="Quotes by faction and place in the report"
                        on:keydown=on_keydown
                    >
                        {bands}
                        {sections}
                        {progressive::first_items(
                            std::sync::Arc::new(move || on_page.get()),
                            std::sync::Arc::new(mark_view),
                        )}
                    </svg>
                </div>
            </div>
        </figure>
    }
    .into_any()
}

/// Moves focus to an element of the page.
fn focus(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::SvgElement>().ok()) {
        let _ = element.focus();
    }
}
