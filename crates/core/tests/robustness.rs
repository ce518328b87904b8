//! The parser never panics and always returns a consistent model, whatever it is given:
//! random text, and the bundled report mutated (cut, spliced, sprinkled with quote marks,
//! brackets, digits and stray newlines).

use explorer_core::{Parsed, QuoteKind, parse};
use proptest::prelude::*;
use std::collections::BTreeSet;

fn bundled() -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../public/reports/fall-of-aleppo.txt");
    std::fs::read_to_string(path).unwrap()
}

/// Everything a reader of the model relies on: ids resolve, offsets are in bounds and on
/// character boundaries, lines exist.
fn assert_consistent(source: &str, parsed: &Parsed) {
    let r = &parsed.report;
    let lines = source.split('\n').count() as u32;
    let unique = |ids: Vec<&str>| ids.len() == ids.iter().collect::<BTreeSet<_>>().len();
    assert!(
        unique(r.quotes.iter().map(|q| q.id.as_str()).collect()),
        "quote ids are unique"
    );
    assert!(
        unique(r.speakers.iter().map(|s| s.id.as_str()).collect()),
        "speaker ids are unique"
    );
    assert!(
        unique(r.factions.iter().map(|f| f.id.as_str()).collect()),
        "faction ids are unique"
    );
    assert!(
        unique(r.sections.iter().map(|s| s.id.as_str()).collect()),
        "section ids are unique"
    );
    for b in &r.blocks {
        assert!(b.section < r.sections.len());
        assert!(b.line >= 1 && b.line <= b.end_line && b.end_line <= lines);
        for span in &b.quote_spans {
            assert!(span.start <= span.end && span.end <= b.text.len());
            assert!(b.text.is_char_boundary(span.start) && b.text.is_char_boundary(span.end));
            assert!(span.quote < r.quotes.len());
        }
        for m in &b.note_markers {
            assert!(m.start < m.end && m.end <= b.text.len());
            assert!(b.text.is_char_boundary(m.start) && b.text.is_char_boundary(m.end));
        }
    }
    let quote_ids: BTreeSet<&str> = r.quotes.iter().map(|q| q.id.as_str()).collect();
    for q in &r.quotes {
        assert!(q.block < r.blocks.len());
        assert!(q.line >= 1 && q.line <= lines);
        assert!(
            r.section(&q.section).is_some(),
            "quote section {} exists",
            q.section
        );
        if let Some(s) = &q.speaker {
            assert!(r.speaker(s).is_some(), "speaker {s} exists");
        }
        assert!(
            q.kind == QuoteKind::Speech || q.speaker.is_none(),
            "only speech has a speaker"
        );
        assert_eq!(
            q.kind == QuoteKind::Speech,
            q.confidence.is_some(),
            "speech has a confidence, nothing else does"
        );
        if q.kind == QuoteKind::Speech && q.speaker.is_none() {
            assert_eq!(q.confidence, Some(explorer_core::Confidence::Low));
            assert!(q.reason.is_some(), "speech with no speaker says why");
        }
        assert!(q.continues.as_deref().is_none_or(|c| quote_ids.contains(c)));
        assert!(quote_ids.contains(q.utterance.as_str()));
        if let Some(n) = q.note {
            assert!(r.notes.is_empty() || r.note(n).is_some(), "note {n} exists");
        }
    }
    for s in &r.speakers {
        if let Some(f) = &s.faction {
            assert!(r.faction(f).is_some(), "faction {f} exists");
        }
    }
    for n in &r.notes {
        assert!(n.resolves_to.is_none_or(|t| t < n.n));
        assert!(n.short_form_of.is_none_or(|t| t < n.n));
        for c in &n.cited_at {
            assert!(c.block < r.blocks.len());
        }
    }
    for d in &parsed.diagnostics {
        assert!(d.line <= lines, "diagnostic line {} of {lines}", d.line);
        assert!(!d.message.is_empty());
    }
}

