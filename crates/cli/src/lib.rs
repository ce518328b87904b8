//! The library half of the `explorer` command: what a test can reuse.
//!
//! [`eval`] scores the parser against reference annotations (the bundled report and the corpus
//! of real reports beside the repository).

pub mod eval;
