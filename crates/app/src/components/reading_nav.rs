//! Finding one's way in the reading view: a sticky bar with the current section, a menu of the
//! sections and a way back to the top; and a find bar that steps through the search's matches
//! in the text ("3 of 12").

use crate::components::reading_view::ReadingProgress;
use crate::state::use_explorer;
use explorer_core::{SectionKind, anchors};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The sticky section bar.
#[component]
pub fn SectionBar() -> impl IntoView {
    let explorer = use_explorer();
    let data = explorer.data();
    let current = RwSignal::new(None::<usize>);
    let ids: Vec<String> = data
        .report
        .sections
        .iter()
        .map(|s| anchors::section(&s.id))
        .collect();
    let labels: Vec<String> = data
        .report
        .sections
        .iter()
        .map(|s| s.label().to_owned())
        .collect();
    track_current_section(ids, current);
    let menu = RwSignal::new(false);
    let items = data
        .report
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let target = anchors::section(&s.id);
            let href = anchors::fragment(&target);
            // Closing the menu moves the text up: scroll once it has closed.
            let go = move |event: leptos::ev::MouseEvent| {
                event.prevent_default();
                menu.set(false);
                crate::url::set_fragment(&target);
                crate::scroll::after_render(target.clone());
            };
            let class = format!(
                "toc-level-{}",
                if s.kind == SectionKind::Notes {
                    1
                } else {
                    s.level.min(3)
                }
            );
            view! {
                <li class=class>
                    <a
                        href=href
                        aria-current=move || (current.get() == Some(i)).then_some("location")
                        on:click=go
                    >
                        {s.label().to_owned()}
                    </a>
                </li>
            }
            .into_any()
        })
        .collect_view();
    let current_label = move || {
        current
            .get()
            .and_then(|i| labels.get(i).cloned())
            .unwrap_or_else(|| "Contents".to_owned())
    };
    view! {
        <nav class="section-bar" aria-label="Sections">
            <button
                type="button"
                class="button section-menu-button"
                aria-expanded=move || menu.get().to_string()
                aria-controls="section-menu"
                on:click=move |_| menu.update(|m| *m = !*m)
            >
                <span class="visually-hidden">"Sections, now reading: "</span>
                <span class="current-section">{current_label}</span>
                <span aria-hidden="true">" ▾"</span>
            </button>
            <a class="back-to-top" href="#results">
                "Back to top"
            </a>
            <ol id="section-menu" class="toc" class:hidden=move || !menu.get()>
                {items}
            </ol>
        </nav>
    }
}

/// Keeps `current` on the section at the top of the window while the reader scrolls.
fn track_current_section(ids: Vec<String>, current: RwSignal<Option<usize>>) {
    let measure = move || {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let mut at = None;
        for (i, id) in ids.iter().enumerate() {
            let Some(element) = document.get_element_by_id(id) else {
                continue;
            };
            if element.get_bounding_client_rect().top() <= 96.0 {
                at = Some(i);
            } else {
                break;
            }
        }
        if current.try_get_untracked() != Some(at) {
            current.try_set(at);
        }
    };
    let handle = window_event_listener(leptos::ev::scroll, move |_| measure());
    on_cleanup(move || handle.remove());
}

/// The bar that steps through the search's matches in the text.
#[component]
pub fn FindBar() -> impl IntoView {
    let explorer = use_explorer();
    let searching = Memo::new(move |_| explorer.search.with(|s| !s.is_empty()));
    let total = RwSignal::new(0usize);
    let at = RwSignal::new(0usize);
    // A new search starts from the top.
    crate::effect::effect(move || {
        explorer.search.track();
        at.set(0);
    });
    // Count the marks once the text has been marked, and again as a long text goes on the page.
    let progress = use_context::<ReadingProgress>();
    crate::effect::effect(move || {
        explorer.search.track();
        if !searching.get() {
            total.set(0);
            return;
        }
        if let Some(ReadingProgress(rendered)) = progress {
            rendered.track();
        }
        request_animation_frame(move || {
            total.try_set(hits().len());
        });
    });
    let step = move |forward: bool| {
        let marks = hits();
        if marks.is_empty() {
            return;
        }
        let n = marks.len();
        let next = match (at.get_untracked(), forward) {
            (0, true) => 1,
            (0, false) => n,
            (k, true) => k % n + 1,
            (k, false) => (k + n - 2) % n + 1,
        };
        for mark in &marks {
            let _ = mark.class_list().remove_1("current");
        }
        let mark = &marks[next - 1];
        let _ = mark.class_list().add_1("current");
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        mark.scroll_into_view_with_scroll_into_view_options(&options);
        at.set(next);
    };
    let status = move || match (at.get(), total.get()) {
        (_, 0) => "No match in the text".to_owned(),
        (0, 1) => "1 match in the text".to_owned(),
        (0, n) => format!("{n} matches in the text"),
        (k, n) => format!("{k} of {n}"),
    };
    move || {
        searching.get().then(|| {
            view! {
                <div class="find-bar" role="group" aria-label="Matches in the text">
                    <span class="find-status" role="status" aria-live="polite">
                        {status}
                    </span>
                    <button
                        type="button"
                        class="button"
                        disabled=move || total.get() == 0
                        on:click=move |_| step(false)
                    >
                        "Previous"
                    </button>
                    <button
                        type="button"
                        class="button"
                        disabled=move || total.get() == 0
                        on:click=move |_| step(true)
                    >
                        "Next"
                    </button>
                </div>
            }
            .into_any()
        })
    }
}

/// The search's marks in the reading view, in reading order.
fn hits() -> Vec<web_sys::Element> {
    let Some(list) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector_all("#reading mark.hit").ok())
    else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .collect()
}
