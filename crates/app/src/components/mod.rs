//! The page's components, one per file. They read the shared state and render; the core does
//! the parsing, filtering and counting.

pub mod anchor_link;
pub mod chart;
pub mod chips;
pub mod edit_button;
pub mod embed_dialog;
pub mod embed_views;
pub mod facet_panel;
pub mod header;
pub mod highlighted;
pub mod load_failure;
pub mod note_ref;
pub mod note_text;
pub mod notes_view;
pub mod notices;
pub mod quote_card;
pub mod quotes_view;
pub mod reading_nav;
pub mod reading_view;
pub mod state_link;
pub mod toolbar;
