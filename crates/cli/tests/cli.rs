//! The `explorer` command, run as a user would.

use std::path::PathBuf;
use std::process::{Command, Output};

fn bundled() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../public/reports/fall-of-aleppo.txt")
}

fn explorer(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_explorer"))
        .args(args)
        .output()
        .unwrap()
}

/// A report written for one test, removed when the test ends (pass or fail).
struct TempFile(PathBuf);

impl TempFile {
    fn to_str(&self) -> Option<&str> {
        self.0.to_str()
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn temp_file(name: &str, bytes: &[u8]) -> TempFile {
    let path =
        std::env::temp_dir().join(format!("explorer-cli-test-{}-{name}", std::process::id()));
    std::fs::write(&path, bytes).unwrap();
    TempFile(path)
}

#[test]
fn parse_prints_the_model_as_json_with_the_documented_keys() {
    let out = explorer(&["parse", bundled().to_str().unwrap(), "--format", "json"]);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for key in [
        "title",
        "sections",
        "quotes",
        "speakers",
        "factions",
        "notes",
        "diagnostics",
    ] {
        assert!(json.get(key).is_some(), "missing {key}");
    }
    let quote = &json["quotes"][1];
    for key in ["id", "text", "kind", "speaker", "section", "note", "line"] {
        assert!(quote.get(key).is_some(), "quote lacks {key}");
    }
    assert_eq!(json["notes"].as_array().unwrap().len(), 49);
}

#[test]
fn the_summary_counts_quotes_and_notes() {
    let out = explorer(&["parse", bundled().to_str().unwrap(), "--format", "summary"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("notes: 49 (interview 30, publication 15, ibid 4)"),
        "{text}"
    );
    assert!(text.contains("sections: 7"), "{text}");
}

#[test]
fn an_overlay_retitles_the_report() {
    let overlay = bundled().with_file_name("fall-of-aleppo.overlay.json");
    let out = explorer(&[
        "parse",
        bundled().to_str().unwrap(),
        "--overlay",
        overlay.to_str().unwrap(),
        "--format",
        "summary",
    ]);
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .starts_with("title: The Fall of East Aleppo")
    );
}

#[test]
fn a_missing_file_is_a_one_line_error() {
    let out = explorer(&["parse", "/no/such/report.txt"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("cannot read /no/such/report.txt"), "{err}");
}

#[test]
fn non_utf8_input_is_refused_with_a_clear_message() {
    let path = temp_file("latin1.txt", b"Caf\xe9 \xabquote\xbb\n");
    let out = explorer(&["parse", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("is not UTF-8 text (invalid byte at offset 3)"),
        "{err}"
    );
}

#[test]
fn check_reports_problems_with_line_numbers_and_fails_on_warnings() {
    let path = temp_file(
        "broken.txt",
        "Intro.\n\nHe said “never closed.\n\nAnother paragraph.”\n\nNotes\n\n1. One.\n3. Three.\n"
            .as_bytes(),
    );
    let out = explorer(&["check", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains(":3: warning: A quote mark opened here is never closed. [unclosed-quote]"),
        "{text}"
    );
    assert!(
        text.contains(":10: warning: Note 3 follows note 1"),
        "{text}"
    );
    let clean = explorer(&["check", bundled().to_str().unwrap()]);
    assert_eq!(clean.status.code(), Some(0));
}

#[test]
fn unknown_commands_and_formats_are_usage_errors() {
    assert_eq!(explorer(&["frobnicate", "x"]).status.code(), Some(2));
    assert_eq!(
        explorer(&["parse", "x", "--format", "xml"]).status.code(),
        Some(2)
    );
}

#[test]
fn help_prints_the_usage_without_a_report() {
    for flag in ["help", "--help", "-h"] {
        let out = explorer(&[flag]);
        assert_eq!(out.status.code(), Some(0), "{flag}");
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.starts_with("usage: explorer"), "{flag}: {text}");
    }
}

#[test]
fn check_lists_speech_whose_speaker_the_parser_could_not_decide() {
    let path = temp_file(
        "unknown.txt",
        "Report\n\nThe town fell in March.\n\n“We will never leave this place, whatever happens,” he said.\n"
            .as_bytes(),
    );
    let out = explorer(&["check", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "information only");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains(":5: info: Speech “We will never leave this place,")
            && text.contains("[speaker-unknown]"),
        "{text}"
    );
}

#[test]
fn a_reader_that_stops_reading_early_gets_no_panic() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_explorer"))
        .args(["eval"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    // The pipe closes here, before the misses are written (as `explorer eval | head -1`).
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(first.starts_with("report"), "{first}");
    assert!(out.status.success(), "{:?}: {stderr}", out.status);
    assert!(!stderr.contains("panicked"), "{stderr}");
}
