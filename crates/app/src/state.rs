//! The explorer's shared state: the loaded report with its facet index, and the URL as the one
//! source of truth for what the reader sees. Every value a component shows is a memo here or a
//! core function; components never filter or count themselves, and only [`Explorer`]'s methods
//! change the state.

use crate::load::{Loaded, Origin};
use explorer_core::facets::{Bitset, Facet, FacetIndex, FacetQuery, FacetResult};
use explorer_core::search::SearchQuery;
use explorer_core::view_state::{UrlNotice, ViewState};
use explorer_core::{Block, Diagnostic, Report};
use leptos::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// The number of faction colours in the stylesheet (`.fc-0` … `.fc-9`).
pub const PALETTE: usize = 10;

/// Everything fixed once the report is loaded.
#[derive(Debug)]
pub struct Data {
    /// The report, overlay applied.
    pub report: Report,
    /// Parser and overlay diagnostics.
    pub diagnostics: Vec<Diagnostic>,
    /// The report's name, for file names (`fall-of-aleppo`).
    pub name: String,
    /// The facet index over the speech quotes.
    pub index: FacetIndex,
    /// The colour class index of each faction id.
    pub colours: BTreeMap<String, usize>,
    /// The explorer's address without a query string, for links.
    pub base: String,
    /// Where the report comes from (hosted, hosted with corrections, the reader's own).
    pub origin: Origin,
    /// The report as the URL names it: a hosted report's name, or `local:<hash>`.
    pub report_ref: String,
    /// What the URL asked for when the report was loaded (`None` for the default report).
    pub requested: Option<String>,
    /// The report's blocks (its text), for the reading view: loaded on first use for a hosted
    /// report (see `load::text_blocks`), there from the start for a report parsed in the page.
    pub blocks: std::sync::OnceLock<Arc<Vec<Block>>>,
}

impl Data {
    /// Indexes a loaded report; `base` is the page's address without a query string.
    pub fn new(mut loaded: Loaded, base: String, requested: Option<String>) -> Self {
        let index = FacetIndex::new(&loaded.report);
        let blocks = std::sync::OnceLock::new();
        if !loaded.report.blocks.is_empty() {
            let _ = blocks.set(Arc::new(std::mem::take(&mut loaded.report.blocks)));
        }
        // Inserted one by one: collecting into a B-tree sorts, and that sort would be a copy of
        // the standard library's stable sort in the wasm for this map alone.
        let mut colours = BTreeMap::new();
        for (i, faction) in loaded.report.factions.iter().enumerate() {
            colours.insert(faction.id.clone(), i % PALETTE);
        }
        let report_ref = match loaded.origin {
            Origin::Kept => format!("local:{}", loaded.report.content_hash),
            Origin::Hosted | Origin::HostedCorrected => loaded.name.clone(),
        };
        Data {
            origin: loaded.origin,
            report_ref,
            requested,
            report: loaded.report,
            diagnostics: loaded.diagnostics,
            name: loaded.name,
            index,
            colours,
            base,
            blocks,
        }
    }

    /// The CSS class carrying a faction's colour.
    pub fn colour_class(&self, faction: Option<&str>) -> String {
        match faction.and_then(|f| self.colours.get(f)) {
            Some(i) => format!("fc-{i}"),
            None => "fc-none".to_owned(),
        }
    }

    /// The full address of a state, for copying.
    pub fn address(&self, state: &ViewState) -> String {
        format!("{}{}", self.base, state.to_query())
    }
}

/// The shared state, provided as context. Cheap to copy.
#[derive(Clone, Copy)]
pub struct Explorer {
    data: StoredValue<Arc<Data>>,
    /// The query string: the one source of truth, written only by the methods below.
    query: RwSignal<String>,
    /// The state the query string describes.
    pub state: Memo<ViewState>,
    /// What the query string held that could not be used.
    pub notices: Memo<Vec<UrlNotice>>,
    /// The search the state asks for (what it finds depends on the view).
    pub search: Memo<SearchQuery>,
    /// The filters the quotes are counted under (the search only in the Quotes view).
    pub filter: Memo<FacetQuery>,
    /// Filtered quotes and facet counts (the search counts only in the Quotes view).
    pub result: Memo<FacetResult>,
    /// Per report quote, whether it is among the results (the reading view, the chart).
    pub shown: Memo<Vec<bool>>,
    /// Each faction's share of the current counts, in permille.
    pub faction_shares: Memo<Vec<u32>>,
    /// Whether the page is inside another page's frame.
    pub framed: bool,
}

