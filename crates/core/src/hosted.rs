//! What a site hosts: the manifest of its reports, the model files written for them at build
//! time, and the one way a report is prepared for the explorer (parsed, its overlay applied,
//! given a title), shared by the CLI, the build and the app.
//!
//! ```
//! use explorer_core::hosted::{Manifest, prepare};
//! let parsed = prepare("“Hold,” said Jane Roe.\n", "hill-country.txt", None);
//! assert_eq!(parsed.report.title, "Hill country");
//! let manifest: Manifest = Manifest::single("hill-country");
//! assert_eq!(manifest.default, "hill-country");
//! ```

use crate::overlay::{self, Overlay};
use crate::view_state::report_name;
use crate::wire::{Wire, from_wire, to_wire, wire_struct};
use crate::{Diagnostic, ParseOptions, Parsed, Report};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Where the manifest is, relative to the explorer's page.
pub const MANIFEST_PATH: &str = "reports/index.json";

/// `reports/index.json`: the reports a site hosts and the one the page opens with.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// The report shown when the URL names none.
    pub default: String,
    /// The hosted reports by name (`NAME.txt` in `reports/`).
    pub reports: BTreeMap<String, ManifestEntry>,
}

/// One hosted report.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestEntry {
    /// Whether `NAME.overlay.json` sits beside the report.
    #[serde(default)]
    pub overlay: bool,
}

impl Manifest {
    /// A manifest of one report, with no overlay.
    pub fn single(name: &str) -> Manifest {
        Manifest {
            default: name.to_owned(),
            reports: BTreeMap::from([(name.to_owned(), ManifestEntry::default())]),
        }
    }

    /// Checks what a reader of the manifest relies on: valid names and a listed default.
    pub fn problems(&self) -> Vec<String> {
        let mut problems: Vec<String> = self
            .reports
            .keys()
            .filter(|name| report_name(name).is_none_or(|n| n.starts_with("local:")))
            .map(|name| {
                format!("“{name}” is not a report name (lower-case letters, digits, - and _)")
            })
            .collect();
        if !self.reports.contains_key(&self.default) {
            problems.push(format!(
                "the default report “{}” is not listed",
                self.default
            ));
        }
        problems
    }

    /// The path of a report's text, relative to the page.
    pub fn text_path(name: &str) -> String {
        format!("reports/{name}.txt")
    }

    /// The path of a report's overlay, relative to the page.
    pub fn overlay_path(name: &str) -> String {
        format!("reports/{name}.overlay.json")
    }

    /// The path of a report's model file, relative to the page.
    pub fn model_path(name: &str) -> String {
        format!("reports/{name}.model.bin")
    }

    /// The path of a report's text file (its blocks), relative to the page.
    pub fn text_blocks_path(name: &str) -> String {
        format!("reports/{name}.text.bin")
    }
}

/// `reports/NAME.text.bin`: a hosted report's blocks (its text, for the reading view), kept
/// out of the model file so that the first visit, which shows quotes, does not carry them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TextFile {
    /// The version of this format ([`ModelFile::FORMAT`]).
    pub format: u32,
    /// The report's content hash, so a page never pairs a model with another version's text.
    pub content_hash: String,
    /// The blocks, in reading order.
    pub blocks: Vec<crate::Block>,
}

/// `reports/NAME.model.bin`: a hosted report parsed at build time, its overlay applied, so
/// the page never parses it. The text's content hash is `report.content_hash`.
///
/// Model and text files are written with [`to_bytes`] and read with [`from_bytes`]: a short
/// header (the file kind and [`ModelFile::FORMAT`]) and the value in its binary form
/// ([`crate::wire`]): small on the wire and in the page's wasm, and fast to read (a worker hands a
/// reader's parsed report to the page the same way). `explorer parse` prints the same model as
/// JSON for people.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ModelFile {
    /// The version of this format ([`ModelFile::FORMAT`]).
    pub format: u32,
    /// The report's name (its file name without `.txt`).
    pub name: String,
    /// The model.
    pub report: Report,
    /// What the parser and the overlay reported, with line numbers.
    pub diagnostics: Vec<Diagnostic>,
}

/// What a binary file holds, named in its header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// A [`ModelFile`].
    Model,
    /// A [`TextFile`].
    Text,
    /// A [`Manifest`] (`reports/index.bin`, written from `index.json` for the page).
    Manifest,
}

impl FileKind {
    fn magic(self) -> &'static [u8; 4] {
        match self {
            FileKind::Model => b"RXM1",
            FileKind::Text => b"RXT1",
            FileKind::Manifest => b"RXI1",
        }
    }
}

/// Writes a model, text or manifest file: its header, then the value.
pub fn to_bytes<T: Wire>(kind: FileKind, value: &T) -> Vec<u8> {
    let mut out = kind.magic().to_vec();
    out.extend(ModelFile::FORMAT.to_le_bytes());
    out.extend(to_wire(value));
    out
}

