//! What the commands print.

use anyhow::Result;
use explorer_core::{NoteKind, Parsed, QuoteKind, Severity};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

/// The whole model as JSON.
pub fn json(out: &mut impl Write, parsed: &Parsed) -> Result<()> {
    serde_json::to_writer_pretty(&mut *out, parsed)?;
    writeln!(out)?;
    Ok(())
}

/// Counts of what the report holds.
pub fn summary(out: &mut impl Write, parsed: &Parsed) -> Result<()> {
    let r = &parsed.report;
    let count = |kind: QuoteKind| r.quotes.iter().filter(|q| q.kind == kind).count();
    let notes = |kind: NoteKind| r.notes.iter().filter(|n| n.kind == kind).count();
    let warnings = parsed
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Warning)
        .count();
    writeln!(out, "title: {}", r.title)?;
    writeln!(out, "sections: {}", r.sections.len())?;
    writeln!(
        out,
        "quotes: {} (speech {}, scare {}, title {})",
        r.quotes.len(),
        count(QuoteKind::Speech),
        count(QuoteKind::Scare),
        count(QuoteKind::Title)
    )?;
    writeln!(out, "speakers: {}", r.speakers.len())?;
    writeln!(out, "factions: {}", r.factions.len())?;
    writeln!(
        out,
        "notes: {} (interview {}, publication {}, ibid {})",
        r.notes.len(),
        notes(NoteKind::Interview),
        notes(NoteKind::Publication),
        notes(NoteKind::Ibid)
    )?;
    writeln!(
        out,
        "diagnostics: {} ({warnings} warnings)",
        parsed.diagnostics.len()
    )?;
    Ok(())
}

/// Diagnostics, one per line, as `FILE:LINE: severity: message [code]`.
pub fn check(out: &mut impl Write, file: &Path, parsed: &Parsed) -> Result<()> {
    for d in &parsed.diagnostics {
        let severity = match d.severity {
            Severity::Info => "info",
            Severity::Warning => "warning",
        };
        writeln!(
            out,
            "{}:{}: {severity}: {} [{}]",
            file.display(),
            d.line,
            d.message,
            d.code
        )?;
    }
    Ok(())
}

/// Speech quotes per faction, speaker and section.
pub fn stats(out: &mut impl Write, parsed: &Parsed) -> Result<()> {
    let r = &parsed.report;
    let mut by_faction: BTreeMap<String, usize> = BTreeMap::new();
    let mut by_speaker: BTreeMap<String, usize> = BTreeMap::new();
    for q in r.speech() {
        let faction = r
            .faction_of(q)
            .map_or("(no faction)".to_owned(), |f| f.name.clone());
        *by_faction.entry(faction).or_default() += 1;
        let speaker = q
            .speaker
            .as_deref()
            .and_then(|id| r.speaker(id))
            .map_or("(unknown)".to_owned(), |s| s.name.clone());
        *by_speaker.entry(speaker).or_default() += 1;
    }
    let mut table = |title: &str, rows: Vec<(String, usize)>| -> Result<()> {
        writeln!(out, "{title}")?;
        for (name, n) in rows {
            writeln!(out, "  {n:>4}  {name}")?;
        }
        Ok(())
    };
    let sorted = |map: BTreeMap<String, usize>| {
        let mut rows: Vec<(String, usize)> = map.into_iter().collect();
        rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        rows
    };
    table("speech quotes per faction", sorted(by_faction))?;
    table("speech quotes per speaker", sorted(by_speaker))?;
    let sections = r
        .sections
        .iter()
        .map(|s| {
            (
                s.label().to_owned(),
                r.speech().filter(|q| q.section == s.id).count(),
            )
        })
        .collect();
    table("speech quotes per section", sections)?;
    Ok(())
}
