//! Loading a hosted report: its model, written at build time by `explorer site` (the page never
//! parses a hosted report), from the explorer's own static files. The model, text and manifest
//! files the page reads are written by the build in their binary form and read by
//! `explorer_core::hosted::from_bytes`, the one reader of that format.

use explorer_core::hosted::{
    FileKind, MANIFEST_BIN_PATH, Manifest, ModelFile, TextFile, corrections_flag, from_bytes,
};
use explorer_core::jobs::{Job, Update};
use explorer_core::view_state::LOCAL_PREFIX;
use explorer_core::{Block, Diagnostic, Report};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// A report ready to explore.
#[derive(Debug)]
pub struct Loaded {
    /// The model, overlay applied.
    pub report: Report,
    /// Parser and overlay diagnostics.
    pub diagnostics: Vec<Diagnostic>,
    /// The report's name (its file name without `.txt`).
    pub name: String,
    /// How the report came: hosted, hosted with the reader's corrections, or the reader's own.
    pub origin: Origin,
}

/// Where a loaded report comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The site's own report, as the site serves it.
    Hosted,
    /// The site's report with corrections kept in this browser.
    HostedCorrected,
    /// A report the reader opened, kept in this browser (`local:<hash>`).
    Kept,
}

/// Why a report could not be shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The URL names a report kept in another browser (`local:<hash>`).
    KeptElsewhere,
    /// The URL names a report this site does not host.
    UnknownReport {
        /// The name asked for.
        name: String,
        /// The reports that exist.
        available: Vec<String>,
    },
    /// Something could not be fetched or read.
    Failed(String),
}

/// The report the URL asks for, if any.
pub fn requested_report() -> Option<String> {
    explorer_core::view_state::requested_report(&crate::url::current_query())
}

/// Fetches a file from the explorer's own origin: its response, or `None` when it does not exist.
async fn fetch_response(url: &str) -> Result<Option<web_sys::Response>, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| format!("{url} could not be fetched (is the connection down?)"))?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| "not a response".to_owned())?;
    if response.status() == 404 {
        return Ok(None);
    }
    if !response.ok() {
        return Err(format!("{url} answered {}", response.status()));
    }
    Ok(Some(response))
}

/// Fetches a text file from the explorer's own origin; `Ok(None)` when it does not exist.
pub async fn fetch_text(url: &str) -> Result<Option<String>, String> {
    let Some(response) = fetch_response(url).await? else {
        return Ok(None);
    };
    let text = JsFuture::from(response.text().map_err(|_| format!("{url} has no text"))?)
        .await
        .map_err(|_| format!("{url} could not be read"))?;
    Ok(text.as_string())
}

/// Fetches a file's bytes from the explorer's own origin; `Ok(None)` when it does not exist.
pub async fn fetch_bytes(url: &str) -> Result<Option<Vec<u8>>, String> {
    let Some(response) = fetch_response(url).await? else {
        return Ok(None);
    };
    let buffer = JsFuture::from(
        response
            .array_buffer()
            .map_err(|_| format!("{url} has no body"))?,
    )
    .await
    .map_err(|_| format!("{url} could not be read"))?;
    Ok(Some(js_sys::Uint8Array::new(&buffer).to_vec()))
}

/// The report the page opens by default, as the build wrote it into the page; `None` when the
/// page was not built with it (then the manifest says).
fn default_report() -> Option<String> {
    web_sys::window()?
        .document()?
        .query_selector("meta[name=\"explorer-default-report\"]")
        .ok()??
        .get_attribute("content")
}

/// Reads the manifest (its binary form, written beside `index.json` by the build). Its reader
/// is loaded on demand: a visit to the page's own report never needs the list of reports.
#[cfg(feature = "split")]
#[leptos::lazy]
async fn manifest() -> Result<Manifest, LoadError> {
    manifest_now().await
}

/// Reads the manifest (its binary form, written beside `index.json` by the build).
#[cfg(not(feature = "split"))]
async fn manifest() -> Result<Manifest, LoadError> {
    manifest_now().await
}

async fn manifest_now() -> Result<Manifest, LoadError> {
    let failed = |message: String| LoadError::Failed(message);
    match fetch_bytes(MANIFEST_BIN_PATH).await {
        Ok(Some(bytes)) => from_bytes(FileKind::Manifest, &bytes).map_err(|e| {
            failed(format!(
                "The list of reports ({MANIFEST_BIN_PATH}) could not be read: {e}."
            ))
        }),
        Ok(None) => Err(failed(format!(
            "The list of reports ({MANIFEST_BIN_PATH}) was not found."
        ))),
        Err(e) => Err(failed(format!(
            "The list of reports could not be loaded: {e}."
        ))),
    }
}

