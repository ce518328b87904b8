//! What the fuzz target does with one input, shared with the native test that replays the
//! committed regression inputs (`crates/core/tests/fuzz_regressions.rs`).
//!
//! The input's bytes are split at the first `0xFF` byte (never part of UTF-8 text): before it
//! is a report's text, after it a URL query string. The report is parsed, indexed for facets,
//! laid out for the chart, written in its binary form and read back (and the raw input read as
//! one), the query read into a view state, evaluated, searched, written back and read again.

use explorer_core::facets::FacetIndex;
use explorer_core::view_state::ViewState;

/// Runs the parser, the facet index and the URL state on one input. Panics on a bug.
pub fn exercise(data: &[u8]) {
    let (text, query) = match data.iter().position(|&b| b == 0xff) {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => (data, &[][..]),
    };
    let text = String::from_utf8_lossy(text);
    let query = String::from_utf8_lossy(query);
    let parsed = explorer_core::parse(&text);
    let report = &parsed.report;
    let index = FacetIndex::new(report);
    let (state, _notices) = ViewState::from_query(&query, report, &index);
    let result = index.evaluate(&state.query);
    assert!(result.total as usize <= report.speech().count());
    assert_eq!(result.matches.count(), result.total);
    let _ = index.search(&explorer_core::search::SearchQuery::parse(&query));
    let _ = explorer_core::chart::ChartLayout::new(report, &index);
    let bytes = explorer_core::wire::to_wire(report);
    assert_eq!(
        explorer_core::wire::from_wire::<explorer_core::Report>(&bytes).as_ref(),
        Ok(report),
        "the model reads back from its binary form"
    );
    let _ = explorer_core::wire::from_wire::<explorer_core::Report>(data);
    let written = state.to_query();
    let (again, _) = ViewState::from_query(&written, report, &index);
    assert_eq!(
        again.to_query(),
        written,
        "the URL state reads back what it writes"
    );
}
