//! The table of contents: the report's sections in reading order.

use explorer_core::Section;
use leptos::prelude::*;

/// Links to every section.
#[component]
pub fn TableOfContents(
    /// The report's sections.
    sections: Vec<Section>,
) -> impl IntoView {
    view! {
        <nav class="toc" aria-label="Sections">
            <h2>"Sections"</h2>
            <ol>
                {sections
                    .into_iter()
                    .map(|s| {
                        let href = format!("#section-{}", s.id);
                        view! { <li><a href=href>{s.label().to_owned()}</a></li> }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}
