//! The reports a reader opened, and every report's corrections, kept in the browser's IndexedDB
//! (database `report-explorer`): two object stores, `reports` (the text and what the list
//! shows, by content hash) and `corrections` (an overlay as JSON, by report: `local:<hash>` or
//! a hosted report's name).
//!
//! A thin layer over web-sys's IndexedDB bindings, turning requests into futures: the worker
//! needs five operations on two stores, and the crates that wrap IndexedDB reach it through the
//! `Window`, which a worker does not have (here it comes from the worker's global scope).

use explorer_core::jobs::KeptReport;
use js_sys::{Object, Promise, Reflect};
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbFactory, IdbRequest, IdbTransactionMode};

const DATABASE: &str = "report-explorer";
const VERSION: u32 = 1;
const REPORTS: &str = "reports";
const CORRECTIONS: &str = "corrections";

/// A report as kept: what the list shows, and its text.
pub struct KeptText {
    /// What the list shows.
    pub listing: KeptReport,
    /// The report's text.
    pub text: String,
}

/// Why storage failed, in words for the reader.
fn failure(what: &str, error: JsValue) -> String {
    let detail = error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| {
            Reflect::get(&error, &"name".into())
                .ok()
                .and_then(|n| n.as_string())
        })
        .unwrap_or_default();
    format!(
        "The browser’s storage refused to {what} ({detail}). In a private window, or when the disk is full, reports are not kept."
    )
}

