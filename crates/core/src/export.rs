//! Exporting quotes: rows for CSV and JSON, file names that say what they hold, and a citation
//! for one quote.
//!
//! A row is one quote as the explorer counts it (an utterance, its segments joined). CSV follows
//! RFC 4180 and starts with a UTF-8 byte-order mark so that spreadsheets read curly quotes and
//! accents right; cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`) are
//! prefixed with an apostrophe.

use crate::facets::{Facet, FacetIndex, FacetResult, Utterance, utterance_note};
use crate::model::Report;
use crate::view_state::ViewState;
use serde::{Deserialize, Serialize};

/// One exported quote.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportRow {
    /// The quote's id (its first segment's).
    pub id: String,
    /// The quoted words, segments joined by " … ".
    pub quote: String,
    /// The speaker's name ("Unknown speaker" when the parser found none).
    pub speaker: String,
    /// The speaker's role.
    pub role: String,
    /// The faction's name.
    pub faction: String,
    /// The section's title.
    pub section: String,
    /// The line in the report where the quote starts.
    pub line: u32,
    /// The note number, if any.
    pub note: Option<u32>,
    /// The text of the note that sources it (Ibid and short forms resolved).
    pub note_text: String,
    /// How sure the parser is of the speaker (`high`, `medium`, `low`), and why.
    pub confidence: String,
    /// A link that opens the explorer at this quote.
    pub link: String,
}

/// The words of an utterance as one text: its segments joined by " … ".
pub fn utterance_text(report: &Report, item: &Utterance) -> String {
    item.segments
        .iter()
        .map(|&q| report.quotes[q].text.trim().trim_end_matches(',').trim())
        .collect::<Vec<_>>()
        .join(" … ")
}

/// The export row of a quote. `link_base` is the explorer's URL without a query string and
/// `state` the view it is exported from (the link keeps its report).
pub fn row(report: &Report, item: &Utterance, link_base: &str, state: &ViewState) -> ExportRow {
    let first = &report.quotes[item.first()];
    let speaker = first.speaker.as_deref().and_then(|id| report.speaker(id));
    let note = utterance_note(report, item);
    let note_text = note
        .and_then(|n| report.source_note(n))
        .map(|source| match note.and_then(|n| report.note(n)) {
            Some(cited) if cited.n != source.n => {
                format!("{} (= note {}: {})", cited.text, source.n, source.text)
            }
            _ => source.text.clone(),
        })
        .unwrap_or_default();
    let confidence = match (first.confidence, &first.reason) {
        (Some(c), Some(reason)) => format!("{}: {reason}", c.key()),
        (Some(c), None) => c.key().to_owned(),
        (None, _) => String::new(),
    };
    ExportRow {
        id: first.id.clone(),
        quote: utterance_text(report, item),
        speaker: speaker.map_or_else(|| "Unknown speaker".to_owned(), |s| s.name.clone()),
        role: speaker.and_then(|s| s.role.clone()).unwrap_or_default(),
        faction: report
            .faction_of(first)
            .map(|f| f.name.clone())
            .unwrap_or_default(),
        section: report
            .section(&first.section)
            .map(|s| s.label().to_owned())
            .unwrap_or_default(),
        line: first.line,
        note,
        note_text,
        confidence,
        link: format!("{link_base}{}", state.permalink(&first.id).href()),
    }
}

/// The rows of the quotes a result holds, in reading order.
pub fn rows(
    report: &Report,
    index: &FacetIndex,
    result: &FacetResult,
    link_base: &str,
    state: &ViewState,
) -> Vec<ExportRow> {
    result
        .matches
        .iter()
        .map(|i| row(report, &index.items[i], link_base, state))
        .collect()
}

/// Rows as CSV with a byte-order mark and a header line.
pub fn to_csv(rows: &[ExportRow]) -> String {
    let mut out = String::from(
        "\u{feff}id,quote,speaker,role,faction,section,line,note,note_text,confidence,link\r\n",
    );
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
            &r.confidence,
            &r.link,
        ];
        let line: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

/// Rows as a JSON array of objects (keys as in the CSV header; a missing note is `null`),
/// indented for people who open the file.
pub fn to_json(rows: &[ExportRow]) -> String {
    let mut out = String::from("[");
    for (i, r) in rows.iter().enumerate() {
        out.push_str(if i == 0 { "\n  {" } else { ",\n  {" });
        let note = r.note.map_or("null".to_owned(), |n| n.to_string());
        let fields: [(&str, String); 11] = [
            ("id", json_string(&r.id)),
            ("quote", json_string(&r.quote)),
            ("speaker", json_string(&r.speaker)),
            ("role", json_string(&r.role)),
            ("faction", json_string(&r.faction)),
            ("section", json_string(&r.section)),
            ("line", r.line.to_string()),
            ("note", note),
            ("note_text", json_string(&r.note_text)),
            ("confidence", json_string(&r.confidence)),
            ("link", json_string(&r.link)),
        ];
        for (k, (key, value)) in fields.iter().enumerate() {
            out.push_str(if k == 0 { "\n    " } else { ",\n    " });
            out.push_str(&json_string(key));
            out.push_str(": ");
            out.push_str(value);
        }
        out.push_str("\n  }");
    }
    out.push_str(if rows.is_empty() { "]\n" } else { "\n]\n" });
    out
}

