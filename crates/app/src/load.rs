//! Loading a hosted report: the manifest, the report's text and overlay, from the explorer's own
//! static files. JSON is read by the browser's parser and the core's serde types (through
//! serde-wasm-bindgen), the same types the CLI reads with serde_json: one reader per format.

use explorer_core::hosted::{MANIFEST_PATH, Manifest};
use explorer_core::overlay::Overlay;
use explorer_core::{Diagnostic, Report};
use serde::de::DeserializeOwned;
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

/// Fetches a file from the explorer's own origin; `Ok(None)` when it does not exist.
pub async fn fetch_text(url: &str) -> Result<Option<String>, String> {
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
    let text = JsFuture::from(response.text().map_err(|_| format!("{url} has no text"))?)
        .await
        .map_err(|_| format!("{url} could not be read"))?;
    Ok(text.as_string())
}

/// Reads JSON into one of the core's types.
pub fn read_json<T: DeserializeOwned>(json: &str) -> Result<T, String> {
    let value = js_sys::JSON::parse(json).map_err(|_| "it is not valid JSON".to_owned())?;
    serde_wasm_bindgen::from_value(value).map_err(|e| e.to_string())
}

/// Loads the report the URL asks for (or the manifest's default): its text, parsed, with its
/// overlay applied.
pub async fn load(requested: Option<String>) -> Result<Loaded, LoadError> {
    let failed = |message: String| LoadError::Failed(message);
    let manifest: Manifest = match fetch_text(MANIFEST_PATH).await {
        Ok(Some(json)) => read_json(&json).map_err(|e| {
            failed(format!(
                "The list of reports ({MANIFEST_PATH}) could not be read: {e}."
            ))
        })?,
        Ok(None) => {
            return Err(failed(format!(
                "The list of reports ({MANIFEST_PATH}) was not found."
            )));
        }
        Err(e) => {
            return Err(failed(format!(
                "The list of reports could not be loaded: {e}."
            )));
        }
    };
    let name = requested.unwrap_or_else(|| manifest.default.clone());
    let Some(entry) = manifest.reports.get(&name) else {
        return Err(LoadError::UnknownReport {
            name,
            available: manifest.reports.keys().cloned().collect(),
        });
    };
    let text_path = Manifest::text_path(&name);
    let text = match fetch_text(&text_path).await {
        Ok(Some(text)) => text,
        Ok(None) => return Err(failed(format!("The report {text_path} was not found."))),
        Err(e) => return Err(failed(format!("The report could not be loaded: {e}."))),
    };
    let mut overlay_problem = None;
    let overlay: Option<Overlay> = if entry.overlay {
        match fetch_text(&Manifest::overlay_path(&name)).await {
            Ok(Some(json)) => read_json(&json)
                .map_err(|e| overlay_problem = Some(format!("The overlay could not be read: {e}.")))
                .ok(),
            Ok(None) | Err(_) => {
                overlay_problem =
                    Some("The report's overlay is listed but could not be loaded.".to_owned());
                None
            }
        }
    } else {
        None
    };
    let parsed = explorer_core::hosted::prepare(&text, &text_path, overlay.as_ref());
    let mut diagnostics = parsed.diagnostics;
    if let Some(problem) = overlay_problem {
        diagnostics.push(Diagnostic::warning(0, "overlay-unreadable", problem));
    }
    Ok(Loaded {
        report: parsed.report,
        diagnostics,
        name,
    })
}
