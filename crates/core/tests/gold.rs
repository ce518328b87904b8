//! The bundled report's structure against its hand-made reference annotations: notes, markers,
//! sections, non-body lines.
//!
//! Speech, speakers and factions are scored name-independently, with the corpus, by the
//! `explorer eval` scorer: see `crates/cli/tests/corpus.rs` (the ratchet) and `./x eval`.

use explorer_core::{BlockKind, NoteKind, Parsed, QuoteKind, SectionKind};
use serde_json::Value;
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn gold(name: &str) -> Value {
    serde_json::from_str(&read(&format!("tests/fixtures/gold/{name}"))).unwrap()
}

fn report_text() -> String {
    read("public/reports/fall-of-aleppo.txt")
}

fn parsed() -> Parsed {
    explorer_core::parse(&report_text())
}

#[test]
fn all_49_notes_have_the_right_kind_and_every_ibid_is_resolved() {
    let report = parsed().report;
    let gold_notes = gold("notes.json");
    let gold_notes = gold_notes.as_array().unwrap();
    assert_eq!(report.notes.len(), gold_notes.len());
    for (note, g) in report.notes.iter().zip(gold_notes) {
        assert_eq!(u64::from(note.n), g["n"].as_u64().unwrap());
        let kind = match note.kind {
            NoteKind::Interview => "interview",
            NoteKind::Publication => "publication",
            NoteKind::Ibid => "ibid",
        };
        assert_eq!(kind, g["kind"], "note {}", note.n);
        assert_eq!(
            note.resolves_to.map(u64::from),
            g["resolves_to"].as_u64(),
            "note {} resolves to",
            note.n
        );
        assert_eq!(
            note.short_form_of.map(u64::from),
            g["short_form_of"].as_u64(),
            "note {} short form of",
            note.n
        );
        let urls: Vec<&str> = g["urls"]
            .as_array()
            .unwrap()
            .iter()
            .map(|u| u.as_str().unwrap())
            .collect();
        assert_eq!(note.urls, urls, "note {} urls", note.n);
        assert_eq!(note.line, g["line"].as_u64().unwrap() as u32);
    }
}

#[test]
fn every_endnote_marker_in_the_body_is_linked_to_its_note_once() {
    let report = parsed().report;
    for note in &report.notes {
        assert_eq!(
            note.cited_at.len(),
            1,
            "note {} is cited at {:?}",
            note.n,
            note.cited_at
        );
        assert!(report.blocks[note.cited_at[0].block].kind.is_body());
    }
    let markers: Vec<u32> = report
        .blocks
        .iter()
        .flat_map(|b| b.note_markers.iter().map(|m| m.n))
        .collect();
    assert_eq!(
        markers,
        (1..=49).collect::<Vec<_>>(),
        "markers appear once each, in order"
    );
}

#[test]
fn sections_and_non_body_lines_match_the_reference() {
    let report = parsed().report;
    let sections = gold("sections.json");
    let gold_sections = sections["sections"].as_array().unwrap();
    assert_eq!(report.sections.len(), gold_sections.len());
    for (s, g) in report.sections.iter().zip(gold_sections) {
        assert_eq!(s.title.as_deref(), g["title"].as_str());
        assert_eq!(
            s.level, 1,
            "the bundled report's sections are all top-level"
        );
        assert_eq!(s.parent, None);
        if s.kind == SectionKind::Notes {
            assert_eq!(s.heading_line, g["heading_line"].as_u64().map(|l| l as u32));
        }
        assert_eq!(
            Some(s.start_line as u64),
            g["start_line"].as_u64(),
            "{:?}",
            s.title
        );
        assert_eq!(
            Some(s.end_line as u64),
            g["end_line"].as_u64(),
            "{:?}",
            s.title
        );
    }
    for line in sections["non_body_lines"].as_array().unwrap() {
        let n = line["line"].as_u64().unwrap() as u32;
        let block = report
            .blocks
            .iter()
            .find(|b| b.line == n)
            .unwrap_or_else(|| panic!("no block at line {n}"));
        let expected = match (
            line["type"].as_str().unwrap(),
            line["subtype"].as_str().unwrap(),
        ) {
            ("caption", "label") => BlockKind::CaptionLabel,
            ("caption", _) => BlockKind::Caption,
            ("pull_quote", _) => BlockKind::PullQuote,
            ("video_title", _) => BlockKind::Media,
            ("cover_photo_credit", _) => BlockKind::Credit,
            other => panic!("unknown non-body type {other:?}"),
        };
        assert_eq!(block.kind, expected, "line {n}");
        assert_eq!(
            block.repeats_line.map(u64::from),
            line["repeats_line"].as_u64(),
            "line {n} repeats"
        );
        assert!(!block.kind.is_body(), "line {n} is not body text");
    }
}

#[test]
fn non_body_lines_produce_no_duplicate_quotes() {
    let report = parsed().report;
    for q in &report.quotes {
        let kind = report.blocks[q.block].kind;
        assert!(
            kind.is_body() || (kind == BlockKind::Media && q.kind == QuoteKind::Title),
            "{q:?}"
        );
    }
    assert_eq!(report.quotes.len(), 83);
}
