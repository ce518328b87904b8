//! Long lists put on the page a batch at a time: the first batch at once, the rest one batch
//! per task, so that no task blocks the page however long the report. The reading view and the
//! chart use it; a list reads the count and renders that many items.

use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;

/// A count of items on the page that starts at `first` and grows by `batch` a task at a time
/// up to `total`. It stops when its owner is disposed (the view left).
pub fn count_up(first: usize, batch: usize, total: usize) -> RwSignal<usize> {
    let rendered = RwSignal::new(first.min(total));
    if first >= total {
        return rendered;
    }
    each_task(move || {
        rendered
            .try_update(|n| {
                *n = (*n + batch.max(1)).min(total);
                *n < total
            })
            .unwrap_or(false)
    });
    rendered
}

/// The first `count()` items of a long list (`count` reads a signal), item `k` rendered by
/// `item(k)` and kept while it stays on the page. Every list that grows a batch at a time uses
/// this one.
pub fn first_items(
    count: Arc<dyn Fn() -> usize + Send + Sync>,
    item: Arc<dyn Fn(usize) -> AnyView + Send + Sync>,
) -> AnyView {
    keyed(Arc::new(move || (0..count()).collect()), item)
}

/// A list of the items `each` names, item `k` rendered by `item(k)` and kept while it stays in
/// the list. Every keyed list of numbers goes through here: one copy of the keyed list's code in
/// the wasm.
pub fn keyed(
    each: Arc<dyn Fn() -> Vec<usize> + Send + Sync>,
    item: Arc<dyn Fn(usize) -> AnyView + Send + Sync>,
) -> AnyView {
    view! { <For each=move || each() key=|k| *k children=move |k| item(k) /> }.into_any()
}

/// Calls `step` once a task, from the next task on, for as long as it returns `true`. A step
/// whose signals are gone (the view left) returns `false`.
pub fn each_task(step: impl Fn() -> bool + 'static) {
    set_timeout(
        move || {
            if step() {
                each_task(step);
            }
        },
        Duration::ZERO,
    );
}

/// Resolves in a later task: lets the browser paint and handle input between two long steps.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