/// Waits for an IndexedDB request.
async fn done(request: &IdbRequest) -> Result<JsValue, JsValue> {
    let promise = Promise::new(&mut |resolve, reject| {
        let success = Closure::once_into_js(move |event: web_sys::Event| {
            let result = event
                .target()
                .and_then(|t| t.dyn_into::<IdbRequest>().ok())
                .and_then(|r| r.result().ok())
                .unwrap_or(JsValue::UNDEFINED);
            let _ = resolve.call1(&JsValue::NULL, &result);
        });
        let error = Closure::once_into_js(move |event: web_sys::Event| {
            let error = event
                .target()
                .and_then(|t| t.dyn_into::<IdbRequest>().ok())
                .and_then(|r| r.error().ok().flatten())
                .map_or(JsValue::from_str("unknown error"), JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        request.set_onsuccess(Some(success.unchecked_ref()));
        request.set_onerror(Some(error.unchecked_ref()));
    });
    JsFuture::from(promise).await
}

/// Opens the database, creating its stores the first time.
async fn database() -> Result<IdbDatabase, String> {
    let factory: IdbFactory = Reflect::get(&js_sys::global(), &"indexedDB".into())
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or_else(|| "This browser has no storage for reports (IndexedDB).".to_owned())?;
    let request = factory
        .open_with_u32(DATABASE, VERSION)
        .map_err(|e| failure("open", e))?;
    let upgrade = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        let Some(db) = event
            .target()
            .and_then(|t| t.dyn_into::<IdbRequest>().ok())
            .and_then(|r| r.result().ok())
            .and_then(|r| r.dyn_into::<IdbDatabase>().ok())
        else {
            return;
        };
        for (store, key) in [(REPORTS, "hash"), (CORRECTIONS, "report")] {
            if !db.object_store_names().contains(store) {
                let options = web_sys::IdbObjectStoreParameters::new();
                options.set_key_path(&key.into());
                let _ = db.create_object_store_with_optional_parameters(store, &options);
            }
        }
    });
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let db = done(&request).await.map_err(|e| failure("open", e))?;
    drop(upgrade);
    db.dyn_into()
        .map_err(|_| "The browser’s storage did not open.".to_owned())
}

fn store(
    db: &IdbDatabase,
    name: &str,
    mode: IdbTransactionMode,
) -> Result<web_sys::IdbObjectStore, String> {
    db.transaction_with_str_and_mode(name, mode)
        .and_then(|t| t.object_store(name))
        .map_err(|e| failure("start", e))
}

fn set(object: &Object, key: &str, value: JsValue) {
    let _ = Reflect::set(object, &key.into(), &value);
}

fn text_of(object: &JsValue, key: &str) -> String {
    Reflect::get(object, &key.into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

fn number_of(object: &JsValue, key: &str) -> u32 {
    Reflect::get(object, &key.into())
        .ok()
        .and_then(|v| v.as_f64())
        .map_or(0, |n| n as u32)
}

/// Keeps a report (replacing one with the same hash).
pub async fn keep(report: &KeptText) -> Result<(), String> {
    let db = database().await?;
    let record = Object::new();
    let listing = &report.listing;
    set(&record, "hash", listing.hash.as_str().into());
    set(&record, "title", listing.title.as_str().into());
    set(&record, "file", listing.file.as_str().into());
    set(&record, "opened", listing.opened.as_str().into());
    set(&record, "quotes", listing.quotes.into());
    set(&record, "speakers", listing.speakers.into());
    set(&record, "text", report.text.as_str().into());
    let request = store(&db, REPORTS, IdbTransactionMode::Readwrite)?
        .put(&record)
        .map_err(|e| failure("keep the report", e))?;
    done(&request)
        .await
        .map_err(|e| failure("keep the report", e))?;
    Ok(())
}

/// A kept report, if there is one with this hash.
pub async fn get(hash: &str) -> Result<Option<KeptText>, String> {
    let db = database().await?;
    let request = store(&db, REPORTS, IdbTransactionMode::Readonly)?
        .get(&hash.into())
        .map_err(|e| failure("read", e))?;
    let record = done(&request).await.map_err(|e| failure("read", e))?;
    if record.is_undefined() || record.is_null() {
        return Ok(None);
    }
    Ok(Some(KeptText {
        listing: listing(&record, false),
        text: text_of(&record, "text"),
    }))
}

fn listing(record: &JsValue, corrected: bool) -> KeptReport {
    KeptReport {
        hash: text_of(record, "hash"),
        title: text_of(record, "title"),
        file: text_of(record, "file"),
        opened: text_of(record, "opened"),
        quotes: number_of(record, "quotes"),
        speakers: number_of(record, "speakers"),
        corrected,
    }
}

/// Every kept report, the most recently opened first.
pub async fn list() -> Result<Vec<KeptReport>, String> {
    let db = database().await?;
    let request = store(&db, REPORTS, IdbTransactionMode::Readonly)?
        .get_all()
        .map_err(|e| failure("read", e))?;
    let records: js_sys::Array = done(&request)
        .await
        .map_err(|e| failure("read", e))?
        .dyn_into()
        .unwrap_or_default();
    let request = store(&db, CORRECTIONS, IdbTransactionMode::Readonly)?
        .get_all_keys()
        .map_err(|e| failure("read", e))?;
    let corrected: Vec<String> = done(&request)
        .await
        .map_err(|e| failure("read", e))?
        .dyn_into::<js_sys::Array>()
        .unwrap_or_default()
        .iter()
        .filter_map(|k| k.as_string())
        .collect();
    let mut out: Vec<KeptReport> = records
        .iter()
        .map(|r| {
            let hash = text_of(&r, "hash");
            listing(&r, corrected.contains(&format!("local:{hash}")))
        })
        .collect();
    out.sort_by(|a, b| b.opened.cmp(&a.opened));
    Ok(out)
}

/// Forgets a kept report and its corrections.
pub async fn delete(hash: &str) -> Result<(), String> {
    let db = database().await?;
    let request = store(&db, REPORTS, IdbTransactionMode::Readwrite)?
        .delete(&hash.into())
        .map_err(|e| failure("forget the report", e))?;
    done(&request)
        .await
        .map_err(|e| failure("forget the report", e))?;
    save_corrections(&format!("local:{hash}"), "").await
}

/// Keeps a report's corrections (an overlay as JSON); an empty overlay drops them.
pub async fn save_corrections(report: &str, overlay: &str) -> Result<(), String> {
    let db = database().await?;
    let corrections = store(&db, CORRECTIONS, IdbTransactionMode::Readwrite)?;
    let request = if overlay.is_empty() {
        corrections.delete(&report.into())
    } else {
        let record = Object::new();
        set(&record, "report", report.into());
        set(&record, "overlay", overlay.into());
        corrections.put(&record)
    }
    .map_err(|e| failure("keep the corrections", e))?;
    done(&request)
        .await
        .map_err(|e| failure("keep the corrections", e))?;
    Ok(())
}

/// A report's corrections, if it has any.
pub async fn corrections(report: &str) -> Result<Option<String>, String> {
    let db = database().await?;
    let request = store(&db, CORRECTIONS, IdbTransactionMode::Readonly)?
        .get(&report.into())
        .map_err(|e| failure("read", e))?;
    let record = done(&request).await.map_err(|e| failure("read", e))?;
    Ok((!record.is_undefined() && !record.is_null()).then(|| text_of(&record, "overlay")))
}
