//! The core of the report explorer: the report model, the plain-text parser and the facet engine.
//!
//! Pure Rust with serde as its only dependency: nothing here knows about browsers. The main types:
//! [`Report`] (the model), [`parse`] (text in, [`Parsed`] out: the model plus diagnostics; it never
//! fails as a whole), [`overlay`] (editorial corrections), [`facets::FacetIndex`] (filtering and
//! disjunctive counts), [`view_state::ViewState`] (the URL as the explorer's state) and [`export`]
//! (CSV, JSON rows and citations).
//!
//! ```
//! let parsed = explorer_core::parse("Intro.\n\n“Hold on,” said Jane Roe, a commander of the Hill Front.\n");
//! let quote = &parsed.report.quotes[0];
//! assert_eq!(quote.text, "Hold on,");
//! assert_eq!(parsed.report.faction_of(quote).unwrap().name, "Hill Front");
//! ```
#![warn(missing_docs)]

pub mod anchors;
pub mod chart;
pub mod embed;
pub mod export;
pub mod facets;
pub mod hosted;
pub mod jobs;
mod keys;
mod lower;
pub mod model;
pub mod overlay;
pub mod params;
mod parse;
pub mod reading;
pub mod search;
pub mod text;
pub mod view_state;
pub mod wire;

pub use model::*;
pub use parse::{ParseOptions, Parsed, parse, parse_with};
