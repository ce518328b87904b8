//! Fuzz target: a report's text and a URL query, through parse, facet index and URL state.
#![no_main]

#[path = "../exercise.rs"]
mod exercise;

libfuzzer_sys::fuzz_target!(|data: &[u8]| exercise::exercise(data));
