//! The parser held to real reports: the bundled report, the invented reports of the genre in
//! `tests/fixtures/genre` and every report of the corpus beside the repository
//! (`../shared/corpus`, or `$EXPLORER_CORPUS`), scored as `explorer eval` scores them.
//!
//! Each known report has a ratchet in `tests/ratchet.json`: the level reached so far for each
//! measure, which the parser may never fall below. The issue's targets are printed beside it.
//! After an improvement, raise the ratchet with
//! `EXPLORER_RATCHET=raise cargo test -p explorer-cli --test corpus` (it never lowers a value,
//! and gives a report it does not know yet its first levels).
//! Report folders the ratchet does not know yet are scored and printed, and held only to a floor:
//! the parse produces a model.

use explorer_cli::eval::{self, Case, Score};
use serde_json::{Map, Value, json};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn ratchet_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/ratchet.json")
}

/// A measure the ratchet records: its name and how to read it from a score.
type Measure = (&'static str, fn(&Score) -> f64);

/// The measures a ratchet records.
const MEASURES: [Measure; 8] = [
    ("recall", Score::recall),
    ("precision", Score::precision),
    ("speaker", Score::speaker),
    ("faction", Score::faction),
    ("speaker_name", Score::speaker_name),
    ("faction_name", Score::faction_name),
    ("notes_kind", Score::notes_kind),
    ("ibid_resolved", Score::ibid_resolved),
];

/// The issue's target for a report and measure.
fn target(report: &str, measure: &str) -> f64 {
    match (report, measure) {
        (_, "notes_kind" | "ibid_resolved") => 1.0,
        ("fall-of-aleppo+overlay", _) => 1.0,
        ("fall-of-aleppo", "speaker" | "faction") => 0.97,
        ("fall-of-aleppo", "recall") => 0.98,
        ("fall-of-aleppo", "precision") => 0.97,
        (_, "recall") => 0.95,
        _ => 0.90,
    }
}

/// A value floored to three decimals, so that printing and re-reading cannot raise it.
fn floor3(value: f64) -> f64 {
    (value * 1000.0).floor() / 1000.0
}

fn read_ratchet() -> Map<String, Value> {
    let text = std::fs::read_to_string(ratchet_path()).unwrap_or_else(|_| "{}".to_owned());
    match serde_json::from_str(&text) {
        Ok(Value::Object(map)) => map,
        _ => panic!("{} is not a JSON object", ratchet_path().display()),
    }
}

fn cases() -> (Vec<Case>, Option<PathBuf>) {
    let root = root();
    let mut cases = eval::bundled_cases(&root);
    cases.extend(eval::genre_cases(&root).expect("the genre fixtures are readable"));
    let corpus = eval::corpus_dir(&root);
    if corpus.is_dir() {
        cases.extend(eval::corpus_cases(&corpus).expect("the corpus folder is readable"));
        (cases, Some(corpus))
    } else {
        (cases, None)
    }
}

/// Scores every report, prints the table against ratchet and target, and returns the failures.
fn check(cases: &[Case], ratchet: &mut Map<String, Value>, raise: bool) -> Vec<String> {
    let mut failures = Vec::new();
    println!("{}", Score::header());
    let mut details = String::new();
    for case in cases {
        let (parsed, score) = eval::run(case).unwrap_or_else(|e| panic!("{}: {e:#}", case.name));
        println!("{}", score.row());
        details.push_str(&format!(
            "\n== {}: {}\n{}",
            case.name,
            score.details(),
            score.misses_text()
        ));
        if raise && !ratchet.contains_key(&case.name) {
            ratchet.insert(case.name.clone(), json!({}));
        }
        let Some(levels) = ratchet.get_mut(&case.name).and_then(Value::as_object_mut) else {
            println!(
                "    {}: no ratchet yet (a new report); held only to the floor",
                case.name
            );
            if parsed.report.sections.is_empty() && !parsed.report.blocks.is_empty() {
                failures.push(format!("{}: no section in the model", case.name));
            }
            continue;
        };
        let mut line = String::from("    level/target:");
        for (measure, read) in MEASURES {
            let value = read(&score);
            let level = levels.get(measure).and_then(Value::as_f64).unwrap_or(0.0);
            line.push_str(&format!(
                " {measure} {value:.3} ≥ {level:.3} (target {:.2});",
                target(&case.name, measure)
            ));
            if value + 1e-9 < level {
                failures.push(format!(
                    "{}: {measure} fell to {value:.3}, below the ratchet {level:.3}",
                    case.name
                ));
            } else if raise && floor3(value) > level {
                levels.insert(measure.to_owned(), json!(floor3(value)));
            }
        }
        println!("{line}");
    }
    println!("{details}");
    failures
}

#[test]
fn every_report_stays_at_or_above_its_ratchet() {
    let (cases, corpus) = cases();
    match &corpus {
        Some(dir) => println!("corpus: {}", dir.display()),
        None => println!(
            "corpus: not found (../shared/corpus or ${}); corpus thresholds SKIPPED, only the bundled report is checked",
            eval::CORPUS_ENV
        ),
    }
    let mut ratchet = read_ratchet();
    let raise = std::env::var("EXPLORER_RATCHET").is_ok_and(|v| v == "raise");
    let failures = check(&cases, &mut ratchet, raise);
    if raise {
        let text = serde_json::to_string_pretty(&Value::Object(ratchet)).unwrap();
        std::fs::write(ratchet_path(), text + "\n").unwrap();
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_ratchet_names_only_measures_the_test_knows() {
    for (report, levels) in read_ratchet() {
        let levels = levels
            .as_object()
            .expect("each report maps measures to levels");
        for (measure, level) in levels {
            assert!(
                MEASURES.iter().any(|(m, _)| m == measure),
                "{report}: unknown measure {measure}"
            );
            let level = level.as_f64().expect("a level is a number");
            assert!((0.0..=1.0).contains(&level), "{report}: {measure} {level}");
        }
    }
}

#[test]
fn a_report_folder_is_found_by_its_gold_folder_and_text() {
    let dir = std::env::temp_dir().join(format!("explorer-corpus-test-{}", std::process::id()));
    let report = dir.join("tiny");
    std::fs::create_dir_all(report.join("gold")).unwrap();
    std::fs::write(
        report.join("tiny.txt"),
        "Intro.\n\n“We held,” said Jane Roe.\n",
    )
    .unwrap();
    std::fs::write(
        report.join("gold/quotes.json"),
        r#"[{"line": 3, "text": "We held,", "kind": "speech", "speaker": "jane-roe"}]"#,
    )
    .unwrap();
    std::fs::write(
        report.join("gold/speakers.json"),
        r#"[{"id": "jane-roe", "name": "Jane Roe", "affiliation": "Hill Front"}]"#,
    )
    .unwrap();
    let cases = eval::corpus_cases(&dir).unwrap();
    assert_eq!(cases.len(), 1);
    assert_eq!(cases[0].name, "tiny");
    let (_, score) = eval::run(&cases[0]).unwrap();
    assert_eq!(score.recall(), 1.0);
    assert_eq!(score.speaker(), 1.0);
    // The text gives Jane Roe no side, so the parser files her with the individuals: the
    // one-to-one mapping pairs that group with her gold faction, the names differ.
    assert_eq!(score.faction(), 1.0);
    assert_eq!(score.faction_name(), 0.0);
    std::fs::remove_dir_all(&dir).ok();
    assert!(!Path::new(&dir).exists());
}