/// Reads a model, text or manifest file, with a message for readers when it is not one this
/// page reads.
pub fn from_bytes<T: Wire>(kind: FileKind, bytes: &[u8]) -> Result<T, String> {
    let Some((magic, rest)) = bytes.split_first_chunk::<4>() else {
        return Err("the file is empty or cut short".to_owned());
    };
    if magic != kind.magic() {
        return Err("it is not a model file of the report explorer".to_owned());
    }
    let Some((format, payload)) = rest.split_first_chunk::<4>() else {
        return Err("the file is cut short".to_owned());
    };
    let format = u32::from_le_bytes(*format);
    if format != ModelFile::FORMAT {
        return Err(format!(
            "it is in format {format} and this page reads format {}: the site needs a rebuild",
            ModelFile::FORMAT
        ));
    }
    from_wire(payload).map_err(|e| format!("it could not be read ({e})"))
}

impl ModelFile {
    /// The format written today; a page refuses other versions (rebuild the site).
    pub const FORMAT: u32 = 1;

    /// Splits off the blocks, for [`TextFile`]: the model keeps everything else.
    pub fn split_text(mut self) -> (ModelFile, TextFile) {
        let text = TextFile {
            format: Self::FORMAT,
            content_hash: self.report.content_hash.clone(),
            blocks: std::mem::take(&mut self.report.blocks),
        };
        (self, text)
    }

    /// The model file of a prepared report.
    pub fn new(name: &str, parsed: Parsed) -> ModelFile {
        ModelFile {
            format: Self::FORMAT,
            name: name.to_owned(),
            report: parsed.report,
            diagnostics: parsed.diagnostics,
        }
    }
}

/// Prepares a report for the explorer: parses it (titled from its file name when the text has
/// no title line) and applies its overlay. Never fails: problems become diagnostics.
pub fn prepare(text: &str, file_name: &str, overlay: Option<&Overlay>) -> Parsed {
    let title = crate::text::title_from_file_name(file_name);
    let mut parsed = crate::parse_with(
        text,
        &ParseOptions {
            fallback_title: Some(&title),
        },
    );
    if let Some(overlay) = overlay {
        let problems = overlay::apply(&mut parsed.report, overlay);
        parsed.diagnostics.extend(problems);
    }
    parsed
}

wire_struct!(Manifest { default, reports });
wire_struct!(ManifestEntry { overlay });
wire_struct!(ModelFile {
    format,
    name,
    report,
    diagnostics
});
wire_struct!(TextFile {
    format,
    content_hash,
    blocks
});

/// The key of the browser's local storage entry that says a hosted report has a reader's
/// corrections (kept with the report in IndexedDB): the page checks it before it loads the
/// report, so that a first visit never starts the worker.
pub fn corrections_flag(name: &str) -> String {
    format!("report-explorer:corrected:{name}")
}

/// Where the page finds the manifest in binary form (see [`FileKind::Manifest`]).
pub const MANIFEST_BIN_PATH: &str = "reports/index.bin";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manifest_names_only_reports_it_can_serve() {
        let manifest: Manifest = serde_json::from_str(
            r#"{"default":"b","reports":{"a":{"overlay":true},"../x":{},"local:abc123":{}}}"#,
        )
        .unwrap();
        assert_eq!(manifest.problems().len(), 3, "{:?}", manifest.problems());
        assert!(Manifest::single("a").problems().is_empty());
    }

    #[test]
    fn a_model_file_reads_back_as_written() {
        let parsed = prepare(
            "Intro.\n\n“Hold,” said Jane Roe, a commander of the Hill Front.1\n\nNotes\n\n1. Jane Roe, interview, May 2020.",
            "hill.txt",
            None,
        );
        let file = ModelFile::new("hill", parsed);
        let json = serde_json::to_string(&file).unwrap();
        let back: ModelFile = serde_json::from_str(&json).unwrap();
        assert_eq!(back, file);
        let bytes = to_bytes(FileKind::Model, &file);
        assert_eq!(
            from_bytes::<ModelFile>(FileKind::Model, &bytes).unwrap(),
            file
        );
        assert!(
            from_bytes::<ModelFile>(FileKind::Text, &bytes)
                .unwrap_err()
                .contains("not a model file")
        );
        let mut other = bytes.clone();
        other[4] = 9;
        assert!(
            from_bytes::<ModelFile>(FileKind::Model, &other)
                .unwrap_err()
                .contains("format 9")
        );
        assert!(from_bytes::<ModelFile>(FileKind::Model, &bytes[..bytes.len() / 2]).is_err());
        assert_eq!(back.report.quotes[0].speaker.as_deref(), Some("jane-roe"));
        let blocks = file.report.blocks.len();
        let (model, text) = file.split_text();
        assert!(model.report.blocks.is_empty() && text.blocks.len() == blocks);
        assert_eq!(text.content_hash, model.report.content_hash);
    }

    #[test]
    fn an_overlay_is_applied_and_its_problems_reported() {
        let overlay: Overlay = serde_json::from_str(
            r#"{"title":"Hill Country","quotes":[{"id":"missing","kind":"scare"}]}"#,
        )
        .unwrap();
        let parsed = prepare("“Hold,” said Jane Roe.\n", "x.txt", Some(&overlay));
        assert_eq!(parsed.report.title, "Hill Country");
        assert!(
            parsed
                .diagnostics
                .iter()
                .any(|d| d.message.contains("missing")),
            "{:?}",
            parsed.diagnostics
        );
    }
}
