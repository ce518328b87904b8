//! Facet speed: a full recount (filter plus disjunctive counts of every facet) on the bundled
//! report and on a generated corpus of 100,000 quotes (the report's model repeated with renamed
//! speakers and factions, so that speaker and faction facets have thousands of values).
//!
//! Run: `cargo bench -p explorer-core --bench facets`

use divan::{Bencher, black_box};
use explorer_core::Report;
use explorer_core::facets::{Facet, FacetIndex, FacetQuery};

fn main() {
    divan::main();
}

fn bundled() -> Report {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../public/reports/fall-of-aleppo.txt");
    explorer_core::parse(&std::fs::read_to_string(path).expect("the bundled report")).report
}

/// The bundled model repeated until it holds `target` speech quotes; every copy renames its
/// speakers and factions (`-c17`) and keeps its sections, as if many reports were combined.
fn corpus(target: usize) -> Report {
    let base = bundled();
    let per_copy = base.speech().count().max(1);
    let mut out = Report {
        title: "corpus".into(),
        sections: base.sections.clone(),
        notes: base.notes.clone(),
        ..Report::default()
    };
    for copy in 0..target.div_ceil(per_copy) {
        let suffix = format!("-c{copy}");
        for f in &base.factions {
            let mut f = f.clone();
            f.id.push_str(&suffix);
            f.name.push_str(&suffix);
            out.factions.push(f);
        }
        for s in &base.speakers {
            let mut s = s.clone();
            s.id.push_str(&suffix);
            s.faction = s.faction.map(|f| f + &suffix);
            out.speakers.push(s);
        }
        for q in base.speech() {
            let mut q = q.clone();
            q.id.push_str(&suffix);
            q.speaker = q.speaker.map(|s| s + &suffix);
            q.utterance.push_str(&suffix);
            q.continues = q.continues.map(|c| c + &suffix);
            out.quotes.push(q);
        }
    }
    out.quotes.truncate(target);
    out
}

fn one_faction(index: &FacetIndex) -> FacetQuery {
    let mut query = FacetQuery::default();
    if let Some(v) = index.values(Facet::Faction).first() {
        query.select(Facet::Faction, &v.id);
    }
    query
}

#[divan::bench]
fn bundled_recount_nothing_selected(bencher: Bencher<'_, '_>) {
    let report = bundled();
    let index = FacetIndex::new(&report);
    let query = FacetQuery::default();
    bencher.bench(|| index.evaluate(black_box(&query)));
}

#[divan::bench]
fn bundled_recount_one_faction(bencher: Bencher<'_, '_>) {
    let report = bundled();
    let index = FacetIndex::new(&report);
    let query = one_faction(&index);
    bencher.bench(|| index.evaluate(black_box(&query)));
}

#[divan::bench]
fn bundled_search(bencher: Bencher<'_, '_>) {
    let report = bundled();
    let index = FacetIndex::new(&report);
    let query = explorer_core::search::SearchQuery::parse("russian");
    bencher.bench(|| index.search(black_box(&query)));
}

#[divan::bench]
fn bundled_index_build(bencher: Bencher<'_, '_>) {
    let report = bundled();
    bencher.bench(|| FacetIndex::new(black_box(&report)));
}

#[divan::bench(sample_count = 30)]
fn corpus_100k_recount_nothing_selected(bencher: Bencher<'_, '_>) {
    let report = corpus(100_000);
    let index = FacetIndex::new(&report);
    let query = FacetQuery::default();
    bencher.bench(|| index.evaluate(black_box(&query)));
}

#[divan::bench(sample_count = 30)]
fn corpus_100k_recount_faction_and_section(bencher: Bencher<'_, '_>) {
    let report = corpus(100_000);
    let index = FacetIndex::new(&report);
    let mut query = one_faction(&index);
    if let Some(v) = index.values(Facet::Section).get(2) {
        query.select(Facet::Section, &v.id);
    }
    bencher.bench(|| index.evaluate(black_box(&query)));
}

#[divan::bench(sample_count = 10)]
fn corpus_100k_search(bencher: Bencher<'_, '_>) {
    let report = corpus(100_000);
    let index = FacetIndex::new(&report);
    let query = explorer_core::search::SearchQuery::parse("russian");
    bencher.bench(|| index.search(black_box(&query)));
}
