//! Loading a hosted report: its model, written at build time by `explorer site` (the page never
//! parses a hosted report), from the explorer's own static files. The model, text and manifest
//! files the page reads are written by the build in their binary form and read by
//! `explorer_core::hosted::from_bytes`, the one reader of that format.

use explorer_core::hosted::{
    FileKind, MANIFEST_BIN_PATH, Manifest, ModelFile, TextFile, from_bytes,
};
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
}

/// Why a report could not be shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
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

/// Reads the manifest (its binary form, written beside `index.json` by the build).
async fn manifest() -> Result<Manifest, LoadError> {
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
    Ok(Loaded::from(model))
}

impl From<ModelFile> for Loaded {
    fn from(model: ModelFile) -> Self {
        Loaded {
            report: model.report,
            diagnostics: model.diagnostics,
            name: model.name,
        }
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
