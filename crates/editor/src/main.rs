//! The editing tools of the report explorer: opening a reader's own report (parsed by the
//! worker, kept in the browser) and correcting what the parser got wrong (kept as an overlay).
//! A wasm of its own, which the page loads the first time a reader asks for these tools (see
//! `explorer_app::editing`); it mounts a dialog and a corrections bar, and talks with the page
//! through window events.

mod correct;
mod open;
mod session;

use correct::{CorrectQuote, CorrectSides, CorrectionsBar};
use leptos::prelude::*;
use open::OpenReport;
use session::{Asked, Session};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

fn main() {
    console_error_panic_hook::set_once();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(root) = document.create_element("div") else {
        return;
    };
    root.set_id("editor-root");
    if let Some(body) = document.body() {
        let _ = body.append_child(&root);
    }
    if let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() {
        leptos::mount::mount_to(root, Editor).forget();
    }
}

/// The editor: the dialog of what was asked for, and the corrections bar.
#[component]
fn Editor() -> impl IntoView {
    let session = Session::new();
    provide_context(session);
    listen_to_page(session);
    undo_on_ctrl_z(session);
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    Effect::new(move |_| {
        let Some(dialog) = dialog.get() else { return };
        if session.asked.get().is_some() {
            if !dialog.open() {
                let _ = dialog.show_modal();
            }
        } else if dialog.open() {
            dialog.close();
        }
    });
    let title = move || match session.asked.get() {
        Some(Asked::Open) => "Open a report",
        Some(Asked::Quote(_)) => "Correct a quote",
        Some(Asked::Speakers) => "Correct the speakers",
        Some(Asked::Factions) => "Correct the factions",
        None => "",
    };
    view! {
        <dialog
            node_ref=dialog
            class="editor-dialog"
            aria-labelledby="editor-title"
            on:close=move |_| session.asked.set(None)
        >
            <div class="editor-head">
                <h2 id="editor-title">{title}</h2>
                <button type="button" class="button" on:click=move |_| session.asked.set(None)>
                    "Close"
                </button>
            </div>
            {move || match session.asked.get() {
                Some(Asked::Open) => view! { <OpenReport /> }.into_any(),
                Some(Asked::Quote(id)) => view! { <CorrectQuote id /> }.into_any(),
                Some(Asked::Speakers) => view! { <CorrectSides speakers=true /> }.into_any(),
                Some(Asked::Factions) => view! { <CorrectSides speakers=false /> }.into_any(),
                None => ().into_any(),
            }}
        </dialog>
        <CorrectionsBar />
    }
}

/// Takes `report-explorer:edit` events from the page.
fn listen_to_page(session: Session) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_edit = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        let Some(detail) = event.dyn_ref::<web_sys::CustomEvent>().map(|e| e.detail()) else {
            return;
        };
        let field = |key: &str| {
            js_sys::Reflect::get(&detail, &key.into())
                .ok()
                .and_then(|v| v.as_string())
        };
        let report = field("report").unwrap_or_default();
        let asked = match field("action").as_deref() {
            Some("open") => Asked::Open,
            Some("quote") => match field("quote") {
                Some(id) => Asked::Quote(id),
                None => return,
            },
            Some("speakers") => Asked::Speakers,
            Some("factions") => Asked::Factions,
            _ => return,
        };
        session.status.set(String::new());
        session.ask(asked, report);
    });
    let _ = window
        .add_event_listener_with_callback("report-explorer:edit", on_edit.as_ref().unchecked_ref());
    on_edit.forget();
}

/// Ctrl+Z (⌘Z) undoes the last correction, unless one is typing in a field.
fn undo_on_ctrl_z(session: Session) {
    let _ = window_event_listener(leptos::ev::keydown, move |event| {
        if !(event.ctrl_key() || event.meta_key())
            || event.key().to_lowercase() != "z"
            || event.shift_key()
        {
            return;
        }
        let typing = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if typing || session.history.with_untracked(Vec::is_empty) {
            return;
        }
        event.prevent_default();
        session.undo();
    });
}
