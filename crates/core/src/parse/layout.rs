//! Layout: lines into blocks (title, headings, paragraphs, captions, pull quotes...) and sections.
//!
//! Blank lines separate groups of lines. A group is either hard-wrapped prose (joined into one
//! paragraph) or a stack of short units such as a caption label over its caption. Headings are
//! recognised by shape, not markup: a short line standing alone, without closing punctuation.

use super::lexicon;
use crate::model::{Block, BlockKind, Diagnostic, Section, SectionKind};
use crate::text;

/// The report's layout before quotes are found.
#[derive(Debug, Default)]
pub(crate) struct Layout {
    /// Title line, if the report opens with one.
    pub title: Option<String>,
    /// Byline text, if a byline follows the title.
    pub byline: Option<String>,
    /// Sections in order.
    pub sections: Vec<Section>,
    /// Blocks in reading order, note entries included.
    pub blocks: Vec<Block>,
    /// Raw note entries: (number, line, text without the number).
    pub note_entries: Vec<(u32, u32, String)>,
    /// Per block, the byte offsets in its text where a further physical line starts.
    pub breaks: Vec<Vec<usize>>,
}

/// One physical line.
#[derive(Clone, Copy, Debug)]
struct Line<'a> {
    no: u32,
    text: &'a str,
}

/// A logical unit made from one or more lines.
#[derive(Debug)]
struct Unit {
    kind: BlockKind,
    line: u32,
    end_line: u32,
    text: String,
    repeats_line: Option<u32>,
    breaks: Vec<usize>,
}

/// Lays out `source` into blocks and sections.
pub(crate) fn layout(source: &str, diagnostics: &mut Vec<Diagnostic>) -> Layout {
    let lines: Vec<Line<'_>> = source
        .trim_start_matches('\u{feff}')
        .split('\n')
        .enumerate()
        .map(|(i, text)| Line {
            no: line_number(i),
            text: text.trim_end_matches('\r'),
        })
        .collect();
    let groups = groups(&lines);
    let notes_at = groups.iter().position(|g| is_notes_heading_group(g));

    let body_groups = &groups[..notes_at.unwrap_or(groups.len())];
    let indented_share = share_indented(body_groups);
    let mut units = Vec::new();
    for (i, group) in body_groups.iter().enumerate() {
        units_of_group(group, i == 0, indented_share < 0.5, &mut units);
    }
    mark_title_and_byline(&mut units);
    mark_pull_quotes(&mut units);

    let mut out = Layout::default();
    if let Some(unit) = units.iter().find(|u| u.kind == BlockKind::Title) {
        out.title = Some(unit.text.clone());
    }
    if let Some(unit) = units.iter().find(|u| u.kind == BlockKind::Byline) {
        out.byline = Some(unit.text.clone());
    }
    build_sections(units, &mut out);

    if let Some(at) = notes_at {
        let heading = groups[at][0];
        let mut entries_end = heading.no;
        out.note_entries = note_entries(&groups[at + 1..], diagnostics, &mut entries_end);
        let section_index = out.sections.len();
        let title = clean_heading(heading.text);
        let mut taken = std::collections::BTreeSet::new();
        taken.extend(out.sections.iter().map(|s| s.id.clone()));
        out.sections.push(Section {
            id: text::unique_id(&text::slug(&title), "notes", &mut taken),
            title: Some(title.clone()),
            kind: SectionKind::Notes,
            heading_line: Some(heading.no),
            start_line: heading.no,
            end_line: entries_end,
            level: 1,
            parent: None,
        });
        out.blocks.push(block(
            BlockKind::Heading,
            heading.no,
            heading.no,
            section_index,
            title,
        ));
        out.breaks.push(Vec::new());
        for (_, line, text) in &out.note_entries {
            out.blocks.push(block(
                BlockKind::NoteEntry,
                *line,
                *line,
                section_index,
                text.clone(),
            ));
            out.breaks.push(Vec::new());
        }
    } else {
        diagnostics.push(Diagnostic::info(
            0,
            "no-notes",
            "No notes list (a heading such as Notes or Endnotes) was found.",
        ));
    }
    out
}

/// A 1-based line number that saturates instead of overflowing.
fn line_number(index: usize) -> u32 {
    u32::try_from(index + 1).unwrap_or(u32::MAX)
}