impl Explorer {
    /// Sets up the state from a query string. `framed` is true inside another page's frame.
    pub fn new(data: Arc<Data>, query: String, framed: bool) -> Self {
        let query = RwSignal::new(query);
        let parsed = {
            let data = data.clone();
            Memo::new(move |_| query.with(|q| ViewState::from_query(q, &data.report, &data.index)))
        };
        let state = Memo::new(move |_| parsed.with(|(s, _)| s.clone()));
        let notices = Memo::new(move |_| parsed.with(|(_, n)| n.clone()));
        let search = Memo::new(move |_| state.with(|s| SearchQuery::parse(&s.query.text)));
        let filter = Memo::new(move |_| state.with(ViewState::quote_filter));
        // Kept while only facets change, so a facet click does not search again.
        let text_matches: Memo<Option<Bitset>> = {
            let data = data.clone();
            Memo::new(move |_| {
                let searching = filter.with(|f| !f.text.trim().is_empty());
                search.with(|s| searching.then(|| data.index.search(s)))
            })
        };
        let result = {
            let data = data.clone();
            Memo::new(move |_| {
                filter.with(|f| text_matches.with(|t| data.index.evaluate_with(f, t.as_ref())))
            })
        };
        let shown = {
            let data = data.clone();
            Memo::new(move |_| {
                result.with(|r| data.index.shown_quotes(r, data.report.quotes.len()))
            })
        };
        let faction_shares = Memo::new(move |_| result.with(|r| r.shares(Facet::Faction)));
        Explorer {
            data: StoredValue::new(data),
            query,
            state,
            notices,
            search,
            filter,
            result,
            shown,
            faction_shares,
            framed,
        }
    }

    /// The notes the Notes view lists (`None` for all of them), for the view that lists them:
    /// made by that view, so that its code is loaded with it.
    pub fn listed_notes(&self) -> Memo<Option<BTreeSet<u32>>> {
        let (data, filter, result, search) = (self.data(), self.filter, self.result, self.search);
        Memo::new(move |_| {
            filter.with(|f| {
                result.with(|r| search.with(|s| data.index.listed_notes(&data.report, f, r, s)))
            })
        })
    }

    /// The loaded data.
    pub fn data(&self) -> Arc<Data> {
        self.data.get_value()
    }

    /// The query string, to read.
    pub fn query(&self) -> ReadSignal<String> {
        self.query.read_only()
    }

    /// Shows a new state as a new history entry (in place when framed).
    pub fn go(&self, next: ViewState) {
        self.write(next.to_query(), !self.framed);
    }

    /// Shows a new state in place of the current history entry (while typing a search).
    pub fn replace(&self, next: ViewState) {
        self.write(next.to_query(), false);
    }

    /// Shows what a query string from outside asks for (a message from the embedding page),
    /// read through the same checks as a URL.
    pub fn go_to_query(&self, query: String) {
        self.write(query, false);
    }

    /// Follows the address bar after the back or forward button.
    pub fn follow_address(&self, query: String) {
        self.query.set(query);
    }

    fn write(&self, query: String, new_entry: bool) {
        if query != self.query.get_untracked() {
            crate::url::write(&query, new_entry);
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
    required_context()
}

/// A context the app always provides above its components (the explorer, the editor). Not
/// leptos's `expect_context`: its panic message formats the type's name with `Debug`, which
/// brings string escaping (2.7 KB) into the first visit's wasm for a message no reader sees.
pub fn required_context<T: Clone + 'static>() -> T {
    use_context().unwrap_or_else(|| panic!("no {} in context", std::any::type_name::<T>()))
}
