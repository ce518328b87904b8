//! Parsing speed: the bundled report, and concatenations of it (growth should be linear).
//!
//! Run: `cargo bench -p explorer-core --bench parse`

use divan::counter::BytesCount;
use divan::{Bencher, black_box};

fn main() {
    divan::main();
}

fn bundled() -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../public/reports/fall-of-aleppo.txt");
    std::fs::read_to_string(path).expect("the bundled report")
}

/// The bundled report (43 KB), parsed from text to model.
#[divan::bench]
fn bundled_report(bencher: Bencher<'_, '_>) {
    let text = bundled();
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| explorer_core::parse(black_box(&text)));
}

/// The bundled report's body repeated `n` times (notes once, at the end).
#[divan::bench(args = [1, 10, 100], sample_count = 20)]
fn concatenated(bencher: Bencher<'_, '_>, n: usize) {
    let text = bundled();
    let (body, notes) = text.split_at(text.find("\nNotes\n").unwrap_or(text.len()));
    let repeated = format!("{}{notes}", body.repeat(n));
    bencher
        .counter(BytesCount::of_str(&repeated))
        .bench(|| explorer_core::parse(black_box(&repeated)));
}