/// A JSON string literal.
fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A file name that says what an export holds: the report and the filters, e.g.
/// `fall-of-aleppo-levant-front.csv`, `fall-of-aleppo-search-russia.json`.
pub fn file_name(report_name: &str, state: &ViewState, extension: &str) -> String {
    let mut parts = vec![crate::text::slug(report_name)];
    for &facet in Facet::ALL {
        parts.extend(state.query.values(facet).iter().cloned());
    }
    let search = crate::text::slug(&state.query.text);
    if !search.is_empty() {
        parts.push(format!("search-{search}"));
    }
    let mut name = parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if name.len() > 100 {
        let cut = (0..=100)
            .rev()
            .find(|&i| name.is_char_boundary(i))
            .unwrap_or(0);
        name.truncate(cut);
        name = name.trim_end_matches('-').to_owned();
    }
    if name.is_empty() {
        name.push_str("quotes");
    }
    format!("{name}.{extension}")
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

/// A citation of one quote (every segment) for pasting into an article or a note.
pub fn citation(report: &Report, item: &Utterance, link_base: &str, state: &ViewState) -> String {
    let r = row(report, item, link_base, state);
    let mut who = r.speaker.clone();
    if !r.faction.is_empty() && r.faction != r.speaker {
        who.push_str(&format!(" ({})", r.faction));
    }
    let words = item
        .segments
        .iter()
        .map(|&q| {
            format!(
                "“{}”",
                report.quotes[q].text.trim().trim_end_matches(',').trim()
            )
        })
        .collect::<Vec<_>>()
        .join(" … ");
    let mut text = format!("{words} — {who}");
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
            confidence: "high".into(),
            link: "https://x/?quote=a".into(),
        }];
        let csv = to_csv(&rows);
        assert!(
            csv.starts_with("\u{feff}id,quote,"),
            "a byte-order mark, then the header"
        );
        assert!(csv.contains("\"He said, \"\"no\"\"\""), "{csv}");
        assert!(csv.contains(",'=cmd(),"), "{csv}");
        assert!(csv.contains("\"line\nbreak\""), "{csv}");
    }

    #[test]
    fn a_citation_names_speaker_faction_section_and_note() {
        let report = crate::parse("Intro.\n\n“Hold,” said Jane Roe, a commander of the Hill Front. “We stay.”1\n\nNotes\n\n1. Jane Roe, interview with the author, Signal, May 2020.").report;
        let index = FacetIndex::new(&report);
        let state = ViewState {
            report: Some("hill-country".into()),
            embed: true,
            ..ViewState::default()
        };
        let text = citation(
            &report,
            &index.items[0],
            "https://example.org/explorer/",
            &state,
        );
        assert_eq!(
            text,
            "“Hold” … “We stay.” — Jane Roe (Hill Front). Untitled report, section “Opening”, note 1: Jane Roe, interview with the author, Signal, May 2020. https://example.org/explorer/?report=hill-country&quote=hold"
        );
    }

    #[test]
    fn json_rows_read_back_with_a_standard_parser() {
        let row = ExportRow {
            id: "a".into(),
            quote: "He said, \"no\" \\ and\nthen\u{1}".into(),
            speaker: "Abū Bakr’s".into(),
            role: String::new(),
            faction: "F".into(),
            section: "S".into(),
            line: 3,
            note: None,
            note_text: String::new(),
            confidence: "low: a guess".into(),
            link: "https://x/?quote=a".into(),
        };
        let json = to_json(&[row.clone(), row.clone()]);
        let back: Vec<ExportRow> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, [row.clone(), row]);
        assert_eq!(to_json(&[]), "[]\n");
    }

    #[test]
    fn a_file_name_says_the_report_and_the_filters() {
        let mut state = ViewState::default();
        assert_eq!(
            file_name("fall-of-aleppo", &state, "csv"),
            "fall-of-aleppo.csv"
        );
        state.query.select(Facet::Faction, "levant-front");
        state.query.select(Facet::Faction, "civilians");
        state.query.text = "Russia’s war".into();
        assert_eq!(
            file_name("fall-of-aleppo", &state, "json"),
            "fall-of-aleppo-civilians-levant-front-search-russias-war.json"
        );
        state.query.text = "x".repeat(300);
        assert!(file_name("r", &state, "csv").len() <= 104);
    }
}
