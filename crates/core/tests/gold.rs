//! The parser scored against the hand-made reference annotations of the bundled report.
//!
//! Run `cargo test -p explorer-core --test gold -- --nocapture` to see the score table.

use explorer_core::{BlockKind, NoteKind, Parsed, QuoteKind, Report, overlay};
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

/// Lower case, no leading article, no plural s: "the Levant Front" ~ "Levant Front", "Civilians" ~ "civilian".
fn norm(name: &str) -> String {
    let f = explorer_core::text::fold(name);
    let f = f.trim();
    let f = ["the ", "a ", "an ", "another "]
        .iter()
        .find_map(|a| f.strip_prefix(a))
        .unwrap_or(f);
    f.strip_suffix('s').unwrap_or(f).to_owned()
}

/// A gold quote paired with the parser's quote on the same line with the same text, if any.
struct Pair<'a> {
    gold: &'a Value,
    found: Option<&'a explorer_core::Quote>,
}

fn pairs<'a>(report: &'a Report, gold_quotes: &'a [Value]) -> Vec<Pair<'a>> {
    gold_quotes
        .iter()
        .map(|g| {
            let line = g["line"].as_u64().unwrap() as u32;
            let text = g["text"].as_str().unwrap().trim();
            let found = report
                .quotes
                .iter()
                .find(|q| q.line == line && q.text.trim() == text);
            Pair { gold: g, found }
        })
        .collect()
}

struct Score {
    recall: f64,
    precision: f64,
    speaker: f64,
    faction: f64,
    table: String,
}

fn score(report: &Report) -> Score {
    let quotes = gold("quotes.json");
    let quotes = quotes.as_array().unwrap();
    let speakers = gold("speakers.json");
    let speakers = speakers.as_array().unwrap();
    let pairs = pairs(report, quotes);
    let is_speech = |g: &Value| g["kind"] == "speech";
    let gold_speech = pairs.iter().filter(|p| is_speech(p.gold)).count();
    let found_speech = report.speech().count();
    let true_positives: Vec<&Pair<'_>> = pairs
        .iter()
        .filter(|p| is_speech(p.gold) && p.found.is_some_and(|q| q.kind == QuoteKind::Speech))
        .collect();
    let (mut speaker_ok, mut faction_ok, mut attribution_ok, mut continues_ok, mut note_ok) =
        (0, 0, 0, 0, 0);
    let mut misses = String::new();
    for p in &true_positives {
        let q = p.found.unwrap();
        let gold_speaker = speakers
            .iter()
            .find(|s| s["id"] == p.gold["speaker"])
            .unwrap();
        let found_speaker = q.speaker.as_deref().and_then(|id| report.speaker(id));
        let speaker_right = found_speaker.is_some_and(|s| {
            s.id == gold_speaker["id"].as_str().unwrap()
                || std::iter::once(&gold_speaker["name"])
                    .chain(gold_speaker["aliases"].as_array().unwrap())
                    .any(|a| norm(a.as_str().unwrap()) == norm(&s.name))
        });
        let faction_right = report
            .faction_of(q)
            .is_some_and(|f| norm(&f.name) == norm(gold_speaker["affiliation"].as_str().unwrap()));
        speaker_ok += usize::from(speaker_right);
        faction_ok += usize::from(faction_right);
        if !speaker_right || !faction_right {
            misses.push_str(&format!(
                "  line {}: {:?} as {:?}\n",
                q.line,
                q.text,
                found_speaker.map(|s| &s.name)
            ));
        }
        let attribution = q.attribution.map(|a| format!("{a:?}").to_lowercase());
        attribution_ok += usize::from(attribution.as_deref() == p.gold["attribution"].as_str());
        continues_ok +=
            usize::from(q.continues.is_some() == p.gold["continues_previous"].as_bool().unwrap());
        note_ok += usize::from(q.note.map(u64::from) == p.gold["source_note"].as_u64());
    }
    for p in pairs
        .iter()
        .filter(|p| is_speech(p.gold) && p.found.is_none_or(|q| q.kind != QuoteKind::Speech))
    {
        misses.push_str(&format!(
            "  missed speech, line {}: {:?}\n",
            p.gold["line"], p.gold["text"]
        ));
    }
    let tp = true_positives.len() as f64;
    let ratio = |n: usize| if tp == 0.0 { 0.0 } else { n as f64 / tp };
    let recall = tp / gold_speech as f64;
    let precision = if found_speech == 0 {
        0.0
    } else {
        tp / found_speech as f64
    };
    let kinds_ok = pairs
        .iter()
        .filter(|p| {
            p.found.is_some_and(|q| {
                format!("{:?}", q.kind).to_lowercase() == p.gold["kind"].as_str().unwrap()
            })
        })
        .count();
    let table = format!(
        "| measure | value |\n|---|---|\n\
         | quotes found (all kinds) | {} of {} gold spans, {} with the gold kind |\n\
         | speech recall | {recall:.3} ({} of {gold_speech}) |\n\
         | speech precision | {precision:.3} ({} of {found_speech}) |\n\
         | speaker correct | {:.3} |\n| faction correct | {:.3} |\n\
         | attribution type correct | {:.3} |\n| continues-previous correct | {:.3} |\n| source note correct | {:.3} |\n{misses}",
        pairs.iter().filter(|p| p.found.is_some()).count(),
        quotes.len(),
        kinds_ok,
        true_positives.len(),
        true_positives.len(),
        ratio(speaker_ok),
        ratio(faction_ok),
        ratio(attribution_ok),
        ratio(continues_ok),
        ratio(note_ok),
    );
    Score {
        recall,
        precision,
        speaker: ratio(speaker_ok),
        faction: ratio(faction_ok),
        table,
    }
}

fn parsed() -> Parsed {
    explorer_core::parse(&report_text())
}

fn with_overlay() -> Report {
    let mut report = parsed().report;
    let overlay: overlay::Overlay =
        serde_json::from_str(&read("public/reports/fall-of-aleppo.overlay.json")).unwrap();
    let diagnostics = overlay::apply(&mut report, &overlay);
    assert!(
        diagnostics.is_empty(),
        "the shipped overlay applies cleanly: {diagnostics:?}"
    );
    report
}

#[test]
fn speech_quotes_speakers_and_factions_meet_the_quality_bar_without_the_overlay() {
    let score = score(&parsed().report);
    println!("Without the overlay:\n{}", score.table);
    assert!(score.recall >= 0.98, "speech recall {:.3}", score.recall);
    assert!(
        score.precision >= 0.97,
        "speech precision {:.3}",
        score.precision
    );
    assert!(score.speaker >= 0.95, "speaker {:.3}", score.speaker);
    assert!(score.faction >= 0.95, "faction {:.3}", score.faction);
}

#[test]
fn the_shipped_overlay_makes_every_speaker_and_faction_right() {
    let score = score(&with_overlay());
    println!("With the overlay:\n{}", score.table);
    assert_eq!(score.recall, 1.0, "{}", score.table);
    assert_eq!(score.speaker, 1.0, "{}", score.table);
    assert_eq!(score.faction, 1.0, "{}", score.table);
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
