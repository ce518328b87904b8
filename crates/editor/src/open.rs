//! "Open a report": paste a text or choose (or drop) a file; the worker parses it off the page's
//! thread, with progress and a Cancel button, and keeps it in this browser. Below, the reports
//! kept here: open, delete (after a confirmation), or download for hosting.

use crate::session::{tell_page, use_session};
use explorer_app::{download, worker};
use explorer_core::jobs::{Job, KeptReport, MAX_REPORT_BYTES, Update as Answer};
use explorer_core::wire::Bytes;
use leptos::prelude::*;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Where a parse stands.
#[derive(Clone, Debug, PartialEq)]
enum Parsing {
    Idle,
    Running { stage: String, percent: u8 },
}

/// The dialog's content.
#[component]
pub fn OpenReport() -> impl IntoView {
    let session = use_session();
    let text = RwSignal::new(String::new());
    let parsing = RwSignal::new(Parsing::Idle);
    let error = RwSignal::new(String::new());
    let kept = RwSignal::new(Vec::<KeptReport>::new());
    let refresh = move || {
        leptos::task::spawn_local(async move {
            match worker::ask(Job::List).await {
                Ok(Answer::Reports(list)) => {
                    kept.try_set(list);
                }
                Ok(Answer::Failed(message)) | Err(message) => {
                    error.try_set(message);
                }
                Ok(_) => {}
            }
        });
    };
    refresh();
    let explore = move |name: String, bytes: Vec<u8>| {
        if bytes.len() > MAX_REPORT_BYTES {
            error.set(format!(
                "This file is {} MB; the explorer opens reports up to {} MB.",
                bytes.len().div_ceil(1024 * 1024),
                MAX_REPORT_BYTES / (1024 * 1024)
            ));
            return;
        }
        error.set(String::new());
        parsing.set(Parsing::Running {
            stage: "Starting".to_owned(),
            percent: 0,
        });
        let on_progress: worker::OnProgress = Rc::new(move |stage: &str, percent: u8| {
            parsing.try_set(Parsing::Running {
                stage: stage.to_owned(),
                percent,
            });
        });
        leptos::task::spawn_local(async move {
            let answer = worker::ask_with_progress(
                Job::Parse {
                    name,
                    bytes: Bytes(bytes),
                },
                Some(on_progress),
            )
            .await;
            parsing.try_set(Parsing::Idle);
            match answer {
                Ok(Answer::Model {
                    hash,
                    bytes,
                    not_kept,
                }) => {
                    if let Some(reason) = not_kept {
                        session
                            .status
                            .set(format!("{reason} The report is open for this visit."));
                    }
                    let model = js_sys::Uint8Array::from(bytes.0.as_slice());
                    tell_page(
                        "report-explorer:opened",
                        &[("hash", JsValue::from_str(&hash)), ("model", model.into())],
                    );
                    session.asked.set(None);
                }
                Ok(Answer::Failed(message)) | Err(message) => {
                    error.try_set(message);
                }
                Ok(_) => {
                    error.try_set("The worker gave no report.".to_owned());
                }
            }
        });
    };
    let explore_text = move |_| {
        let pasted = text.get_untracked();
        explore("Pasted text".to_owned(), pasted.into_bytes());
    };
    let read_file = move |file: web_sys::File| {
        let name = file.name();
        leptos::task::spawn_local(async move {
            match JsFuture::from(file.array_buffer()).await {
                Ok(buffer) => explore(name, js_sys::Uint8Array::new(&buffer).to_vec()),
                Err(_) => {
                    error.try_set("The file could not be read.".to_owned());
                }
            }
        });
    };
    let on_choose = move |event: leptos::ev::Event| {
        let file = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|input| input.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            read_file(file);
        }
    };
    let on_drop = move |event: leptos::ev::DragEvent| {
        event.prevent_default();
        let file = event
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            read_file(file);
        }
    };
    let cancel = move |_| {
        worker::cancel("Cancelled.");
        parsing.set(Parsing::Idle);
        error.set("Cancelled: the report was not opened.".to_owned());
    };
    let busy = move || parsing.with(|p| *p != Parsing::Idle);
    view! {
        <div
            class="open-report"
            on:dragover=|e: leptos::ev::DragEvent| e.prevent_default()
            on:drop=on_drop
        >
            <p>
                "Your report is read here, in this browser: its text is never sent anywhere. Plain text (.txt) and Markdown (.md) up to 5 MB; drop a file anywhere here."
            </p>
            <label for="report-text">"Report text"</label>
            <textarea
                id="report-text"
                rows="8"
                prop:value=move || text.get()
                on:input=move |e| text.set(event_target_value(&e))
                placeholder="Paste the report's text here"
            ></textarea>
            <div class="open-actions">
                <button
                    type="button"
                    class="button primary"
                    disabled=move || busy() || text.with(|t| t.trim().is_empty())
                    on:click=explore_text
                >
                    "Explore"
                </button>
                <label for="report-file" class="file-label">
                    "Choose a file"
                </label>
                <input
                    id="report-file"
                    type="file"
                    accept=".txt,.md,.markdown,text/plain,text/markdown"
                    disabled=busy
                    on:change=on_choose
                />
            </div>
            {move || {
                parsing
                    .get()
                    .ne(&Parsing::Idle)
                    .then(|| {
                        let (stage, percent) = match parsing.get() {
                            Parsing::Running { stage, percent } => (stage, percent),
                            Parsing::Idle => (String::new(), 0),
                        };
                        view! {
                            <div class="parse-progress" role="status">
                                <label for="parse-progress">{format!("{stage}: {percent}%")}</label>
                                <progress id="parse-progress" max="100" value=percent.to_string()></progress>
                                <button type="button" class="button" on:click=cancel>
                                    "Cancel"
                                </button>
                            </div>
                        }
                    })
            }}
            {move || {
                (!error.get().is_empty())
                    .then(|| {
                        view! {
                            <p class="status error open-error" role="alert">
                                {error.get()}
                            </p>
                        }
                    })
            }}
            <KeptReports kept refresh=Callback::new(move |()| refresh()) />
        </div>
    }
}

