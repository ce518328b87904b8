//! Exporting quotes: rows for CSV and JSON, and a citation for one quote.
//!
//! CSV follows RFC 4180; cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`)
//! are prefixed with an apostrophe.

use crate::model::{Quote, Report};
use serde::{Deserialize, Serialize};

/// One exported quote.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportRow {
    /// The quote's id.
    pub id: String,
    /// The quoted words.
    pub quote: String,
    /// The speaker's name.
    pub speaker: String,
    /// The speaker's role.
    pub role: String,
    /// The faction's name.
    pub faction: String,
    /// The section's title.
    pub section: String,
    /// The line in the report.
    pub line: u32,
    /// The note number, if any.
    pub note: Option<u32>,
    /// The text of the note that sources it (Ibid and short forms resolved).
    pub note_text: String,
    /// A link that opens the explorer at this quote.
    pub link: String,
}

/// The export row of a quote; `link_base` is the explorer's URL without a query string.
pub fn row(report: &Report, quote: &Quote, link_base: &str) -> ExportRow {
    let speaker = quote.speaker.as_deref().and_then(|id| report.speaker(id));
    let note_text = quote
        .note
        .and_then(|n| report.source_note(n))
        .map(|source| {
            let cited = quote.note.and_then(|n| report.note(n));
            match cited {
                Some(c) if c.n != source.n => {
                    format!("{} (= note {}: {})", c.text, source.n, source.text)
                }
                _ => source.text.clone(),
            }
        })
        .unwrap_or_default();
    ExportRow {
        id: quote.id.clone(),
        quote: quote.text.clone(),
        speaker: speaker.map(|s| s.name.clone()).unwrap_or_default(),
        role: speaker.and_then(|s| s.role.clone()).unwrap_or_default(),
        faction: report
            .faction_of(quote)
            .map(|f| f.name.clone())
            .unwrap_or_default(),
        section: report
            .section(&quote.section)
            .map(|s| s.label().to_owned())
            .unwrap_or_default(),
        line: quote.line,
        note: quote.note,
        note_text,
        link: format!(
            "{link_base}?quote={}",
            crate::view_state::percent_encode(&quote.id)
        ),
    }
}

/// Rows as CSV with a header line.
pub fn to_csv(rows: &[ExportRow]) -> String {
    let mut out =
        String::from("id,quote,speaker,role,faction,section,line,note,note_text,link\r\n");
    for r in rows {
        let note = r.note.map(|n| n.to_string()).unwrap_or_default();
        let cells = [
            &r.id,
            &r.quote,
            &r.speaker,
            &r.role,
            &r.faction,
            &r.section,
            &r.line.to_string(),
            &note,
            &r.note_text,
            &r.link,
        ];
        let line: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

fn csv_cell(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// A citation of one quote for pasting into an article or a note.
pub fn citation(report: &Report, quote: &Quote, link_base: &str) -> String {
    let r = row(report, quote, link_base);
    let mut who = r.speaker.clone();
    if !r.faction.is_empty() && !r.speaker.is_empty() && r.faction != r.speaker {
        who.push_str(&format!(" ({})", r.faction));
    }
    let mut text = format!(
        "“{}” — {}",
        r.quote.trim_end_matches(','),
        if who.is_empty() {
            "unattributed".to_owned()
        } else {
            who
        }
    );
    text.push_str(&format!(". {}, section “{}”", report.title, r.section));
    if let Some(n) = r.note {
        text.push_str(&format!(", note {n}: {}", r.note_text));
    } else {
        text.push('.');
    }
    text.push(' ');
    text.push_str(&r.link);
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_and_defuses_cells() {
        let rows = vec![ExportRow {
            id: "a".into(),
            quote: "He said, \"no\"".into(),
            speaker: "=cmd()".into(),
            role: String::new(),
            faction: "F".into(),
            section: "S".into(),
            line: 3,
            note: Some(2),
            note_text: "line\nbreak".into(),
            link: "https://x/?quote=a".into(),
        }];
        let csv = to_csv(&rows);
        assert!(csv.starts_with("id,quote,"));
        assert!(csv.contains("\"He said, \"\"no\"\"\""), "{csv}");
        assert!(csv.contains(",'=cmd(),"), "{csv}");
        assert!(csv.contains("\"line\nbreak\""), "{csv}");
    }

    #[test]
    fn a_citation_names_speaker_faction_section_and_note() {
        let report = crate::parse("Intro.\n\n“Hold,” said Jane Roe, a commander of the Hill Front.1\n\nNotes\n\n1. Jane Roe, interview with the author, Signal, May 2020.").report;
        let quote = &report.quotes[0];
        let text = citation(&report, quote, "https://example.org/explorer/");
        assert_eq!(
            text,
            "“Hold” — Jane Roe (Hill Front). Untitled report, section “Opening”, note 1: Jane Roe, interview with the author, Signal, May 2020. https://example.org/explorer/?quote=hold"
        );
    }
}
