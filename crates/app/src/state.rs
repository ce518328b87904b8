//! The explorer's shared state: the parsed report with its facet index, and the URL as the one
//! source of truth for what the reader sees. Components read memos derived here; they never
//! filter or count themselves.

use crate::load::Loaded;
use crate::url;
use explorer_core::Report;
use explorer_core::facets::{Bitset, FacetIndex, FacetResult};
use explorer_core::view_state::{UrlNotice, ViewState};
use leptos::prelude::*;
use std::collections::BTreeMap;
use std::sync::Arc;

/// The number of faction colours in the stylesheet (`.fc-0` … `.fc-9`).
pub const PALETTE: usize = 10;

/// Everything fixed once the report is loaded.
#[derive(Debug)]
pub struct Data {
    /// The report, overlay applied.
    pub report: Report,
    /// Parser and overlay diagnostics.
    pub diagnostics: Vec<explorer_core::Diagnostic>,
    /// The facet index over the speech quotes.
    pub index: FacetIndex,
    /// The colour class index of each faction id.
    pub colours: BTreeMap<String, usize>,
    /// The explorer's address without a query string, for links.
    pub base: String,
}

impl Data {
    /// Indexes a loaded report.
    pub fn new(loaded: &Loaded) -> Self {
        let report = loaded.report.clone();
        let index = FacetIndex::new(&report);
        let colours = report
            .factions
            .iter()
            .enumerate()
            .map(|(i, f)| (f.id.clone(), i % PALETTE))
            .collect();
        Data {
            diagnostics: loaded.diagnostics.clone(),
            index,
            colours,
            base: url::page_base(),
            report,
        }
    }

    /// The CSS class carrying a faction's colour.
    pub fn colour_class(&self, faction: Option<&str>) -> String {
        match faction.and_then(|f| self.colours.get(f)) {
            Some(i) => format!("fc-{i}"),
            None => "fc-none".to_owned(),
        }
    }

    /// A link to a quote in the explorer.
    pub fn quote_link(&self, id: &str) -> String {
        format!(
            "{}?quote={}",
            self.base,
            explorer_core::view_state::percent_encode(id)
        )
    }
}

/// The shared state, provided as context. Cheap to copy.
#[derive(Clone, Copy)]
pub struct Explorer {
    data: StoredValue<Arc<Data>>,
    /// The query string: the one source of truth.
    pub query: RwSignal<String>,
    /// The state the query string describes.
    pub state: Memo<ViewState>,
    /// What the query string held that could not be used.
    pub notices: Memo<Vec<UrlNotice>>,
    /// Filtered quotes and facet counts.
    pub result: Memo<FacetResult>,
    /// Whether the page is inside another page's frame.
    pub framed: bool,
}

impl Explorer {
    /// Sets up the state from the current URL and follows the back and forward buttons.
    pub fn new(data: Arc<Data>) -> Self {
        let query = RwSignal::new(url::current_query());
        let parsed = {
            let data = data.clone();
            Memo::new(move |_| query.with(|q| ViewState::from_query(q, &data.report, &data.index)))
        };
        let state = Memo::new(move |_| parsed.with(|(s, _)| s.clone()));
        let notices = Memo::new(move |_| parsed.with(|(_, n)| n.clone()));
        let search_text = Memo::new(move |_| state.with(|s| s.query.text.trim().to_owned()));
        let text_matches: Memo<Option<Bitset>> = {
            let data = data.clone();
            Memo::new(move |_| search_text.with(|t| (!t.is_empty()).then(|| data.index.search(t))))
        };
        let result = {
            let data = data.clone();
            Memo::new(move |_| {
                state
                    .with(|s| text_matches.with(|t| data.index.evaluate_with(&s.query, t.as_ref())))
            })
        };
        let _ = window_event_listener(leptos::ev::popstate, move |_| {
            query.set(url::current_query())
        });
        Explorer {
            data: StoredValue::new(data),
            query,
            state,
            notices,
            result,
            framed: url::in_frame(),
        }
    }

    /// The loaded data.
    pub fn data(&self) -> Arc<Data> {
        self.data.get_value()
    }

    /// Shows a new state as a new history entry (in place when framed).
    pub fn go(&self, next: ViewState) {
        self.write(next, !self.framed);
    }

    /// Shows a new state in place of the current history entry (while typing a search).
    pub fn replace(&self, next: ViewState) {
        self.write(next, false);
    }

    fn write(&self, next: ViewState, new_entry: bool) {
        let query = next.to_query();
        if query != self.query.get_untracked() {
            url::write(&query, new_entry);
            self.query.set(query);
        }
    }

    /// The current state, without tracking.
    pub fn now(&self) -> ViewState {
        self.state.get_untracked()
    }
}

/// The explorer state from context.
pub fn use_explorer() -> Explorer {
    expect_context::<Explorer>()
}
