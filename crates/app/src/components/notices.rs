//! Notices: what the URL held that could not be used, a report that changed since a link was
//! made, and the parser's warnings for authors.

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
                    <ul>{messages.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
                    <button
                        type="button"
                        class="link-button"
                        on:click=move |_| dismissed_for.set(Some(query.clone()))
                    >
                        "Dismiss"
                    </button>
                </div>
            }
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
                        })
                        .collect_view()}
                </ul>
            </details>
        }
    });
    view! { <div class="notices">{link_notices} {diagnostics}</div> }
}