/// Groups of consecutive non-blank lines.
fn groups<'a>(lines: &[Line<'a>]) -> Vec<Vec<Line<'a>>> {
    let mut groups = Vec::new();
    let mut current = Vec::new();
    for line in lines {
        if line.text.trim().is_empty() {
            if !current.is_empty() {
                groups.push(std::mem::take(&mut current));
            }
        } else {
            current.push(*line);
        }
    }
    if !current.is_empty() {
        groups.push(current);
    }
    groups
}

/// Strips markdown heading marks and surrounding space.
fn clean_heading(text: &str) -> String {
    text.trim()
        .trim_start_matches('#')
        .trim()
        .trim_end_matches(':')
        .trim()
        .to_owned()
}

/// Whether a group is the single line "Notes", "Endnotes", "References"...
fn is_notes_heading_group(group: &[Line<'_>]) -> bool {
    match group {
        [line] if line.text.trim().len() <= 24 => {
            let heading = clean_heading(line.text).to_lowercase();
            lexicon::NOTES_HEADINGS.contains(&heading.as_str())
        }
        _ => false,
    }
}

/// The share of body groups whose lines are all indented (first-line indentation styles).
fn share_indented(groups: &[Vec<Line<'_>>]) -> f32 {
    if groups.is_empty() {
        return 0.0;
    }
    let indented = groups
        .iter()
        .filter(|g| g.iter().all(|l| is_indented(l.text)))
        .count();
    indented as f32 / groups.len() as f32
}

fn is_indented(line: &str) -> bool {
    line.starts_with("  ") || line.starts_with('\t') || line.trim_start().starts_with('>')
}

/// Splits a group into units and gives each a kind.
fn units_of_group(
    group: &[Line<'_>],
    first_group: bool,
    indentation_marks_quotes: bool,
    out: &mut Vec<Unit>,
) {
    let (Some(first), Some(last)) = (group.first(), group.last()) else {
        return;
    };
    if indentation_marks_quotes && group.iter().all(|l| is_indented(l.text)) {
        let mut text = String::new();
        let mut breaks = Vec::new();
        for line in group {
            if !text.is_empty() {
                text.push(' ');
                breaks.push(text.len());
            }
            text.push_str(line.text.trim().trim_start_matches('>').trim());
        }
        out.push(Unit {
            kind: BlockKind::BlockQuote,
            line: first.no,
            end_line: last.no,
            text,
            repeats_line: None,
            breaks,
        });
        return;
    }
    let mut pieces: Vec<(u32, u32, String, Vec<usize>)> = Vec::new();
    let wrapped = is_wrapped_prose(group);
    for line in group {
        let text = line.text.trim();
        match pieces.last_mut() {
            Some((_, end, joined, breaks)) if wrapped || joins(joined, text) => {
                joined.push(' ');
                breaks.push(joined.len());
                joined.push_str(text);
                *end = line.no;
            }
            _ => pieces.push((line.no, line.no, text.to_owned(), Vec::new())),
        }
    }
    if let [(line, end_line, text, breaks)] = pieces.as_slice() {
        let kind = single_unit_kind(text, first_group);
        let (text, breaks) = if kind == BlockKind::Heading {
            (clean_heading(text), Vec::new())
        } else {
            (text.clone(), breaks.clone())
        };
        out.push(Unit {
            kind,
            line: *line,
            end_line: *end_line,
            text,
            repeats_line: None,
            breaks,
        });
        return;
    }
    // Several units stacked without blank lines: a caption group, or a heading over its paragraph.
    let second_is_prose = pieces
        .get(1)
        .is_some_and(|(_, _, t, _)| t.len() > 220 || sentence_count(t) > 2);
    for (i, (line, end_line, text, breaks)) in pieces.into_iter().enumerate() {
        let kind = if i == 0 {
            if has_url(&text) {
                BlockKind::Media
            } else if second_is_prose && is_heading_like(&text) {
                BlockKind::Heading
            } else if is_heading_like(&text) {
                BlockKind::CaptionLabel
            } else {
                single_unit_kind(&text, false)
            }
        } else if second_is_prose {
            BlockKind::Paragraph
        } else if is_credit(&text) {
            BlockKind::Credit
        } else {
            BlockKind::Caption
        };
        let text = if kind == BlockKind::Heading {
            clean_heading(&text)
        } else {
            text
        };
        out.push(Unit {
            kind,
            line,
            end_line,
            text,
            repeats_line: None,
            breaks,
        });
    }
}

/// Whether every line but the last is long enough to be a hard wrap of prose.
fn is_wrapped_prose(group: &[Line<'_>]) -> bool {
    group.len() > 1
        && group[..group.len() - 1].iter().all(|l| {
            let t = l.text.trim();
            t.chars().count() >= 50 && !ends_with_url(t)
        })
}

/// Whether `next` continues the sentence of `previous` (it starts in lower case).
fn joins(previous: &str, next: &str) -> bool {
    !ends_with_url(previous) && next.chars().next().is_some_and(|c| c.is_lowercase())
}

fn ends_with_url(text: &str) -> bool {
    text.split_whitespace()
        .last()
        .is_some_and(|w| w.starts_with("http://") || w.starts_with("https://"))
}

fn has_url(text: &str) -> bool {
    text.contains("http://") || text.contains("https://")
}

/// A rough count of sentences, enough to tell a caption from a paragraph.
fn sentence_count(text: &str) -> usize {
    text.split(". ").count()
}

/// The kind of a unit that stands alone between blank lines.
fn single_unit_kind(text: &str, first_group: bool) -> BlockKind {
    let trimmed = text.trim();
    if trimmed.starts_with('#') {
        return BlockKind::Heading;
    }
    if is_credit(trimmed) {
        return BlockKind::Credit;
    }
    if is_heading_like(trimmed) {
        if is_all_caps(trimmed) && trimmed.split_whitespace().count() > 6 {
            return BlockKind::Media;
        }
        return if first_group {
            BlockKind::Title
        } else {
            BlockKind::Heading
        };
    }
    if trimmed.len() < 600
        && !ends_with_terminal(trimmed)
        && has_url(trimmed)
        && trimmed.chars().count() < 300
    {
        return BlockKind::Media;
    }
    BlockKind::Paragraph
}

/// Whether a line reads as a credit ("Cover Photo: ...", "Source: ...").
fn is_credit(text: &str) -> bool {
    let head: String = text.trim().chars().take(24).collect();
    let lower = head.to_lowercase();
    lexicon::CREDIT_PREFIXES.iter().any(|prefix| {
        lower.strip_prefix(prefix).is_some_and(|rest| {
            let rest = rest.trim_start_matches('s').trim_start();
            rest.starts_with(':') || rest.starts_with("credit:")
        })
    })
}

/// Whether text ends like a sentence (or a quote closing one).
pub(crate) fn ends_with_terminal(text: &str) -> bool {
    let t = text
        .trim_end()
        .trim_end_matches(|c: char| c.is_ascii_digit());
    t.ends_with(['.', '!', '?', ',', ';', ':', '”', '"', '’', ')', '…'])
}

fn is_all_caps(text: &str) -> bool {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    !letters.is_empty() && letters.iter().all(|c| !c.is_lowercase())
}

/// Whether a line has the shape of a heading or label: short, capitalized, no closing punctuation.
pub(crate) fn is_heading_like(text: &str) -> bool {
    if text.len() > 400 {
        return false;
    }
    let t = text.trim().trim_start_matches('#').trim();
    let words = t.split_whitespace().count();
    if t.is_empty() || t.chars().count() > 100 || words > 14 || has_url(t) {
        return false;
    }
    let Some(first) = t.chars().next() else {
        return false;
    };
    if !(first.is_uppercase() || first.is_ascii_digit() || first == '‘' || first == '\'') {
        return false;
    }
    if t.ends_with('?') {
        // A question is a heading only when title-cased ("What Went Wrong?").
        let capitalized = t
            .split_whitespace()
            .filter(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
            .count();
        return capitalized * 2 >= words;
    }
    !ends_with_terminal(t)
}

/// The first unit is the title when it looks like a heading; a "By ..." or date line under it is the byline.
fn mark_title_and_byline(units: &mut [Unit]) {
    let Some(first) = units.first() else { return };
    if first.kind != BlockKind::Title {
        return;
    }
    if let Some(next) = units.get_mut(1) {
        let lower = next.text.to_lowercase();
        let short = next.text.chars().count() <= 120;
        if short
            && (lower.starts_with("by ")
                || (next.kind != BlockKind::Paragraph && has_month(&next.text))
                || is_date_line(&next.text))
        {
            next.kind = BlockKind::Byline;
        }
    }
}

fn has_month(text: &str) -> bool {
    text.split(|c: char| !c.is_alphabetic())
        .any(|w| lexicon::MONTHS.contains(&w))
}

fn is_date_line(text: &str) -> bool {
    has_month(text)
        && text.split_whitespace().count() <= 4
        && text.chars().any(|c| c.is_ascii_digit())
}

/// One-sentence paragraphs that repeat a sentence of a nearby paragraph are pull quotes;
/// captions that repeat a nearby line are marked as repeats.
fn mark_pull_quotes(units: &mut [Unit]) {
    const WINDOW: usize = 4;
    for i in 0..units.len() {
        let candidate = match units[i].kind {
            BlockKind::Paragraph => is_single_sentence(&units[i].text),
            BlockKind::Caption => true,
            _ => false,
        };
        if !candidate {
            continue;
        }
        // Pull quotes repeat their source verbatim; only the first letter's case may differ.
        let needle_full = units[i]
            .text
            .trim()
            .trim_end_matches(['.', '!', '?', '”', '"'])
            .trim();
        let needle = needle_full
            .char_indices()
            .nth(1)
            .map_or("", |(k, _)| &needle_full[k..]);
        if needle.chars().count() < 20 {
            continue;
        }
        let lo = i.saturating_sub(WINDOW);
        let hi = (i + WINDOW + 1).min(units.len());
        let source = (lo..hi).filter(|&j| j != i).find(|&j| {
            let other = &units[j];
            let eligible = match units[i].kind {
                BlockKind::Paragraph => {
                    other.kind == BlockKind::Paragraph && other.text.len() > units[i].text.len()
                }
                _ => matches!(
                    other.kind,
                    BlockKind::Media | BlockKind::Paragraph | BlockKind::CaptionLabel
                ),
            };
            eligible && other.text.contains(needle)
        });
        if let Some(j) = source {
            if units[i].kind == BlockKind::Paragraph {
                units[i].kind = BlockKind::PullQuote;
            }
            units[i].repeats_line = Some(units[j].line);
        }
    }
}

fn is_single_sentence(text: &str) -> bool {
    let t = text.trim();
    t.chars().count() <= 300
        && ends_with_terminal(t)
        && !t.contains(['“', '"'])
        && !t.trim_end_matches(['.', '!', '?']).contains(". ")
}

/// Builds sections from headings and blocks from units.
///
/// Text before the first heading forms the untitled opening section; a title and byline with no
/// text after them join the first titled section instead.
fn build_sections(units: Vec<Unit>, out: &mut Layout) {
    let mut taken = std::collections::BTreeSet::new();
    let opens_with_text = units
        .iter()
        .take_while(|u| u.kind != BlockKind::Heading)
        .any(|u| !matches!(u.kind, BlockKind::Title | BlockKind::Byline));
    let has_heading = units.iter().any(|u| u.kind == BlockKind::Heading);
    if opens_with_text || !has_heading {
        let line = units.first().map_or(1, |u| u.line);
        out.sections.push(Section {
            id: text::unique_id("opening", "opening", &mut taken),
            title: None,
            kind: SectionKind::Front,
            heading_line: None,
            start_line: line,
            end_line: line,
            level: 1,
            parent: None,
        });
    }
    let mut pending = Vec::new();
    for unit in units {
        if unit.kind == BlockKind::Heading {
            out.sections.push(Section {
                id: text::unique_id(&text::slug(&unit.text), "section", &mut taken),
                title: Some(unit.text.clone()),
                kind: SectionKind::Body,
                heading_line: Some(unit.line),
                start_line: pending.first().map_or(unit.line, |u: &Unit| u.line),
                end_line: unit.end_line,
                level: 1,
                parent: None,
            });
        }
        if out.sections.is_empty() {
            pending.push(unit);
            continue;
        }
        let section = out.sections.len() - 1;
        for unit in pending.drain(..).chain(std::iter::once(unit)) {
            if let Some(s) = out.sections.get_mut(section) {
                s.end_line = s.end_line.max(unit.end_line);
            }
            let mut b = block(unit.kind, unit.line, unit.end_line, section, unit.text);
            b.repeats_line = unit.repeats_line;
            out.blocks.push(b);
            out.breaks.push(unit.breaks);
        }
    }
}

/// A block with no spans yet.
fn block(kind: BlockKind, line: u32, end_line: u32, section: usize, text: String) -> Block {
    Block {
        kind,
        line,
        end_line,
        section,
        text,
        repeats_line: None,
        quote_spans: Vec::new(),
        note_markers: Vec::new(),
    }
}

/// Parses the numbered entries of a notes list; unnumbered lines continue the entry above.
fn note_entries(
    groups: &[Vec<Line<'_>>],
    diagnostics: &mut Vec<Diagnostic>,
    end_line: &mut u32,
) -> Vec<(u32, u32, String)> {
    let mut entries: Vec<(u32, u32, String)> = Vec::new();
    for line in groups.iter().flatten() {
        *end_line = line.no;
        match note_number(line.text) {
            Some((n, rest)) => {
                if let Some((previous, _, _)) = entries.last()
                    && n != previous + 1
                {
                    diagnostics.push(Diagnostic::warning(
                            line.no,
                            "note-numbering",
                            format!("Note {n} follows note {previous}; notes are expected in order without gaps."),
                        ));
                }
                entries.push((n, line.no, rest.trim().to_owned()));
            }
            None => match entries.last_mut() {
                Some((_, _, text)) => {
                    text.push(' ');
                    text.push_str(line.text.trim());
                }
                None => diagnostics.push(Diagnostic::warning(
                    line.no,
                    "note-unnumbered",
                    "A line in the notes list has no note number and no note above it to continue.",
                )),
            },
        }
    }
    entries
}

/// Reads "12. Text", "12) Text", "[12] Text" or "12 Text" into the number and the text.
pub(crate) fn note_number(line: &str) -> Option<(u32, &str)> {
    let t = line.trim_start();
    let (inner, rest) = if let Some(after) = t.strip_prefix('[') {
        let close = after.find(']')?;
        (&after[..close], &after[close + 1..])
    } else {
        let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
        let rest = &t[digits..];
        let rest = rest
            .strip_prefix('.')
            .or_else(|| rest.strip_prefix(')'))
            .unwrap_or(rest);
        if !rest.starts_with(char::is_whitespace) {
            return None;
        }
        (&t[..digits], rest)
    };
    if inner.is_empty() || inner.len() > 4 || !inner.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    Some((inner.parse().ok()?, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(source: &str) -> Vec<(u32, BlockKind)> {
        layout(source, &mut Vec::new())
            .blocks
            .iter()
            .map(|b| (b.line, b.kind))
            .collect()
    }

    #[test]
    fn a_short_line_between_blank_lines_is_a_heading() {
        let source = "The war went on. It was long.\n\nInternal Rot\n\nMore text here.";
        assert_eq!(
            kinds(source),
            vec![
                (1, BlockKind::Paragraph),
                (3, BlockKind::Heading),
                (5, BlockKind::Paragraph)
            ]
        );
    }

    #[test]
    fn a_label_over_a_caption_is_a_caption_group() {
        let source = "Text.\n\nOmar Salkhou\nA commander speaks in an interview.\n\nMore.";
        assert_eq!(
            kinds(source)[1..3],
            [(3, BlockKind::CaptionLabel), (4, BlockKind::Caption)]
        );
    }

    #[test]
    fn hard_wrapped_lines_join_into_one_paragraph() {
        let source = "This paragraph was wrapped by an editor at a fixed width of sixty\ncharacters and goes on here. It ends on the third line of\nthe group.";
        let layout = layout(source, &mut Vec::new());
        assert_eq!(layout.blocks.len(), 1);
        assert_eq!(layout.blocks[0].end_line, 3);
        assert!(layout.blocks[0].text.contains("sixty characters"));
    }

    #[test]
    fn a_repeated_sentence_is_a_pull_quote() {
        let source = "Intro.\n\nThey were facing a regime whose allies would do anything.\n\nThe rebels were outgunned. They were facing a regime whose allies would do anything. The end.";
        let layout = layout(source, &mut Vec::new());
        assert_eq!(layout.blocks[1].kind, BlockKind::PullQuote);
        assert_eq!(layout.blocks[1].repeats_line, Some(5));
    }

    #[test]
    fn notes_lists_take_several_numbering_styles() {
        for (heading, entry) in [
            ("Notes", "1. A note."),
            ("Endnotes", "[1] A note."),
            ("References", "1) A note."),
        ] {
            let source = format!("Body.1\n\n{heading}\n\n{entry}\n[2] Second.");
            let layout = layout(&source, &mut Vec::new());
            assert_eq!(layout.note_entries.len(), 2, "{heading}");
            assert_eq!(layout.note_entries[0].2, "A note.");
        }
    }

    #[test]
    fn a_title_and_byline_open_the_report() {
        let layout = layout(
            "Trouble in the Hills\n\nBy Jane Roe, March 3, 2020\n\nText.",
            &mut Vec::new(),
        );
        assert_eq!(layout.title.as_deref(), Some("Trouble in the Hills"));
        assert_eq!(layout.byline.as_deref(), Some("By Jane Roe, March 3, 2020"));
    }
}
