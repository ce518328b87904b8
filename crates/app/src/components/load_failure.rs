//! What the page says when the report cannot be shown: why, and a way on.

use crate::components::edit_button::EditButton;
use crate::editing::Edit;
use crate::load::LoadError;
use explorer_core::view_state::ViewState;
use leptos::prelude::*;

/// A failure to load, with the reports that exist or a retry.
#[component]
pub fn LoadFailure(
    /// What went wrong.
    error: LoadError,
) -> impl IntoView {
    crate::browser::reveal_when_rendered();
    match error {
        LoadError::KeptElsewhere => view! {
            <div class="status" role="alert">
                <h1>"This report is stored in another browser"</h1>
                <p>
                    "Reports a reader opens are kept in the browser they were opened in, and never sent anywhere. Open the report again here, from its file or its text."
                </p>
                <p>
                    <EditButton
                        edit=Edit::Open
                        report=String::new()
                        text="Open a report"
                        class="button primary"
                    />
                </p>
            </div>
        }
        .into_any(),
        LoadError::UnknownReport { name, available } => view! {
            <div class="status error" role="alert">
                <h1>"Report not found"</h1>
                <p>{format!("This site has no report named “{name}”. The reports it has:")}</p>
                <ul class="report-list">
                    {available
                        .into_iter()
                        .map(|report| {
                            let href = ViewState::default().with_report(&report).href();
                            view! {
                                <li>
                                    <a href=href>{report}</a>
                                </li>
                            }
                                .into_any()
                        })
                        .collect_view()}
                </ul>
            </div>
        }
        .into_any(),
        LoadError::Failed(message) => view! {
            <div class="status error" role="alert">
                <h1>"The report could not be loaded"</h1>
                <p>{message}</p>
                <p>
                    <a class="button" href="">
                        "Try again"
                    </a>
                </p>
            </div>
        }
        .into_any(),
    }
}
