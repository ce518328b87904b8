//! Loading the bundled report: fetch its text and overlay from the explorer's own files, parse.

use explorer_core::overlay::{self, Overlay};
use explorer_core::{Diagnostic, Report};
use std::sync::Arc;
use crate::js_read;
use wasm_bindgen::{JsCast, JsValue};
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

/// Reads an overlay with the browser's JSON parser and [`js_read`] (no JSON code in the wasm).
fn parse_overlay(json: &str) -> Result<Overlay, String> {
    use explorer_core::overlay::{FactionEdit, QuoteEdit, SpeakerEdit};
    use explorer_core::{FactionKind, QuoteKind, SpeakerKind};
    let value = js_sys::JSON::parse(json).map_err(|_| "it is not valid JSON".to_owned())?;
    js_read::only_keys(&value, &["content_hash", "title", "byline", "factions", "speakers", "quotes"])?;
    let kind_of = |v: &JsValue, parse: &dyn Fn(&str) -> bool| -> Result<(), String> {
        match js_read::string(v, "kind")? {
            Some(k) if !parse(&k) => Err(format!("unknown kind “{k}”")),
            _ => Ok(()),
        }
    };
    let mut overlay = Overlay {
        content_hash: js_read::string(&value, "content_hash")?,
        title: js_read::string(&value, "title")?,
        byline: js_read::string(&value, "byline")?,
        ..Overlay::default()
    };
    for f in js_read::objects(&value, "factions")? {
        js_read::only_keys(&f, &["id", "name", "kind", "aliases", "merge_into", "why"])?;
        kind_of(&f, &|k| FactionKind::from_key(k).is_some())?;
        overlay.factions.push(FactionEdit {
            id: js_read::string(&f, "id")?.ok_or("a faction needs an “id”")?,
            name: js_read::string(&f, "name")?,
            kind: js_read::string(&f, "kind")?.and_then(|k| FactionKind::from_key(&k)),
            aliases: js_read::strings(&f, "aliases")?.unwrap_or_default(),
            merge_into: js_read::string(&f, "merge_into")?,
            why: js_read::string(&f, "why")?,
        });
    }
    for s in js_read::objects(&value, "speakers")? {
        js_read::only_keys(&s, &["id", "name", "role", "kind", "faction", "aliases", "merge_into", "why"])?;
        kind_of(&s, &|k| SpeakerKind::from_key(k).is_some())?;
        overlay.speakers.push(SpeakerEdit {
            id: js_read::string(&s, "id")?.ok_or("a speaker needs an “id”")?,
            name: js_read::string(&s, "name")?,
            role: js_read::string(&s, "role")?,
            kind: js_read::string(&s, "kind")?.and_then(|k| SpeakerKind::from_key(&k)),
            faction: js_read::string(&s, "faction")?,
            aliases: js_read::strings(&s, "aliases")?.unwrap_or_default(),
            merge_into: js_read::string(&s, "merge_into")?,
            why: js_read::string(&s, "why")?,
        });
    }
    for q in js_read::objects(&value, "quotes")? {
        js_read::only_keys(&q, &["id", "kind", "speaker", "why"])?;
        kind_of(&q, &|k| QuoteKind::from_key(k).is_some())?;
        overlay.quotes.push(QuoteEdit {
            id: js_read::string(&q, "id")?.ok_or("a quote needs an “id”")?,
            kind: js_read::string(&q, "kind")?.and_then(|k| QuoteKind::from_key(&k)),
            speaker: js_read::string(&q, "speaker")?,
            why: js_read::string(&q, "why")?,
        });
    }
    Ok(overlay)
}
