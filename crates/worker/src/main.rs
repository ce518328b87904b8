//! The parsing worker: takes a reader's report ([`Job`]) from the page, parses it off the page's
//! thread, and answers with progress and the model ([`JobUpdate`]). Built by Trunk as a worker
//! (`data-type="worker"`); the page starts it only when a reader opens a report of their own, so
//! the parser is not part of the first visit.

use explorer_core::hosted::{ModelFile, prepare};
use explorer_core::jobs::{Job, JobUpdate, Opened, open};
use serde::Serialize;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn main() {
    console_error_panic_hook::set_once();
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        match serde_wasm_bindgen::from_value::<Job>(event.data()) {
            Ok(job) => run(job),
            Err(e) => {
                web_sys::console::warn_1(&format!("explorer worker: ignored a message: {e}").into())
            }
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
}

/// Sends an update to the page.
fn post(update: &JobUpdate) {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    match update.serialize(&serializer) {
        Ok(value) => {
            let _ = scope.post_message(&value);
        }
        Err(e) => web_sys::console::error_1(&format!("explorer worker: {e}").into()),
    }
}

fn progress(id: u32, stage: &str, percent: u8) {
    post(&JobUpdate::Progress {
        id,
        stage: stage.to_owned(),
        percent,
    });
}

fn run(job: Job) {
    match job {
        Job::Parse { id, name, bytes } => {
            progress(id, "Reading the text", 5);
            let text = match open(bytes) {
                Opened::Text(text) => text,
                Opened::Refused(message) => return post(&JobUpdate::Failed { id, message }),
            };
            progress(id, "Finding sections, quotes, speakers and notes", 20);
            let parsed = prepare(&text, &name, None);
            if parsed.report.quotes.is_empty() {
                return post(&JobUpdate::Failed {
                    id,
                    message: "No quotation was found in this text, so there is nothing to explore. The explorer reads reports that quote people in double quotes (“…” or \"…\").".to_owned(),
                });
            }
            progress(id, "Preparing the explorer", 90);
            let model = ModelFile::new(&name, parsed);
            post(&JobUpdate::Done {
                id,
                model: Box::new(model),
            });
        }
    }
}
