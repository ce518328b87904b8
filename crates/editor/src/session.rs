//! The editor's state: what the reader asked for, the report being corrected (its model with
//! the corrections applied), the corrections themselves (an overlay) and their history for
//! Undo. Corrections are kept by the worker (IndexedDB) and the page is told when they change.

use explorer_app::worker;
use explorer_core::Report;
use explorer_core::hosted::{FileKind, ModelFile, corrections_flag, from_bytes};
use explorer_core::jobs::{Job, Update as Answer};
use explorer_core::overlay::{Correction, Overlay};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsValue;

/// What the reader asked the editor for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Asked {
    /// The "Open a report" dialog.
    Open,
    /// Correct one quote (its first segment's id).
    Quote(String),
    /// Correct the speakers.
    Speakers,
    /// Correct the factions.
    Factions,
}

/// The editor's shared state (a context). Cheap to copy.
#[derive(Clone, Copy)]
pub struct Session {
    /// The dialog shown, if any.
    pub asked: RwSignal<Option<Asked>>,
    /// The report the page shows (`local:<hash>` or a hosted report's name).
    pub report: RwSignal<String>,
    /// That report with the corrections applied.
    pub model: RwSignal<Option<Arc<Report>>>,
    /// The corrections.
    pub corrections: RwSignal<Overlay>,
    /// Earlier corrections, for Undo.
    pub history: RwSignal<Vec<Overlay>>,
    /// A message for the reader (what happened, or what went wrong).
    pub status: RwSignal<String>,
}

impl Session {
    /// A session with nothing asked.
    pub fn new() -> Self {
        Session {
            asked: RwSignal::new(None),
            report: RwSignal::new(String::new()),
            model: RwSignal::new(None),
            corrections: RwSignal::new(Overlay::default()),
            history: RwSignal::new(Vec::new()),
            status: RwSignal::new(String::new()),
        }
    }

    /// Shows what the page asked for on `report`, loading the report's model and corrections
    /// first when it is another report than the one loaded.
    pub fn ask(&self, asked: Asked, report: String) {
        let session = *self;
        // Opening a report needs nothing of the one shown.
        let ready = asked == Asked::Open
            || report == self.report.get_untracked() && self.model.with_untracked(Option::is_some);
        if report.is_empty() || ready {
            self.asked.set(Some(asked));
            return;
        }
        leptos::task::spawn_local(async move {
            session.report.set(report.clone());
            session.history.set(Vec::new());
            let overlay = match worker::ask(Job::Corrections {
                report: report.clone(),
            })
            .await
            {
                Ok(Answer::Corrections(Some(json))) => {
                    serde_json::from_str(&json).unwrap_or_default()
                }
                _ => Overlay::default(),
            };
            session.corrections.set(overlay);
            session.reload_model().await;
            session.asked.set(Some(asked));
        });
    }

    /// Loads the report's model, corrections applied, from the worker.
    async fn reload_model(&self) {
        let report = self.report.get_untracked();
        let job = match report.strip_prefix("local:") {
            Some(hash) => Job::Open {
                hash: hash.to_owned(),
            },
            None => Job::Corrected {
                name: report.clone(),
            },
        };
        match worker::ask(job).await {
            Ok(Answer::Model { bytes, .. }) => {
                match from_bytes::<ModelFile>(FileKind::Model, &bytes.0) {
                    Ok(model) => self.model.set(Some(Arc::new(model.report))),
                    Err(e) => self
                        .status
                        .set(format!("The report could not be read: {e}.")),
                }
            }
            Ok(Answer::NotFound) => self.status.set(
                "This report is not kept in this browser, so it cannot be corrected here."
                    .to_owned(),
            ),
            Ok(Answer::Failed(message)) => self.status.set(message),
            Ok(_) | Err(_) => self
                .status
                .set("The report could not be loaded for correcting.".to_owned()),
        }
    }

    /// Makes a correction: kept at once, and the page shows it.
    pub fn correct(&self, correction: Correction) {
        let Some(model) = self.model.get_untracked() else {
            return;
        };
        let previous = self.corrections.get_untracked();
        let next = previous.with(&correction, &model);
        self.history.update(|h| h.push(previous));
        self.replace(next, "Corrected.");
    }

    /// Undoes the last correction.
    pub fn undo(&self) {
        let Some(previous) = self.history.try_update(Vec::pop).flatten() else {
            return;
        };
        self.replace(previous, "Undone.");
    }

    /// Replaces every correction (Undo, Import, Discard), keeping the old ones for Undo when
    /// `keep_history` says so.
    pub fn set_all(&self, overlay: Overlay, message: &'static str) {
        let previous = self.corrections.get_untracked();
        self.history.update(|h| h.push(previous));
        self.replace(overlay, message);
    }

    fn replace(&self, overlay: Overlay, message: &'static str) {
        let session = *self;
        self.corrections.set(overlay.clone());
        leptos::task::spawn_local(async move {
            let report = session.report.get_untracked();
            let json = if overlay.is_empty() {
                String::new()
            } else {
                serde_json::to_string_pretty(&overlay).unwrap_or_default()
            };
            match worker::ask(Job::SaveCorrections {
                report: report.clone(),
                overlay: json,
            })
            .await
            {
                Ok(Answer::Done) => {}
                Ok(Answer::Failed(reason)) | Err(reason) => {
                    session.status.set(reason);
                    return;
                }
                Ok(_) => {}
            }
            if !report.starts_with("local:") {
                flag_hosted(&report, !overlay.is_empty());
            }
            session.reload_model().await;
            tell_page(
                "report-explorer:corrected",
                &[("report", JsValue::from_str(&report))],
            );
            session.status.set(message.to_owned());
        });
    }
}

/// Marks (or unmarks) a hosted report as corrected in this browser, for the page to check
/// before it loads the report.
fn flag_hosted(name: &str, corrected: bool) {
    let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
        return;
    };
    let _ = if corrected {
        storage.set_item(&corrections_flag(name), "1")
    } else {
        storage.remove_item(&corrections_flag(name))
    };
}

/// Tells the page something with a window event and a plain object.
pub fn tell_page(event: &str, fields: &[(&str, JsValue)]) {
    let detail = js_sys::Object::new();
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&detail, &JsValue::from_str(key), value);
    }
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&detail);
    if let (Some(window), Ok(event)) = (
        web_sys::window(),
        web_sys::CustomEvent::new_with_event_init_dict(event, &init),
    ) {
        let _ = window.dispatch_event(&event);
    }
}

/// The session from context.
pub fn use_session() -> Session {
    expect_context::<Session>()
}
