//! Loading the bundled report: fetch its text and overlay from the explorer's own files, parse.

use explorer_core::overlay::{self, Overlay};
use explorer_core::{Diagnostic, Report};
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The report shipped with the explorer, relative to the page.
pub const BUNDLED_REPORT: &str = "reports/fall-of-aleppo.txt";

/// Where loading the report stands.
#[derive(Clone, Debug)]
pub enum LoadState {
    /// Fetching and parsing.
    Loading,
    /// The parsed report and what the parser and overlay reported.
    Ready(Arc<Loaded>),
    /// A message for the reader.
    Failed(String),
}

/// A parsed report with its diagnostics.
#[derive(Debug)]
pub struct Loaded {
    /// The model, overlay applied.
    pub report: Report,
    /// Parser and overlay diagnostics.
    pub diagnostics: Vec<Diagnostic>,
}

/// Fetches a text file from the explorer's own origin; `Ok(None)` when it does not exist.
pub async fn fetch_text(url: &str) -> Result<Option<String>, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|e| format!("{url} could not be fetched: {e:?}"))?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| "not a response".to_owned())?;
    if response.status() == 404 {
        return Ok(None);
    }
    if !response.ok() {
        return Err(format!("{url} answered {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|e| format!("{e:?}"))?)
        .await
        .map_err(|e| format!("{e:?}"))?;
    Ok(text.as_string())
}

/// Loads, parses and overlays a report.
pub async fn load(report_url: &str) -> LoadState {
    let text = match fetch_text(report_url).await {
        Ok(Some(text)) => text,
        Ok(None) => return LoadState::Failed(format!("The report {report_url} was not found.")),
        Err(e) => return LoadState::Failed(format!("The report could not be loaded: {e}")),
    };
    let name = explorer_core::text::title_from_file_name(report_url);
    let parsed = explorer_core::parse_with(
        &text,
        &explorer_core::ParseOptions {
            fallback_title: Some(&name),
        },
    );
    let mut report = parsed.report;
    let mut diagnostics = parsed.diagnostics;
    let overlay_url = format!("{}.overlay.json", report_url.trim_end_matches(".txt"));
    if let Ok(Some(json)) = fetch_text(&overlay_url).await {
        match parse_overlay(&json) {
            Ok(overlay) => diagnostics.extend(overlay::apply(&mut report, &overlay)),
            Err(e) => diagnostics.push(Diagnostic::warning(
                0,
                "overlay-unreadable",
                format!("The overlay could not be read: {e}"),
            )),
        }
    }
    LoadState::Ready(Arc::new(Loaded {
        report,
        diagnostics,
    }))
}

/// Reads an overlay with the browser's JSON parser (no JSON parser in the wasm).
fn parse_overlay(json: &str) -> Result<Overlay, String> {
    let value = js_sys::JSON::parse(json).map_err(|e| format!("{e:?}"))?;
    serde_wasm_bindgen::from_value(value).map_err(|e| e.to_string())
}
