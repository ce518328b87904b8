//! Copying text to the clipboard, with a status message for screen readers and a visible one.

use gloo::timers::callback::Timeout;
use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// Copies `text`, then shows `done` (or a fallback message) in `status` for a few seconds.
pub fn copy(text: String, status: RwSignal<String>, done: &'static str) {
    leptos::task::spawn_local(async move {
        let copied = match web_sys::window() {
            Some(window) => JsFuture::from(window.navigator().clipboard().write_text(&text))
                .await
                .is_ok(),
            None => false,
        };
        let message = if copied {
            done.to_owned()
        } else {
            format!("Copy this: {text}")
        };
        // The component that asked may be gone by now (a filter removed its card): `try_`
        // reads and writes do nothing then, instead of touching a disposed signal.
        if status.try_set(message.clone()).is_some() {
            return;
        }
        let clear_after = if copied { 3_000 } else { 20_000 };
        // Clear the message unless another copy replaced it meanwhile.
        Timeout::new(clear_after, move || {
            if status.try_get_untracked().as_deref() == Some(message.as_str()) {
                status.try_set(String::new());
            }
        })
        .forget();
    });
}
