//! Parsing speed: the bundled report, every corpus report found beside the repository, and
//! concatenations of the bundled report (growth should be linear).
//!
//! Run: `cargo bench -p explorer-core --bench parse`. The corpus is read from `$EXPLORER_CORPUS`,
//! else `../shared/corpus` beside the repository; without it only the bundled report is measured.

use std::path::{Path, PathBuf};

use divan::counter::BytesCount;
use divan::{Bencher, black_box};

fn main() {
    divan::main();
}

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn bundled() -> String {
    let path = repository().join("public/reports/fall-of-aleppo.txt");
    std::fs::read_to_string(path).expect("the bundled report")
}

/// The corpus reports: each folder's `<folder>.txt`, by folder name. Empty without a corpus.
fn corpus() -> Vec<(String, String)> {
    let dir = std::env::var_os("EXPLORER_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| repository().join("../shared/corpus"));
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut reports: Vec<(String, String)> = entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(entry.path().join(format!("{name}.txt"))).ok()?;
            Some((name, text))
        })
        .collect();
    reports.sort();
    reports
}

/// The names of the corpus reports, as bench arguments (the divan API wants `'static` strings).
fn corpus_names() -> Vec<&'static str> {
    corpus()
        .into_iter()
        .map(|(name, _)| &*Box::leak(name.into_boxed_str()))
        .collect()
}

/// The bundled report (43 KB), parsed from text to model.
#[divan::bench]
fn bundled_report(bencher: Bencher<'_, '_>) {
    let text = bundled();
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| explorer_core::parse(black_box(&text)));
}

/// Each corpus report, parsed from text to model (skipped without a corpus).
#[divan::bench(args = corpus_names(), sample_count = 30)]
fn corpus_report(bencher: Bencher<'_, '_>, name: &str) {
    let text = corpus()
        .into_iter()
        .find(|(folder, _)| folder == name)
        .map(|(_, text)| text)
        .unwrap_or_default();
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| explorer_core::parse(black_box(&text)));
}

/// The bundled report's body repeated `n` times (notes once, at the end).
#[divan::bench(args = [1, 10, 100], sample_count = 10)]
fn concatenated(bencher: Bencher<'_, '_>, n: usize) {
    let text = bundled();
    let (body, notes) = text.split_at(text.find("\nNotes\n").unwrap_or(text.len()));
    let repeated = format!("{}{notes}", body.repeat(n));
    bencher
        .counter(BytesCount::of_str(&repeated))
        .bench(|| explorer_core::parse(black_box(&repeated)));
}