/// The reports kept in this browser.
#[component]
fn KeptReports(
    /// The list.
    kept: RwSignal<Vec<KeptReport>>,
    /// Reads the list again.
    refresh: Callback<()>,
) -> impl IntoView {
    let session = use_session();
    let confirming = RwSignal::new(None::<String>);
    let hosting = RwSignal::new(None::<String>);
    let rows = move || {
        kept.get()
            .into_iter()
            .map(|report| {
                let hash = report.hash.clone();
                let open = {
                    let hash = hash.clone();
                    move |_| {
                        tell_page("report-explorer:opened", &[("hash", JsValue::from_str(&hash))]);
                        session.asked.set(None);
                    }
                };
                let ask_delete = {
                    let hash = hash.clone();
                    move |_| confirming.set(Some(hash.clone()))
                };
                let delete = {
                    let hash = hash.clone();
                    move |_| {
                        let hash = hash.clone();
                        confirming.set(None);
                        leptos::task::spawn_local(async move {
                            if let Ok(Answer::Failed(message)) | Err(message) =
                                worker::ask(Job::Delete { hash }).await
                            {
                                session.status.set(message);
                            }
                            refresh.run(());
                        });
                    }
                };
                let for_hosting = {
                    let hash = hash.clone();
                    move |_| hosting.set(Some(hash.clone()))
                };
                let date = report.opened.get(..10).unwrap_or(&report.opened).to_owned();
                let title = report.title.clone();
                let is_confirming = {
                    let hash = hash.clone();
                    move || confirming.get().as_deref() == Some(hash.as_str())
                };
                let shows_hosting = {
                    let hash = hash.clone();
                    move || hosting.get().as_deref() == Some(hash.as_str())
                };
                view! {
                    <li class="kept-report">
                        <span class="kept-title">{report.title.clone()}</span>
                        <span class="kept-meta">
                            {format!(
                                "opened {date} · {} quotes · {} speakers{}",
                                report.quotes,
                                report.speakers,
                                if report.corrected { " · corrected" } else { "" },
                            )}
                        </span>
                        <span class="kept-actions">
                            <button type="button" class="button" on:click=open>
                                "Open"
                            </button>
                            <button type="button" class="button" on:click=for_hosting>
                                "Download for hosting"
                            </button>
                            <button type="button" class="button" on:click=ask_delete>
                                "Delete"
                            </button>
                        </span>
                        {move || {
                            is_confirming()
                                .then(|| {
                                    view! {
                                        <span class="confirm" role="alert">
                                            {format!("Delete “{title}” and its corrections from this browser? ")}
                                            <button type="button" class="button" on:click=delete.clone()>
                                                "Delete"
                                            </button>
                                            <button type="button" class="button" on:click=move |_| confirming.set(None)>
                                                "Keep"
                                            </button>
                                        </span>
                                    }
                                })
                        }}
                        {move || shows_hosting().then(|| view! { <ForHosting hash=hash.clone() /> })}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="kept" aria-labelledby="kept-title">
            <h3 id="kept-title">"Your reports"</h3>
            {move || {
                kept.with(Vec::is_empty)
                    .then(|| view! { <p class="kept-none">"None yet: the reports you open are kept here, in this browser."</p> })
            }}
            <ul class="kept-list">{rows}</ul>
        </section>
    }
}

/// What an operator needs to host a kept report: its text, its corrections as an overlay, the
/// manifest entry, and how.
#[component]
fn ForHosting(
    /// The report's content hash.
    hash: String,
) -> impl IntoView {
    let files = LocalResource::new(move || {
        let hash = hash.clone();
        async move {
            let (file, text) = match worker::ask(Job::Text { hash: hash.clone() }).await {
                Ok(Answer::Text { file, text }) => (file, text),
                _ => return Err("The report's text could not be read.".to_owned()),
            };
            let overlay = match worker::ask(Job::Corrections {
                report: format!("local:{hash}"),
            })
            .await
            {
                Ok(Answer::Corrections(overlay)) => overlay,
                _ => None,
            };
            let name = {
                let stem = file.rsplit_once('.').map_or(file.as_str(), |(s, _)| s);
                let slug = explorer_core::text::slug(stem);
                if slug.is_empty() {
                    "report".to_owned()
                } else {
                    slug
                }
            };
            Ok::<_, String>((name, text, overlay))
        }
    });
    view! {
        <Suspense fallback=|| view! { <p>"Preparing the files…"</p> }>
            {move || {
                files
                    .get()
                    .map(|found| match found {
                        Ok((name, text, overlay)) => {
                            let entry = format!(
                                "\"{name}\": {{ \"overlay\": {} }}",
                                overlay.is_some(),
                            );
                            let text_name = format!("{name}.txt");
                            let overlay_name = format!("{name}.overlay.json");
                            view! {
                                <div class="for-hosting">
                                    <ol>
                                        <li>
                                            {format!("Put {text_name}")}
                                            {overlay.is_some().then(|| format!(" and {overlay_name}"))}
                                            " in the site's reports/ folder."
                                        </li>
                                        <li>
                                            "Add this entry to reports/index.json, under \"reports\", and build the site (./x build):"
                                        </li>
                                    </ol>
                                    <pre><code>{entry}</code></pre>
                                    <button
                                        type="button"
                                        class="button"
                                        on:click=move |_| download::save(&text_name, "text/plain;charset=utf-8", &text)
                                    >
                                        "Download the text"
                                    </button>
                                    {overlay
                                        .map(|json| {
                                            view! {
                                                <button
                                                    type="button"
                                                    class="button"
                                                    on:click=move |_| download::save(&overlay_name, "application/json", &json)
                                                >
                                                    "Download the overlay"
                                                </button>
                                            }
                                        })}
                                </div>
                            }
                                .into_any()
                        }
                        Err(message) => view! { <p class="status error">{message}</p> }.into_any(),
                    })
            }}
        </Suspense>
    }
}
