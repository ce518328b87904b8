//! Loading the bundled report: fetch its text and overlay from the explorer's own files, parse.

use crate::js_read;
use explorer_core::overlay::{self, Overlay};
use explorer_core::{Diagnostic, Report};
use std::sync::Arc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The list of reports the explorer serves, relative to the page: which one opens by default
/// and which have an editorial overlay beside them.
pub const MANIFEST: &str = "reports/index.json";

/// The report to open: the URL's `?report=NAME`, or the manifest's default.
pub fn requested_report() -> Option<String> {
    explorer_core::view_state::requested_report(&crate::url::current_query())
}

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

/// Loads the manifest, then parses and overlays the report the URL asks for (or the default).
pub async fn load(requested: Option<String>) -> LoadState {
    let manifest = match fetch_text(MANIFEST).await {
        Ok(Some(json)) => json,
        Ok(None) => {
            return LoadState::Failed(format!("The list of reports ({MANIFEST}) was not found."));
        }
        Err(e) => {
            return LoadState::Failed(format!("The list of reports could not be loaded: {e}"));
        }
    };
    let (default, overlays) = match read_manifest(&manifest) {
        Ok(found) => found,
        Err(e) => {
            return LoadState::Failed(format!(
                "The list of reports ({MANIFEST}) could not be read: {e}."
            ));
        }
    };
    let name = requested.unwrap_or(default);
    let Some(&has_overlay) = overlays.get(&name) else {
        return LoadState::Failed(format!(
            "There is no report named “{name}” here (see {MANIFEST})."
        ));
    };
    let report_url = format!("reports/{name}.txt");
    let text = match fetch_text(&report_url).await {
        Ok(Some(text)) => text,
        Ok(None) => return LoadState::Failed(format!("The report {report_url} was not found.")),
        Err(e) => return LoadState::Failed(format!("The report could not be loaded: {e}")),
    };
    let title = explorer_core::text::title_from_file_name(&report_url);
    let parsed = explorer_core::parse_with(
        &text,
        &explorer_core::ParseOptions {
            fallback_title: Some(&title),
        },
    );
    let mut report = parsed.report;
    let mut diagnostics = parsed.diagnostics;
    if has_overlay {
        match fetch_text(&format!("reports/{name}.overlay.json"))
            .await
            .map(|json| json.map(|j| parse_overlay(&j)))
        {
            Ok(Some(Ok(overlay))) => diagnostics.extend(overlay::apply(&mut report, &overlay)),
            Ok(Some(Err(e))) => diagnostics.push(Diagnostic::warning(
                0,
                "overlay-unreadable",
                format!("The overlay could not be read: {e}."),
            )),
            Ok(None) | Err(_) => diagnostics.push(Diagnostic::warning(
                0,
                "overlay-missing",
                "The report's overlay is listed but could not be loaded.",
            )),
        }
    }
    LoadState::Ready(Arc::new(Loaded {
        report,
        diagnostics,
    }))
}

/// Reads the manifest: the default report and, per report, whether it has an overlay.
fn read_manifest(json: &str) -> Result<(String, std::collections::BTreeMap<String, bool>), String> {
    let value = js_sys::JSON::parse(json).map_err(|_| "it is not valid JSON".to_owned())?;
    let default = js_read::string(&value, "default")?.ok_or("it names no default report")?;
    let reports = js_read::get(&value, "reports");
    if !js_read::is_object(&reports) {
        return Err("“reports” must be an object".to_owned());
    }
    let mut overlays = std::collections::BTreeMap::new();
    for key in js_sys::Object::keys(reports.unchecked_ref::<js_sys::Object>()).iter() {
        let Some(name) = key.as_string() else {
            continue;
        };
        let entry = js_read::get(&reports, &name);
        let overlay = js_read::get(&entry, "overlay").as_bool().unwrap_or(false);
        if explorer_core::view_state::report_name(&name).is_some() {
            overlays.insert(name, overlay);
        }
    }
    Ok((default, overlays))
}

/// Reads an overlay with the browser's JSON parser and [`js_read`] (no JSON code in the wasm).
fn parse_overlay(json: &str) -> Result<Overlay, String> {
    use explorer_core::overlay::{FactionEdit, QuoteEdit, SpeakerEdit};
    use explorer_core::{FactionKind, QuoteKind, SpeakerKind};
    let value = js_sys::JSON::parse(json).map_err(|_| "it is not valid JSON".to_owned())?;
    js_read::only_keys(
        &value,
        &[
            "content_hash",
            "title",
            "byline",
            "factions",
            "speakers",
            "quotes",
        ],
    )?;
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
        js_read::only_keys(
            &s,
            &[
                "id",
                "name",
                "role",
                "kind",
                "faction",
                "aliases",
                "merge_into",
                "why",
            ],
        )?;
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
