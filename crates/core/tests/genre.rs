//! The parser held to the genre, not to one text: short invented reports in other forms (straight
//! quotes, bracketed markers, other notes headings, no notes at all, block quotations, quotes
//! carried across paragraphs) parse to hand-written expected models.

use explorer_core::{BlockKind, Report};
use serde_json::{Value, json};
use std::path::PathBuf;

fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/reports")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn lower<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap()
}

/// The parts of the model the expected files pin down.
fn projection(report: &Report) -> Value {
    json!({
        "title": report.title,
        "byline": report.byline,
        "sections": report.sections.iter().map(|s| json!({ "id": s.id, "title": s.title })).collect::<Vec<_>>(),
        "quotes": report.quotes.iter().map(|q| json!({
            "line": q.line,
            "text": q.text,
            "kind": lower(&q.kind),
            "speaker": q.speaker,
            "attribution": lower(&q.attribution),
            "note": q.note,
            "continues": q.continues.is_some(),
        })).collect::<Vec<_>>(),
        "speakers": report.speakers.iter().map(|s| json!({ "id": s.id, "name": s.name, "kind": lower(&s.kind), "faction": s.faction })).collect::<Vec<_>>(),
        "factions": report.factions.iter().map(|f| json!({ "id": f.id, "name": f.name, "kind": lower(&f.kind) })).collect::<Vec<_>>(),
        "notes": report.notes.iter().map(|n| json!({
            "n": n.n,
            "kind": lower(&n.kind),
            "resolves_to": n.resolves_to,
            "short_form_of": n.short_form_of,
            "medium": n.medium,
            "speaker": n.speaker,
        })).collect::<Vec<_>>(),
    })
}

/// Parses `name.txt` and compares it with `name.expected.json`, part by part, item by item.
fn check(name: &str) {
    let parsed = explorer_core::parse(&fixture(&format!("{name}.txt")));
    let expected: Value = serde_json::from_str(&fixture(&format!("{name}.expected.json"))).unwrap();
    let actual = projection(&parsed.report);
    for key in [
        "title", "byline", "sections", "speakers", "factions", "notes", "quotes",
    ] {
        match (&actual[key], &expected[key]) {
            (Value::Array(got), Value::Array(want)) => {
                for (i, (g, w)) in got.iter().zip(want).enumerate() {
                    assert_eq!(g, w, "{name}: {key}[{i}] differs");
                }
                assert_eq!(
                    got.len(),
                    want.len(),
                    "{name}: number of {key}: got {got:#?}"
                );
            }
            (got, want) => assert_eq!(got, want, "{name}: {key} differs"),
        }
    }
    if let Some(pull_quotes) = expected.get("pull_quotes") {
        for pq in pull_quotes.as_array().unwrap() {
            let line = pq["line"].as_u64().unwrap() as u32;
            let block = parsed
                .report
                .blocks
                .iter()
                .find(|b| b.line == line)
                .unwrap();
            assert_eq!(block.kind, BlockKind::PullQuote, "{name}: line {line}");
            assert_eq!(
                block.repeats_line.map(u64::from),
                pq["repeats_line"].as_u64()
            );
        }
    }
}

#[test]
fn a_report_with_straight_quotes_bracketed_markers_and_a_block_quotation_parses_as_expected() {
    check("kessa-valley");
}

#[test]
fn a_report_with_no_notes_section_and_a_pull_quote_parses_as_expected() {
    check("night-market");
}

#[test]
fn a_report_with_a_citations_list_and_note_evidence_parses_as_expected() {
    check("border-talks");
}

#[test]
fn a_report_without_notes_says_so_in_a_diagnostic() {
    let parsed = explorer_core::parse(&fixture("night-market.txt"));
    assert!(parsed.diagnostics.iter().any(|d| d.code == "no-notes"));
    assert!(parsed.report.quotes.iter().all(|q| q.note.is_none()));
}
