//! Notices: what the URL held that could not be used, a report that changed since a link was
//! made, and the parser's warnings for authors.

use crate::components::edit_button::EditButton;
use crate::editing::Edit;
use crate::load::Origin;
use crate::state::use_explorer;
use explorer_core::Severity;
use leptos::prelude::*;

/// Messages about the link and the report.
#[component]
pub fn Notices() -> impl IntoView {
    let explorer = use_explorer();
    let data = explorer.data();
    let dismissed_for = RwSignal::new(None::<String>);
    let hash = data.report.content_hash.clone();
    let link_notices = move || {
        let query = explorer.query().get();
        if dismissed_for.get().as_deref() == Some(query.as_str()) {
            return None;
        }
        let mut messages: Vec<String> = explorer
            .notices
            .with(|n| n.iter().map(|n| n.message.clone()).collect());
        if let Some(version) = explorer
            .state
            .with(|s| s.version.clone())
            .filter(|v| *v != hash)
        {
            messages.insert(
                0,
                format!("This link was made for another version of the report ({version}); the report has changed since, so the quotes shown may differ."),
            );
        }
        (!messages.is_empty()).then(|| {
            view! {
                <div class="notice" role="status">
                    <p>"Some of this link could not be used:"</p>
                    <ul>
                        {messages
                            .into_iter()
                            .map(|m| view! { <li>{m}</li> }.into_any())
                            .collect_view()}
                    </ul>
                    <button
                        type="button"
                        class="link-button"
                        on:click=move |_| dismissed_for.set(Some(query.clone()))
                    >
                        "Dismiss"
                    </button>
                </div>
            }
            .into_any()
        })
    };
    let warnings: Vec<_> = data
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Warning)
        .cloned()
        .collect();
    let diagnostics = (!warnings.is_empty()).then(|| {
        let count = warnings.len();
        view! {
            <details class="diagnostics">
                <summary>
                    {format!(
                        "The parser noted {count} problem{} in this report",
                        if count == 1 { "" } else { "s" },
                    )}
                </summary>
                <ul>
                    {warnings
                        .into_iter()
                        .map(|d| {
                            view! {
                                <li>
                                    {if d.line > 0 {
                                        format!("Line {}: {}", d.line, d.message)
                                    } else {
                                        d.message
                                    }}
                                </li>
                            }
                                .into_any()
                        })
                        .collect_view()}
                </ul>
            </details>
        }
    });
    let origin = match data.origin {
        Origin::Hosted => None,
        Origin::HostedCorrected => Some(view! {
            <div class="notice corrected" role="status">
                <p>
                    "You are seeing this report with your corrections. They are kept in this browser only. "
                    <EditButton
                        edit=Edit::Speakers
                        report=data.report_ref.clone()
                        text="Review the corrections"
                        class="link-button"
                    />
                </p>
            </div>
        }.into_any()),
        Origin::Kept => Some(view! {
            <div class="notice kept" role="status">
                <p>
                    "A report you opened: it is kept in this browser only, and nothing of it leaves it. "
                    <EditButton
                        edit=Edit::Speakers
                        report=data.report_ref.clone()
                        text="Corrections"
                        class="link-button"
                    />
                </p>
            </div>
        }.into_any()),
    };
    view! { <div class="notices">{origin} {link_notices} {diagnostics}</div> }
}
