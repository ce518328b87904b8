//! The fuzz target's inputs that once found a bug, replayed natively under stable Rust through
//! the same code (`fuzz/exercise.rs`): parse, facet index, URL state. See `fuzz/README.md`.

#[path = "../../../fuzz/exercise.rs"]
mod exercise;

use std::path::PathBuf;

fn regressions() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/regressions");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.is_file() && p.extension().is_none_or(|x| x != "md"));
    files.sort();
    files
}

#[test]
fn every_committed_fuzz_input_runs_without_a_panic() {
    let files = regressions();
    for file in &files {
        let data = std::fs::read(file).unwrap();
        exercise::exercise(&data);
    }
    println!("replayed {} fuzz regression inputs", files.len());
}

#[test]
fn a_report_and_a_query_split_at_the_0xff_byte_both_run() {
    let mut data = "Intro.\n\n“We held,” said Jane Roe.\n".as_bytes().to_vec();
    data.push(0xff);
    data.extend_from_slice(b"speaker=jane-roe&q=held");
    exercise::exercise(&data);
}
