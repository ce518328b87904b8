//! The worker: parses readers' reports off the page's thread and keeps them, with every report's
//! corrections, in the browser's storage ([`store`]). It answers the page's [`Request`]s with
//! [`Answer`]s (progress, a model, a list, a message). Built by Trunk as a worker
//! (`data-type="worker"`); the page starts it only when it is needed (a reader opens a report of
//! their own, a `local:` link, a report with corrections), so the parser is not part of the
//! first visit.

mod store;

use explorer_core::hosted::{FileKind, Manifest, ModelFile, from_bytes, prepare, to_bytes};
use explorer_core::jobs::{Answer, Job, KeptReport, Opened, READY, Request, Update, open};
use explorer_core::overlay::Overlay;
use explorer_core::wire::{Bytes, from_wire, to_wire};
use store::KeptText;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn main() {
    console_error_panic_hook::set_once();
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let bytes = js_sys::Uint8Array::new(&event.data()).to_vec();
        match from_wire::<Request>(&bytes) {
            Ok(request) => wasm_bindgen_futures::spawn_local(run(request)),
            Err(e) => web_sys::console::warn_1(
                &format!("explorer worker: ignored a message that is not a job ({e})").into(),
            ),
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages posted before this point found no one listening: the page waits for this one.
    post(READY, Update::Done);
}

/// Sends an answer to the page (its bytes transferred, not copied).
fn post(job: u32, update: Update) {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let bytes = js_sys::Uint8Array::from(to_wire(&Answer { job, update }).as_slice());
    let transfer = js_sys::Array::of1(&bytes.buffer());
    let _ = scope.post_message_with_transfer(&bytes, &transfer);
}

fn progress(job: u32, stage: &str, percent: u8) {
    post(
        job,
        Update::Progress {
            stage: stage.to_owned(),
            percent,
        },
    );
}

async fn run(request: Request) {
    let job = request.job;
    let update = match request.work {
        Job::Parse { name, bytes } => parse(job, name, bytes.0).await,
        Job::Open { hash } => open_kept(&hash).await,
        Job::Corrected { name } => corrected(&name).await,
        Job::List => match store::list().await {
            Ok(list) => Update::Reports(list),
            Err(message) => Update::Failed(message),
        },
        Job::Delete { hash } => match store::delete(&hash).await {
            Ok(()) => Update::Done,
            Err(message) => Update::Failed(message),
        },
        Job::SaveCorrections { report, overlay } => {
            match store::save_corrections(&report, &overlay).await {
                Ok(()) => Update::Done,
                Err(message) => Update::Failed(message),
            }
        }
        Job::Corrections { report } => match store::corrections(&report).await {
            Ok(overlay) => Update::Corrections(overlay),
            Err(message) => Update::Failed(message),
        },
        Job::Text { hash } => match store::get(&hash).await {
            Ok(Some(kept)) => Update::Text {
                file: kept.listing.file,
                text: kept.text,
            },
            Ok(None) => Update::NotFound,
            Err(message) => Update::Failed(message),
        },
    };
    post(job, update);
}

/// Reads an overlay kept as JSON; a broken one is ignored with a warning.
fn read_overlay(json: Option<String>) -> Option<Overlay> {
    let json = json.filter(|j| !j.trim().is_empty())?;
    match serde_json::from_str(&json) {
        Ok(overlay) => Some(overlay),
        Err(e) => {
            web_sys::console::warn_1(
                &format!("explorer worker: kept corrections unreadable ({e})").into(),
            );
            None
        }
    }
}

/// The model file of a prepared report.
fn model_update(name: &str, parsed: explorer_core::Parsed, not_kept: Option<String>) -> Update {
    let file = ModelFile::new(name, parsed);
    Update::Model {
        hash: file.report.content_hash.clone(),
        bytes: Bytes(to_bytes(FileKind::Model, &file)),
        not_kept,
    }
}

/// The name a report gets from its file ("kessa-valley.txt" → "kessa-valley").
fn stem(file: &str) -> String {
    let name = file.rsplit(['/', '\\']).next().unwrap_or(file);
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    explorer_core::text::slug(stem)
}

async fn parse(job: u32, file: String, bytes: Vec<u8>) -> Update {
    progress(job, "Reading the text", 2);
    let text = match open(bytes) {
        Opened::Text(text) => text,
        Opened::Refused(message) => return Update::Failed(message),
    };
    progress(job, "Finding sections, quotes, speakers and notes", 10);
    let hash = explorer_core::text::content_hash(&text);
    let kept_corrections = store::corrections(&format!("local:{hash}"))
        .await
        .ok()
        .flatten();
    let parsed = prepare(&text, &file, read_overlay(kept_corrections).as_ref());
    if !parsed
        .report
        .quotes
        .iter()
        .any(|q| q.kind == explorer_core::QuoteKind::Speech)
    {
        return Update::Failed(
            "No quotation of anyone was found in this text, so there is nothing to explore. The explorer reads reports that quote people in double quotes (“…” or \"…\")."
                .to_owned(),
        );
    }
    progress(job, "Keeping it in this browser", 90);
    let index = explorer_core::facets::FacetIndex::new(&parsed.report);
    let kept = KeptText {
        listing: KeptReport {
            hash: parsed.report.content_hash.clone(),
            title: parsed.report.title.clone(),
            file: file.clone(),
            opened: String::from(js_sys::Date::new_0().to_iso_string()),
            quotes: index.items.len() as u32,
            speakers: parsed.report.speakers.len() as u32,
            corrected: false,
        },
        text,
    };
    let not_kept = store::keep(&kept).await.err();
    model_update(&stem(&file), parsed, not_kept)
}

async fn open_kept(hash: &str) -> Update {
    let kept = match store::get(hash).await {
        Ok(Some(kept)) => kept,
        Ok(None) => return Update::NotFound,
        Err(message) => return Update::Failed(message),
    };
    let overlay = read_overlay(
        store::corrections(&format!("local:{hash}"))
            .await
            .ok()
            .flatten(),
    );
    let parsed = prepare(&kept.text, &kept.listing.file, overlay.as_ref());
    model_update(&stem(&kept.listing.file), parsed, None)
}

/// A hosted report's model (fetched from the site, where the build wrote it) with the
/// reader's corrections applied on top of the operator's.
async fn corrected(name: &str) -> Update {
    let path = Manifest::model_path(name);
    let bytes = match fetch(&path).await {
        Ok(bytes) => bytes,
        Err(message) => return Update::Failed(message),
    };
    let mut model: ModelFile = match from_bytes(FileKind::Model, &bytes) {
        Ok(model) => model,
        Err(e) => {
            return Update::Failed(format!(
                "The report's model ({path}) could not be read: {e}."
            ));
        }
    };
    if let Some(overlay) = read_overlay(store::corrections(name).await.ok().flatten()) {
        let problems = explorer_core::overlay::apply(&mut model.report, &overlay);
        model.diagnostics.extend(problems);
    }
    Update::Model {
        hash: model.report.content_hash.clone(),
        bytes: Bytes(to_bytes(FileKind::Model, &model)),
        not_kept: None,
    }
}

async fn fetch(path: &str) -> Result<Vec<u8>, String> {
    let scope: web_sys::WorkerGlobalScope = js_sys::global().unchecked_into();
    let response: web_sys::Response = JsFuture::from(scope.fetch_with_str(path))
        .await
        .map_err(|_| format!("{path} could not be fetched"))?
        .dyn_into()
        .map_err(|_| format!("{path}: not a response"))?;
    if !response.ok() {
        return Err(format!("{path} answered {}", response.status()));
    }
    let buffer = JsFuture::from(
        response
            .array_buffer()
            .map_err(|_| format!("{path} has no body"))?,
    )
    .await
    .map_err(|_| format!("{path} could not be read"))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