/// Text made of the characters that matter to the parser, and some that do not.
fn nasty_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("“".to_owned()),
        Just("”".to_owned()),
        Just("\"".to_owned()),
        Just("‘".to_owned()),
        Just("’".to_owned()),
        Just("«".to_owned()),
        Just("»".to_owned()),
        Just("\n".to_owned()),
        Just("\n\n".to_owned()),
        Just("  ".to_owned()),
        Just(".".to_owned()),
        Just(",".to_owned()),
        Just(":".to_owned()),
        Just("[12]".to_owned()),
        Just("¹²".to_owned()),
        Just("Notes".to_owned()),
        Just("Ibid.".to_owned()),
        Just("1. ".to_owned()),
        Just(" said ".to_owned()),
        Just(" he told me".to_owned()),
        Just("Omar Salkhou".to_owned()),
        Just("the Levant Front’s ".to_owned()),
        Just("a Western diplomat".to_owned()),
        Just("—".to_owned()),
        Just("\u{feff}".to_owned()),
        Just("\r\n".to_owned()),
        "[a-zA-Z0-9 ]{0,12}",
        any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(pieces, 0..120).prop_map(|v| v.concat())
}

/// One edit of a text at a char boundary.
#[derive(Clone, Debug)]
enum Edit {
    Delete { at: usize, len: usize },
    Insert { at: usize, text: String },
    Truncate { at: usize },
    DuplicateLine { line: usize },
}

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    let edit = prop_oneof![
        (any::<usize>(), 0usize..400).prop_map(|(at, len)| Edit::Delete { at, len }),
        (any::<usize>(), nasty_text()).prop_map(|(at, text)| Edit::Insert { at, text }),
        any::<usize>().prop_map(|at| Edit::Truncate { at }),
        any::<usize>().prop_map(|line| Edit::DuplicateLine { line }),
    ];
    proptest::collection::vec(edit, 1..8)
}

fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at % (text.len() + 1);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn apply(mut text: String, edits: &[Edit]) -> String {
    for edit in edits {
        match edit {
            Edit::Delete { at, len } => {
                let start = floor_boundary(&text, *at);
                let end = floor_boundary(&text, (start + len).min(text.len()));
                if start <= end {
                    text.replace_range(start..end, "");
                }
            }
            Edit::Insert { at, text: insert } => {
                let at = floor_boundary(&text, *at);
                text.insert_str(at, insert);
            }
            Edit::Truncate { at } => {
                let at = floor_boundary(&text, *at);
                text.truncate(at);
            }
            Edit::DuplicateLine { line } => {
                let lines: Vec<&str> = text.split('\n').collect();
                let k = line % lines.len();
                let mut out = lines[..=k].to_vec();
                out.push(lines[k]);
                out.extend_from_slice(&lines[k + 1..]);
                text = out.join("\n");
            }
        }
    }
    text
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn random_text_parses_to_a_consistent_model(source in nasty_text()) {
        let parsed = parse(&source);
        assert_consistent(&source, &parsed);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 120, ..ProptestConfig::default() })]

    #[test]
    fn a_mutated_report_parses_to_a_consistent_model(edits in edits()) {
        let source = apply(bundled(), &edits);
        let parsed = parse(&source);
        assert_consistent(&source, &parsed);
    }
}

#[test]
fn empty_and_degenerate_inputs_still_give_a_model() {
    for source in [
        "",
        "\n",
        "\n\n\n",
        "“",
        "”",
        "\"",
        "Notes",
        "Notes\n\n1. x",
        "[1]",
        "“a”1",
        "Title\n\nBy \n\n",
        "\u{feff}",
    ] {
        let parsed = parse(source);
        assert_consistent(source, &parsed);
        assert!(!parsed.report.title.is_empty());
    }
}

#[test]
fn diagnostics_point_at_the_lines_they_are_about() {
    let source = "Intro.\n\nHe said, “this never closes.\n\nPlain text.\n\nA stray mark” here.\n\nNotes\n\n1. One.\n";
    let parsed = parse(source);
    let at = |code: &str| {
        parsed
            .diagnostics
            .iter()
            .find(|d| d.code == code)
            .map(|d| d.line)
    };
    assert_eq!(at("unclosed-quote"), Some(3));
    assert_eq!(at("stray-closing-quote"), Some(7));
}

#[test]
fn a_note_cited_again_is_no_disorder_but_a_first_citation_out_of_order_is() {
    let source = "Intro.\n\nOne claim.[1] Another.[2] The first again.[1]\n\nA third.[4] Then.[3]\n\nNotes\n\n1. One.\n2. Two.\n3. Three.\n4. Four.\n";
    let parsed = parse(source);
    let disorder: Vec<u32> = parsed
        .diagnostics
        .iter()
        .filter(|d| d.code == "marker-order")
        .map(|d| d.line)
        .collect();
    assert_eq!(disorder, vec![5]);
}
