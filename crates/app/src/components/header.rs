//! The masthead: title and byline, the search box, the live count, Share and Embed.

use crate::clipboard;
use crate::components::edit_button::EditButton;
use crate::components::embed_dialog::EmbedButton;
use crate::editing::Edit;
use crate::keyboard::SEARCH_ID;
use crate::state::use_explorer;
use leptos::prelude::*;

/// The top of the page.
#[component]
pub fn Masthead() -> impl IntoView {
    let explorer = use_explorer();
    let data = explorer.data();
    let total = data.index.items.len();
    let count = move || {
        let shown = explorer.result.with(|r| r.total);
        let noun = if total == 1 { "quote" } else { "quotes" };
        format!("{shown} of {total} {noun}")
    };
    view! {
        <header class="masthead">
            <div class="title-block">
                <h1>{data.report.title.clone()}</h1>
                {data.report.byline.clone().map(|b| view! { <p class="byline">{b}</p> }.into_any())}
            </div>
            <SearchBox />
            <p class="count" role="status" aria-live="polite" aria-atomic="true">
                {count}
            </p>
            <div class="actions">
                <ShareButton />
                <EmbedButton />
                <EditButton
                    edit=Edit::Open
                    report=data.report_ref.clone()
                    text="Open a report"
                    class="button"
                />
            </div>
            {move || {
                explorer
                    .state
                    .with(|s| s.embed)
                    .then(|| {
                        let link = explorer.data().address(&explorer.state.get().for_sharing());
                        view! {
                            <a class="open-full" href=link target="_blank" rel="noopener">
                                "Open the full explorer"
                            </a>
                        }
                    })
            }}
        </header>
    }
}

/// Search over quotes, speakers and notes. `/` focuses it; Esc clears it.
#[component]
fn SearchBox() -> impl IntoView {
    let explorer = use_explorer();
    let value = Memo::new(move |_| explorer.state.with(|s| s.query.text.clone()));
    let on_input = move |event: leptos::ev::Event| {
        let now = explorer.now();
        let starting = now.query.text.is_empty();
        let next = now.with_search(&event_target_value(&event));
        // The first letter makes a history entry; the rest of the word replaces it.
        if starting {
            explorer.go(next)
        } else {
            explorer.replace(next)
        }
    };
    let on_keydown = move |event: leptos::ev::KeyboardEvent| {
        if event.key() == "Escape" && !explorer.now().query.text.is_empty() {
            event.prevent_default();
            explorer.go(explorer.now().with_search(""));
        }
    };
    view! {
        <form class="search" role="search" on:submit=|e| e.prevent_default()>
            <label for=SEARCH_ID class="visually-hidden">
                "Search quotes, speakers and notes"
            </label>
            <input
                id=SEARCH_ID
                type="search"
                placeholder="Search quotes, speakers, notes  ( / )"
                autocomplete="off"
                spellcheck="false"
                prop:value=move || value.get()
                on:input=on_input
                on:keydown=on_keydown
            />
        </form>
    }
}

/// Copies a link to exactly this view.
#[component]
fn ShareButton() -> impl IntoView {
    let explorer = use_explorer();
    let status = RwSignal::new(String::new());
    let on_click = move |_| {
        let link = explorer.data().address(&explorer.now().for_sharing());
        clipboard::copy(link, status, "Link to this view copied");
    };
    view! {
        <button type="button" class="button" on:click=on_click>
            "Share"
        </button>
        <span class="copy-status" role="status">
            {move || status.get()}
        </span>
    }
}