/// Loads the model of the report the URL asks for (or the default one), written at build time:
/// no parsing in the page. The default report's model is preloaded by the page itself.
pub async fn load(requested: Option<String>) -> Result<Loaded, LoadError> {
    if let Some(hash) = requested
        .as_deref()
        .and_then(|r| r.strip_prefix(LOCAL_PREFIX))
    {
        return kept(hash).await;
    }
    let default = default_report();
    let name = match (requested, default) {
        // Another report than the page's own: check the list first, so that an unknown name gets
        // the list of reports that exist (and no failed request).
        (Some(name), default) if Some(&name) != default.as_ref() => {
            let manifest = manifest().await?;
            if !manifest.reports.contains_key(&name) {
                return Err(LoadError::UnknownReport {
                    name,
                    available: manifest.reports.keys().cloned().collect(),
                });
            }
            name
        }
        (Some(name), _) => name,
        (None, Some(default)) => default,
        (None, None) => manifest().await?.default,
    };
    if corrected_here(&name) {
        return from_worker(Job::Corrected { name }, Origin::HostedCorrected).await;
    }
    let path = Manifest::model_path(&name);
    let bytes = match fetch_bytes(&path).await {
        Ok(Some(bytes)) => bytes,
        Ok(None) => {
            return Err(LoadError::UnknownReport {
                name,
                available: manifest().await?.reports.keys().cloned().collect(),
            });
        }
        Err(e) => {
            return Err(LoadError::Failed(format!(
                "The report could not be loaded: {e}."
            )));
        }
    };
    let model: ModelFile = from_bytes(FileKind::Model, &bytes).map_err(|e| {
        LoadError::Failed(format!(
            "The report's model ({path}) could not be read: {e}."
        ))
    })?;
    Ok(Loaded::new(model, Origin::Hosted))
}

impl Loaded {
    /// A loaded model file.
    pub fn new(model: ModelFile, origin: Origin) -> Self {
        Loaded {
            report: model.report,
            diagnostics: model.diagnostics,
            name: model.name,
            origin,
        }
    }
}

thread_local! {
    /// Reports opened during this visit, by content hash: they open even when the browser
    /// could not keep them (private windows, a full disk).
    static OPENED_NOW: std::cell::RefCell<std::collections::BTreeMap<String, Vec<u8>>> =
        const { std::cell::RefCell::new(std::collections::BTreeMap::new()) };
}

/// Remembers a report the reader just opened (its model file), for this visit.
pub fn remember(hash: &str, model: Vec<u8>) {
    OPENED_NOW.with(|m| m.borrow_mut().insert(hash.to_owned(), model));
}

/// Forgets a report opened during this visit (its corrections changed: the worker has the
/// current model).
pub fn forget(hash: &str) {
    OPENED_NOW.with(|m| m.borrow_mut().remove(hash));
}

/// Whether this browser keeps corrections of a hosted report (see `corrections_flag`).
fn corrected_here(name: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(&corrections_flag(name)).ok().flatten())
        .is_some()
}

/// A report the reader opened: from this visit, or from the browser's storage (the worker).
async fn kept(hash: &str) -> Result<Loaded, LoadError> {
    if let Some(bytes) = OPENED_NOW.with(|m| m.borrow().get(hash).cloned()) {
        let model: ModelFile = from_bytes(FileKind::Model, &bytes).map_err(LoadError::Failed)?;
        return Ok(Loaded::new(model, Origin::Kept));
    }
    from_worker(
        Job::Open {
            hash: hash.to_owned(),
        },
        Origin::Kept,
    )
    .await
}

/// A model the worker makes: a kept report, or a hosted one with corrections. The worker's
/// client is loaded on demand (a hosted report without corrections never needs it).
#[cfg(feature = "split")]
#[leptos::lazy]
async fn from_worker(job: Job, origin: Origin) -> Result<Loaded, LoadError> {
    from_worker_now(job, origin).await
}

/// A model the worker makes: a kept report, or a hosted one with corrections.
#[cfg(not(feature = "split"))]
async fn from_worker(job: Job, origin: Origin) -> Result<Loaded, LoadError> {
    from_worker_now(job, origin).await
}

async fn from_worker_now(job: Job, origin: Origin) -> Result<Loaded, LoadError> {
    match crate::worker::ask(job).await.map_err(LoadError::Failed)? {
        Update::Model { bytes, .. } => from_bytes(FileKind::Model, &bytes.0)
            .map(|model| Loaded::new(model, origin))
            .map_err(|e| LoadError::Failed(format!("The report could not be read: {e}."))),
        Update::NotFound => Err(LoadError::KeptElsewhere),
        Update::Failed(message) => Err(LoadError::Failed(message)),
        _ => Err(LoadError::Failed(
            "The explorer’s worker gave no report.".to_owned(),
        )),
    }
}

/// Loads a hosted report's blocks (its text, for the reading view), written beside its model.
pub async fn text_blocks(name: &str, content_hash: &str) -> Result<Vec<Block>, String> {
    let path = Manifest::text_blocks_path(name);
    let bytes = fetch_bytes(&path)
        .await?
        .ok_or_else(|| format!("The report's text ({path}) was not found."))?;
    let text: TextFile = from_bytes(FileKind::Text, &bytes)
        .map_err(|e| format!("The report's text ({path}) could not be read: {e}."))?;
    if text.content_hash != content_hash {
        return Err(format!(
            "The report's text ({path}) is of another version of the report: the site needs a rebuild."
        ));
    }
    Ok(text.blocks)
}
