//! Element ids in the page, from one place, so that a link and its target cannot disagree.
//!
//! A note's back-link points at [`marker`] of the block that cites it, and the reading view gives
//! the marker that same id; both come from the model's [`crate::Citation`] (block index), not
//! from line numbers that hard-wrapped paragraphs make ambiguous.

/// The id of an endnote marker: note `n` cited in block `block`.
pub fn marker(n: u32, block: usize) -> String {
    format!("ref-{n}-{block}")
}

/// The id of an endnote in the notes list and the notes view.
pub fn note(n: u32) -> String {
    format!("note-{n}")
}

/// The id of a quote's marked words (a card's segment, or the reading view's mark).
pub fn quote(id: &str) -> String {
    format!("q-{id}")
}

/// The id of a section in the reading view.
pub fn section(id: &str) -> String {
    format!("section-{id}")
}

/// The id of a section's heading in the reading view.
pub fn section_heading(id: &str) -> String {
    format!("h-{id}")
}

/// A fragment link (`#id`) to an element id.
pub fn fragment(id: &str) -> String {
    format!("#{id}")
}
