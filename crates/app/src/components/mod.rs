//! The page's components, one per file.

pub mod reading;
pub mod toc;
