//! Layout: lines into blocks (title, headings, paragraphs, captions, pull quotes...), sections
//! with their levels and parents, and the raw entries of the notes list.
//!
//! Blank lines separate groups of lines. A group is either hard-wrapped prose (joined into one
//! paragraph), a bulleted list (a paragraph per item) or a stack of short units such as a
//! caption label over its caption. Headings are
//! recognised by shape, not markup: a short line standing alone, without closing punctuation,
//! possibly numbered ("IV.", "A.", "3.1", "a.", "i."). The notes list is found under a heading
//! ("Notes", "ENDNOTES", "References"...) or, with no heading, as the run of numbered lines that
//! ends the file.

use super::ids::Ids;
use super::lexicon;
use crate::model::{Block, BlockKind, Diagnostic, Section, SectionKind};
use crate::text::{self, TrimQuick, WordsQuick, lower_case};

/// The report's layout before quotes are found.
#[derive(Debug, Default)]
pub(crate) struct Layout {
    /// Title line, if the report opens with one.
    pub title: Option<String>,
    /// Byline text, if a byline follows the title.
    pub byline: Option<String>,
    /// Sections in order, with levels and parents.
    pub sections: Vec<Section>,
    /// Blocks in reading order, note entries included.
    pub blocks: Vec<LaidBlock>,
    /// The entries of the notes list, in order.
    pub note_entries: Vec<NoteEntry>,
}

/// A block with the places where its physical lines start.
#[derive(Debug)]
pub(crate) struct LaidBlock {
    /// The block (no spans yet).
    pub block: Block,
    /// Byte offsets in the block's text where a further physical line starts.
    pub breaks: Vec<usize>,
}

/// One entry of the notes list, its number stripped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct NoteEntry {
    /// The note number.
    pub n: u32,
    /// The line the entry starts on.
    pub line: u32,
    /// The entry's text without its number (continuation lines joined).
    pub text: String,
}

/// One physical line.
#[derive(Clone, Copy, Debug)]
struct Line<'a> {
    no: u32,
    text: &'a str,
}

/// One or more lines joined into one piece of text, with where each further line starts.
#[derive(Debug)]
struct Piece {
    line: u32,
    end_line: u32,
    text: String,
    breaks: Vec<usize>,
}

impl Piece {
    /// A piece of one line, trimmed.
    fn of_line(line: &Line<'_>) -> Self {
        Piece {
            line: line.no,
            end_line: line.no,
            text: line.text.trim_quick().to_owned(),
            breaks: Vec::new(),
        }
    }
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
    /// For a heading, its numbering ("IV.", "3.1"), if any.
    numbering: Option<Numbering>,
}

/// Where the notes list is: after a heading line, or a headingless run of numbered lines.
#[derive(Debug)]
struct NotesList {
    /// Index of the first group of the list (entries).
    first_group: usize,
    /// The heading line, if the list has one.
    heading: Option<(u32, String)>,
}

/// The fewest entries a notes list without a heading must have.
const MIN_HEADINGLESS_NOTES: usize = 3;

/// Lays out `source` into blocks and sections.
pub(crate) fn layout(source: &str, diagnostics: &mut Vec<Diagnostic>) -> Layout {
    let lines: Vec<Line<'_>> = split_at_feeds(source.trim_start_matches('\u{feff}'))
        .enumerate()
        .map(|(i, text)| Line {
            no: line_number(i),
            text: text.trim_end_matches('\r'),
        })
        .collect();
    let groups = groups(&lines);
    let notes = find_notes_list(&groups, source);

    let body_end = notes.as_ref().map_or(groups.len(), |n| match n.heading {
        Some(_) if n.first_group > 0 && is_notes_heading_group(groups[n.first_group - 1]) => {
            n.first_group - 1
        }
        _ => n.first_group,
    });
    let body_groups = &groups[..body_end];
    let indented_share = share_indented(body_groups);
    let mut units = Vec::new();
    for (i, group) in body_groups.iter().enumerate() {
        // A chapter's own notes under a "Notes" heading in the body are no list of the text's.
        let chapter_notes = i > 0 && is_notes_heading_group(body_groups[i - 1]);
        units_of_group(
            group,
            i == 0,
            indented_share < 0.5,
            chapter_notes,
            &mut units,
        );
    }
    mark_title_and_byline(&mut units);
    mark_front_matter(&mut units);
    mark_captions_before_credits(&mut units);
    mark_pull_quotes(&mut units);

    let mut out = Layout::default();
    if let Some(unit) = units.iter().find(|u| u.kind == BlockKind::Title) {
        out.title = Some(unit.text.clone());
    }
    if let Some(unit) = units.iter().find(|u| u.kind == BlockKind::Byline) {
        out.byline = Some(unit.text.clone());
    }
    build_sections(units, &mut out);

    match notes {
        Some(list) => {
            let listed = &groups[list.first_group..];
            let (entry_groups, bibliography) =
                listed.split_at(bibliography_start(listed).unwrap_or(listed.len()));
            let mut entries_end = entry_groups
                .first()
                .and_then(|g| g.first())
                .map_or(0, |l| l.no);
            out.note_entries = note_entries(entry_groups, diagnostics, &mut entries_end);
            add_notes_section(&mut out, list.heading, entries_end);
            add_bibliography_section(&mut out, bibliography);
        }
        None => diagnostics.push(Diagnostic::info(
            0,
            "no-notes",
            "No notes list (a heading such as Notes or Endnotes, or numbered lines ending the file) was found.",
        )),
    }
    out
}

/// Appends the notes section, its heading block and one block per entry.
fn add_notes_section(out: &mut Layout, heading: Option<(u32, String)>, entries_end: u32) {
    let section_index = out.sections.len();
    let first_entry_line = out.note_entries.first().map_or(entries_end, |e| e.line);
    let start_line = heading.as_ref().map_or(first_entry_line, |(line, _)| *line);
    let title = heading
        .as_ref()
        .map_or_else(|| "Notes".to_owned(), |(_, title)| title.clone());
    let mut ids = Ids::default();
    for section in &out.sections {
        ids.reserve(&section.id);
    }
    out.sections.push(Section {
        id: ids.unique(text::slug(&title), "notes"),
        title: Some(title.clone()),
        kind: SectionKind::Notes,
        heading_line: heading.as_ref().map(|(line, _)| *line),
        start_line,
        end_line: entries_end.max(start_line),
        level: 1,
        parent: None,
    });
    if let Some((line, _)) = heading {
        out.blocks
            .push(laid(BlockKind::Heading, line, line, section_index, title));
    }
    for entry in &out.note_entries {
        let entry_block = laid(
            BlockKind::NoteEntry,
            entry.line,
            entry.line,
            section_index,
            entry.text.clone(),
        );
        out.blocks.push(entry_block);
    }
}

/// Where a bibliography starts after the notes: a heading alone in its group ("References",
/// "Bibliography", "Sources") whose next line is no numbered note.
fn bibliography_start(groups: &[&[Line<'_>]]) -> Option<usize> {
    (1..groups.len()).find(|&i| {
        let heading = matches!(groups[i], [line]
            if is_notes_heading(line.text) || is_bibliography_heading(line.text));
        let numbered_after = groups
            .get(i + 1)
            .and_then(|g| g.first())
            .is_some_and(|l| note_number(l.text).is_some());
        heading && !numbered_after
    })
}

/// Whether a line heads a list of sources that are not notes: "Bibliography", "Works cited".
fn is_bibliography_heading(line: &str) -> bool {
    lexicon::is_one_of(&clean_heading(line), lexicon::BIBLIOGRAPHY_HEADINGS)
}

/// Appends the bibliography after the notes as its own section: its heading, then one block
/// per line.
fn add_bibliography_section(out: &mut Layout, groups: &[&[Line<'_>]]) {
    let Some((heading, entries)) = groups.split_first() else {
        return;
    };
    let Some(heading_line) = heading.first() else {
        return;
    };
    let title = clean_heading(heading_line.text);
    let end_line = groups
        .last()
        .and_then(|g| g.last())
        .map_or(heading_line.no, |l| l.no);
    let mut ids = Ids::default();
    for section in &out.sections {
        ids.reserve(&section.id);
    }
    let section_index = out.sections.len();
    out.sections.push(Section {
        id: ids.unique(text::slug(&title), "references"),
        title: Some(title.clone()),
        kind: SectionKind::Body,
        heading_line: Some(heading_line.no),
        start_line: heading_line.no,
        end_line,
        level: 1,
        parent: None,
    });
    out.blocks.push(laid(
        BlockKind::Heading,
        heading_line.no,
        heading_line.no,
        section_index,
        title,
    ));
    for line in entries.iter().copied().flatten() {
        out.blocks.push(laid(
            BlockKind::Reference,
            line.no,
            line.no,
            section_index,
            line.text.trim_quick().to_owned(),
        ));
    }
}

/// The pieces of `text` between line feeds, as `text.split('\n')` gives them, each feed found
/// eight bytes at a time (the standard library's searcher reads a line's first and last bytes
/// one at a time, and most lines are short).
fn split_at_feeds(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let t = rest?;
        match next_feed(t.as_bytes()) {
            Some(k) => {
                rest = Some(&t[k + 1..]);
                Some(&t[..k])
            }
            None => {
                rest = None;
                Some(t)
            }
        }
    })
}

/// Where the first line feed of `bytes` is: sixteen bytes at a time while sixteen are left.
fn next_feed(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // A zero byte of `v ^ feeds` is a feed; the lowest byte so marked is one (a byte above a
    // zero may be marked by the borrow, none below).
    let feeds_in = |at: usize| {
        let mut word = [0; 8];
        word.copy_from_slice(&bytes[at..at + 8]);
        let v = u64::from_le_bytes(word) ^ (ONES * u64::from(b'\n'));
        v.wrapping_sub(ONES) & !v & HIGHS
    };
    let mut at = 0;
    while at + 16 <= bytes.len() {
        let (low, high) = (feeds_in(at), feeds_in(at + 8));
        if low | high != 0 {
            return Some(if low != 0 {
                at + (low.trailing_zeros() / 8) as usize
            } else {
                at + 8 + (high.trailing_zeros() / 8) as usize
            });
        }
        at += 16;
    }
    bytes[at..].iter().position(|&b| b == b'\n').map(|k| at + k)
}

/// A 1-based line number that saturates instead of overflowing.
fn line_number(index: usize) -> u32 {
    u32::try_from(index + 1).unwrap_or(u32::MAX)
}

/// Groups of consecutive non-blank lines. A notes heading with its first entry on the next
/// line ("Notes" then "1. Opening statement …", no blank line between) is a group of its own.
fn groups<'l, 'a>(lines: &'l [Line<'a>]) -> Vec<&'l [Line<'a>]> {
    let mut out = Vec::new();
    for group in lines
        .split(|line| line.text.is_blank())
        .filter(|group| !group.is_empty())
    {
        match group {
            [heading, entry, ..]
                if (is_notes_heading(heading.text) || is_named_notes_heading(heading.text))
                    && note_number(entry.text).is_some() =>
            {
                let (heading, entries) = group.split_at(1);
                out.push(heading);
                out.push(entries);
            }
            _ => out.push(group),
        }
    }
    out
}

/// Strips markdown heading marks and surrounding space.
fn clean_heading(text: &str) -> String {
    text.trim_quick()
        .trim_start_matches('#')
        .trim_quick()
        .trim_end_matches(':')
        .trim_quick()
        .to_owned()
}

/// Whether a line is a notes heading: "Notes", "ENDNOTES", "References"...
fn is_notes_heading(line: &str) -> bool {
    if line.trim_quick().len() > 32 {
        return false;
    }
    let heading = lower_case(&clean_heading(line));
    lexicon::NOTES_HEADINGS.contains(&heading.as_str())
}

/// Whether a line is a notes heading that names whose notes they are ("Factline notes",
/// "Northmarch Verify notes"): a few capitalized words, then a notes word. Such a heading
/// opens the notes list only when numbered entries follow it to the end of the file.
fn is_named_notes_heading(line: &str) -> bool {
    /// The most words of the name before the notes word.
    const MAX_NAME_WORDS: usize = 3;
    if line.trim_quick().len() > 32 {
        return false;
    }
    let heading = clean_heading(line);
    let words: Vec<&str> = heading.split_whitespace().collect();
    let Some((last, name)) = words.split_last() else {
        return false;
    };
    !name.is_empty()
        && name.len() <= MAX_NAME_WORDS
        && name.iter().all(|w| w.starts_with(char::is_uppercase))
        && lexicon::NOTES_HEADINGS.contains(&lower_case(last).as_str())
}

/// Whether a group is a notes heading alone.
fn is_notes_heading_group(group: &[Line<'_>]) -> bool {
    matches!(group, [line] if is_notes_heading(line.text))
}

/// Finds the notes list: the last notes heading followed by numbered entries, else a run of
/// consecutively numbered lines that ends the file and whose first number is cited in the body.
fn find_notes_list(groups: &[&[Line<'_>]], source: &str) -> Option<NotesList> {
    // A heading alone on its line, then entries (the last such heading wins: a "Notes" heading
    // inside the body is rarer than a notes list at the end).
    let headed = groups.iter().enumerate().rev().find_map(|(i, g)| {
        let first = g.first()?;
        let entries_to_the_end = || {
            groups[i + 1..]
                .iter()
                .all(|n| n.first().is_some_and(|l| note_number(l.text).is_some()))
        };
        let named = g.len() == 1 && is_named_notes_heading(first.text) && entries_to_the_end();
        if !(is_notes_heading(first.text) || named) {
            return None;
        }
        let heading = Some((first.no, clean_heading(first.text)));
        if g.len() == 1 {
            let next_is_entry = groups
                .get(i + 1)
                .and_then(|n| n.first())
                .is_some_and(|l| note_number(l.text).is_some());
            // A heading with nothing numbered after it still ends the body (an empty list).
            let at_end = i + 1 == groups.len();
            return (next_is_entry || at_end).then_some(NotesList {
                first_group: i + 1,
                heading,
            });
        }
        None
    });
    if headed.is_some() {
        return headed;
    }
    headingless_notes(groups, source)
}

/// The run of consecutively numbered lines at the end of the file, when the body cites its
/// first number.
fn headingless_notes(groups: &[&[Line<'_>]], source: &str) -> Option<NotesList> {
    let mut first_group = groups.len();
    let mut numbers: Vec<u32> = Vec::new();
    for (i, group) in groups.iter().enumerate().rev() {
        let entries: Vec<u32> = group
            .iter()
            .filter_map(|l| note_number(l.text).map(|(n, _)| n))
            .collect();
        let first_is_entry = group.first().is_some_and(|l| note_number(l.text).is_some());
        if !first_is_entry || entries.is_empty() {
            break;
        }
        let mut merged = entries;
        merged.extend(numbers.iter().copied());
        numbers = merged;
        first_group = i;
    }
    let consecutive = numbers.windows(2).all(|w| w[1] == w[0] + 1);
    let first = *numbers.first()?;
    if numbers.len() < MIN_HEADINGLESS_NOTES || !consecutive || first_group == 0 {
        return None;
    }
    // "46. Ms Carrow describes you …" before "Sentence" and "47. Mr Marle, please stand.": the
    // body's own numbered paragraphs, going on to the end, are no notes list.
    let numbered_body = first > 1
        && groups[..first_group].iter().any(|group| {
            group
                .first()
                .and_then(|l| note_number(l.text))
                .is_some_and(|(n, _)| n == first - 1)
        });
    if numbered_body {
        return None;
    }
    let body_end = groups[first_group][0].no;
    let body: String = source
        .split('\n')
        .take(usize::try_from(body_end).unwrap_or(0).saturating_sub(1))
        .collect::<Vec<_>>()
        .join("\n");
    cites(&body, first).then_some(NotesList {
        first_group,
        heading: None,
    })
}

/// Whether the text holds `n` as an endnote marker: "[n]", or the digits glued after a word or
/// a punctuation mark.
fn cites(text: &str, n: u32) -> bool {
    let digits = n.to_string();
    if text.contains(&format!("[{digits}]")) {
        return true;
    }
    text.match_indices(&digits).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + digits.len()..].chars().next();
        let glued = before.is_some_and(|c| !c.is_whitespace() && !c.is_ascii_digit() && c != '$');
        let ends = after.is_none_or(|c| !c.is_ascii_digit() && !c.is_alphabetic());
        glued && ends
    })
}

/// The share of body groups whose lines are all indented (first-line indentation styles).
fn share_indented(groups: &[&[Line<'_>]]) -> f32 {
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
    chapter_notes: bool,
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
            text.push_str(line.text.trim_quick().trim_start_matches('>').trim_quick());
        }
        out.push(Unit {
            kind: BlockKind::BlockQuote,
            line: first.no,
            end_line: last.no,
            text,
            repeats_line: None,
            breaks,
            numbering: None,
        });
        return;
    }
    let mut pieces: Vec<Piece> = Vec::new();
    // A title over its byline is two lines, not one wrapped paragraph; so is a title over a
    // subtitle over a byline ("INDEPENDENT REVIEW OF …" / "Final Report to the Board of …" /
    // "Clare Penhaligon KC | 9 March 2026").
    let masthead = first_group
        && match group {
            [_, byline] => byline_like(byline.text.trim_quick()),
            [title, subtitle, byline] => {
                byline_like(byline.text.trim_quick())
                    && !ends_with_terminal(title.text.trim_quick())
                    && !ends_with_terminal(subtitle.text.trim_quick())
            }
            _ => false,
        };
    // "• A finding\n• Another": a list's items, each a paragraph of its own.
    // A chapter's notes are read as captions, none of the body's words (the notes list is the
    // report's last; see `find_notes_list`).
    if chapter_notes && group.iter().all(|l| note_number(l.text).is_some()) {
        out.extend(group.iter().map(|line| Unit {
            kind: BlockKind::Caption,
            line: line.no,
            end_line: line.no,
            text: line.text.trim_quick().to_owned(),
            repeats_line: None,
            breaks: Vec::new(),
            numbering: None,
        }));
        return;
    }
    // Most groups are one line: one piece, read without a list of pieces.
    if let [line] = group {
        let piece = Piece::of_line(line);
        out.push(unit_of(single_unit_kind(&piece.text, first_group), piece));
        return;
    }
    // "LIAM SUTTER, sworn\nQuestioned by THE CORONER\nQ. …\nA. …\nMS LANFEAR: Thank you.": a
    // transcript's turns stacked under the headings of a witness's evidence, each line a unit
    // of its own, as they would be with blank lines between.
    if let Some(lead) = examination_lead(group) {
        for (i, line) in group.iter().enumerate() {
            let piece = Piece::of_line(line);
            let kind = if i < lead {
                single_unit_kind(&piece.text, false)
            } else {
                BlockKind::Paragraph
            };
            out.push(unit_of(kind, piece));
        }
        return;
    }
    // "Q. And Mr Lendrum’s reply?\nA. At 22.51 he replied, …": a transcript's question and
    // answer, each a paragraph of its own.
    let list = group.len() > 1
        && (group.iter().all(|l| is_list_item(l.text))
            || group.iter().all(|l| is_examination_turn(l.text)));
    let wrapped = is_wrapped_prose(group) && !masthead && !list;
    for line in group {
        let text = line.text.trim_quick();
        match pieces.last_mut() {
            Some(piece)
                if wrapped || joins(&piece.text, text) || credits_quote(&piece.text, text) =>
            {
                piece.text.push(' ');
                piece.breaks.push(piece.text.len());
                piece.text.push_str(text);
                piece.end_line = line.no;
            }
            _ => pieces.push(Piece::of_line(line)),
        }
    }
    if pieces.len() == 1
        && let Some(piece) = pieces.pop()
    {
        let kind = single_unit_kind(&piece.text, first_group);
        out.push(unit_of(kind, piece));
        return;
    }
    if list {
        out.extend(
            pieces
                .into_iter()
                .map(|piece| unit_of(BlockKind::Paragraph, piece)),
        );
        return;
    }
    // Several units stacked without blank lines: a caption group, or a heading over its paragraph.
    let second_is_prose = pieces
        .get(1)
        .is_some_and(|p| p.text.len() > 220 || sentence_count(&p.text) > 2);
    // "The Siege of Marib" over "By Jane Doe" at the top: a title and its byline.
    let byline_follows = pieces.get(1).is_some_and(|p| byline_like(&p.text))
        || (masthead && pieces.get(2).is_some_and(|p| byline_like(&p.text)));
    // "We spoke to two residents.\n“We had nothing,” said Amina.": a first line that is a
    // sentence labels nothing; sentences stacked under it are paragraphs, not captions. (A
    // line ending on a colon introduces what is stacked under it.)
    let opens_on_sentence = pieces.first().is_some_and(|p| {
        ends_with_terminal(&p.text)
            && !p.text.trim_end().ends_with(':')
            && !is_heading_like(&p.text)
            && !has_url(&p.text)
    });
    for (i, piece) in pieces.into_iter().enumerate() {
        let text = &piece.text;
        let kind = if i == 0 {
            if first_group && byline_follows && (is_heading_like(text) || title_shaped(text)) {
                BlockKind::Title
            } else if has_url(text) {
                BlockKind::Media
            } else if second_is_prose && is_heading_like(text) {
                BlockKind::Heading
            } else if is_heading_like(text) {
                BlockKind::CaptionLabel
            } else {
                single_unit_kind(text, false)
            }
        } else if second_is_prose {
            BlockKind::Paragraph
        } else if is_credit(text) {
            BlockKind::Credit
        } else if opens_on_sentence && ends_with_terminal(text) {
            BlockKind::Paragraph
        } else {
            BlockKind::Caption
        };
        out.push(unit_of(kind, piece));
    }
}

/// A unit of a given kind from a piece; headings lose their marks and keep their numbering.
fn unit_of(kind: BlockKind, piece: Piece) -> Unit {
    let (text, breaks, numbering) = if kind == BlockKind::Heading {
        let text = clean_heading(&piece.text);
        let numbering = Numbering::of(&text);
        (text, Vec::new(), numbering)
    } else {
        (piece.text, piece.breaks, None)
    };
    Unit {
        kind,
        line: piece.line,
        end_line: piece.end_line,
        text,
        repeats_line: None,
        breaks,
        numbering,
    }
}

/// Whether every line but the last is long enough to be a hard wrap of prose.
fn is_wrapped_prose(group: &[Line<'_>]) -> bool {
    const WRAP_WIDTH: usize = 50;
    group.len() > 1
        && group[..group.len() - 1].iter().all(|l| {
            let t = l.text.trim_quick();
            t.chars().count() >= WRAP_WIDTH && !ends_with_url(t) && note_number(t).is_none()
        })
}

/// Whether a line opens a trial transcript's question or answer ("Q. ", "A. ").
/// For a group of a transcript's question-and-answer lines ("Q. …", "A. …") under a few lines
/// that head them ("LIAM SUTTER, sworn", "Questioned by THE CORONER") and perhaps followed by
/// labelled turns ("MS LANFEAR: Thank you."): how many heading lines come first. `None` for
/// any other group.
fn examination_lead(group: &[Line<'_>]) -> Option<usize> {
    /// The most heading lines over the turns.
    const MAX_LEAD: usize = 2;
    /// The fewest question-and-answer lines.
    const MIN_TURNS: usize = 2;
    /// The longest heading line ("JANET CORLETT, affirmed", "Cross-examined by MR ROYCE").
    const MAX_HEADING_LINE: usize = 80;
    let first_turn = group.iter().position(|l| is_examination_turn(l.text))?;
    let turns = group.iter().filter(|l| is_examination_turn(l.text)).count();
    let rest_are_turns = group[first_turn..]
        .iter()
        .all(|l| is_examination_turn(l.text) || opens_on_label(l.text));
    let lead_are_short = group[..first_turn]
        .iter()
        .all(|l| !ends_with_terminal(l.text.trim_quick()) && l.text.len() <= MAX_HEADING_LINE);
    (first_turn <= MAX_LEAD
        && first_turn < group.len()
        && turns >= MIN_TURNS
        && rest_are_turns
        && lead_are_short
        && (first_turn > 0 || turns < group.len()))
    .then_some(first_turn)
}

/// Whether a line opens on a speaker's label in capitals and a colon ("MS LANFEAR: …", "THE
/// CORONER: …").
fn opens_on_label(line: &str) -> bool {
    /// The longest label.
    const MAX_LABEL: usize = 40;
    line.find(':').is_some_and(|colon| {
        let label = line[..colon].trim_quick();
        colon <= MAX_LABEL
            && !label.is_empty()
            && label.chars().any(|c| c.is_alphabetic())
            && label
                .chars()
                .all(|c| !c.is_alphabetic() || c.is_uppercase())
    })
}

fn is_examination_turn(line: &str) -> bool {
    let line = line.trim_start();
    line.starts_with("Q. ") || line.starts_with("A. ")
}

/// Whether a line is an item of a bulleted list ("• ", "▪ ", "◦ ").
fn is_list_item(line: &str) -> bool {
    let line = line.trim_start();
    ["• ", "▪ ", "◦ ", "‣ "].iter().any(|b| line.starts_with(b)) || is_numbered_item(line)
}

/// Whether a line opens on an item's number or letter: "2. ", "3) ", "(b) ", "iv) ".
fn is_numbered_item(line: &str) -> bool {
    /// The most characters of an item's number ("iii", "12").
    const MAX_MARK: usize = 3;
    let inner = line.strip_prefix('(').unwrap_or(line);
    let mark_len = inner
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(inner.len());
    let mark = &inner[..mark_len];
    let rest = &inner[mark_len..];
    let closed = if inner.len() < line.len() {
        rest.strip_prefix(')')
    } else {
        rest.strip_prefix('.').or_else(|| rest.strip_prefix(')'))
    };
    let numeral = mark.bytes().all(|b| b.is_ascii_digit())
        || (mark.len() == 1 && mark.bytes().all(|b| b.is_ascii_lowercase()))
        || mark.bytes().all(|b| matches!(b, b'i' | b'v' | b'x'));
    (1..=MAX_MARK).contains(&mark_len) && numeral && closed.is_some_and(|r| r.starts_with(' '))
}

/// Whether `next` is the line under a quotation that names who said it ("“The first casualty
/// when war comes is truth.”" over "— Hiram Johnson, US Senator, 1917"): it belongs to the
/// quotation's paragraph.
fn credits_quote(previous: &str, next: &str) -> bool {
    let dash = next
        .strip_prefix('—')
        .or_else(|| next.strip_prefix('–'))
        .or_else(|| next.strip_prefix('―'))
        .or_else(|| next.strip_prefix("--"));
    let quotation_ends = previous
        .trim_end()
        .trim_end_matches(['.', ',', '!', '?'])
        .ends_with(['”', '"', '’']);
    dash.is_some_and(|rest| rest.trim_start().starts_with(char::is_uppercase)) && quotation_ends
}

/// Whether a unit is a quotation and the name of who said it after a dash ("“We have no
/// insulin.” — Fasika Amdeslasie"): an epigraph's words, not a heading.
///
/// Each space after a closing mark ("” ", "\" ") is read once, in one pass over the bytes: a
/// period before the mark ends the quotation at the same place.
fn is_credited_quotation(text: &str) -> bool {
    let bytes = text.as_bytes();
    text.starts_with(['“', '"'])
        // A dash must follow the closing mark's space: most quotations hold none.
        && ["—", "–", "―", "--"].iter().any(|dash| text.contains(dash))
        && (1..bytes.len()).any(|at| {
            // The last byte of "”", or "\"", before the space.
            bytes[at] == b' '
                && (bytes[at - 1] == b'"' || bytes[at - 1] == 0x9d && text[..at].ends_with('”'))
                && credits_quote(&text[..=at], &text[at + 1..])
        })
}

/// Whether `next` continues the sentence of `previous` (it starts in lower case).
fn joins(previous: &str, next: &str) -> bool {
    !ends_with_url(previous) && next.chars().next().is_some_and(|c| c.is_lowercase())
}

fn ends_with_url(text: &str) -> bool {
    text.words_quick()
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
    let trimmed = text.trim_quick();
    if trimmed.starts_with('#') {
        return BlockKind::Heading;
    }
    if is_credit(trimmed) {
        return BlockKind::Credit;
    }
    if is_credited_quotation(trimmed) {
        return BlockKind::Paragraph;
    }
    if is_heading_like(trimmed) {
        if is_all_caps(trimmed) && trimmed.words_quick().count() > 6 {
            return if first_group {
                BlockKind::Title
            } else {
                BlockKind::Media
            };
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

/// Whether a line reads as a credit ("Cover Photo: ...", "Source: ...", "(Photo by ...)").
/// Whether a credit's prefix ([`lexicon::CREDIT_PREFIXES`]) opens on this lower-case byte.
fn credit_initial(byte: u8) -> bool {
    lexicon::CREDIT_PREFIXES
        .iter()
        .any(|prefix| prefix.as_bytes().first() == Some(&byte))
}

fn is_credit(text: &str) -> bool {
    /// The longest head a credit's prefix needs.
    const HEAD_CHARS: usize = 24;
    // Every prefix opens on an ASCII letter: most lines are told by their first letter, without
    // reading their head in lower case (a character that is not ASCII is read in full).
    let head = text.trim_quick().trim_start_matches('(');
    let first = head.bytes().next();
    if first.is_some_and(|b| b.is_ascii() && !credit_initial(b.to_ascii_lowercase())) {
        return false;
    }
    // Nor is a line whose head spells no prefix in ASCII letters of either case (lower-casing
    // a character that is not ASCII makes no ASCII letter a prefix has).
    if !lexicon::CREDIT_PREFIXES.iter().any(|prefix| {
        head.as_bytes()
            .get(..prefix.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(prefix.as_bytes()))
    }) {
        return false;
    }
    text::with_lower_head(text.trim_quick(), HEAD_CHARS, |lower| {
        let parenthesised = lower.starts_with('(') && text.trim_end().ends_with(')');
        let lower = lower.trim_start_matches('(');
        lexicon::CREDIT_PREFIXES.iter().any(|prefix| {
            lower.strip_prefix(prefix).is_some_and(|rest| {
                let rest = rest.trim_start_matches('s').trim_start();
                rest.starts_with(':')
                    || rest.starts_with("credit:")
                    || (parenthesised && (rest.starts_with("by ") || rest.starts_with("courtesy")))
            })
        })
    })
}

/// Whether text ends like a sentence (or a quote closing one).
pub(crate) fn ends_with_terminal(text: &str) -> bool {
    // Endnote markers after the punctuation ("done.”12", "done.[12][13]", "done.”³") do not
    // count.
    let mut t = text.trim_end();
    loop {
        let before = t.len();
        t = t
            .trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ' || "⁰¹²³⁴⁵⁶⁷⁸⁹".contains(c));
        if let Some(rest) = t.strip_suffix(']')
            && let Some(open) = rest.rfind('[')
            && rest[open + 1..].bytes().all(|b| b.is_ascii_digit())
        {
            t = &rest[..open];
        }
        if t.len() == before {
            break;
        }
    }
    t.ends_with(['.', '!', '?', ',', ';', ':', '”', '"', '’', ')', '…'])
}

fn is_all_caps(text: &str) -> bool {
    let mut letters = text.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some() && letters.all(|c| !c.is_lowercase())
}

/// Whether a line has the shape of a heading or label: short, capitalized, no closing
/// punctuation; a numbering ("a.", "3.1") may open it, and an all-capitals line may end in a
/// closing quote mark.
/// Whether a line under a title is its byline: "By Jane Doe", a date, or a masthead line with
/// a date ("Tessaro Crisis Group | Briefing N°41 | Sarn/Tessin, 14 June 2023").
fn byline_like(text: &str) -> bool {
    (text.chars().count() <= MAX_BYLINE_CHARS
        && (lower_case(text).starts_with("by ") || is_date_line(text)))
        || is_masthead(text)
}

/// Whether a document's first line over its byline reads as a long title ("Home Truths: Why
/// Hallam Stopped Building Homes, and How It Can Start Again"): capitalized, no final period.
fn title_shaped(text: &str) -> bool {
    const MAX_CHARS: usize = 180;
    const MAX_WORDS: usize = 28;
    let t = text.trim_quick();
    t.chars().count() <= MAX_CHARS
        && t.words_quick().count() <= MAX_WORDS
        && t.starts_with(char::is_uppercase)
        && !t.ends_with('.')
        && !has_url(t)
}

/// Whether a line holds a sentence quoted whole ("…." or "…?" before the closing mark) with
/// more of the line after it.
fn quotes_a_sentence_inside(text: &str) -> bool {
    text.match_indices(['”', '"']).any(|(at, mark)| {
        let before = text[..at].chars().next_back();
        let after = text[at + mark.len()..].trim_quick();
        before.is_some_and(|c| matches!(c, '.' | '!' | '?')) && !after.is_empty()
    })
}

pub(crate) fn is_heading_like(text: &str) -> bool {
    const MAX_CHARS: usize = 100;
    const MAX_WORDS: usize = 14;
    // A line that ends on a period (most units do), or on other closing punctuation that is
    // neither a question mark nor a quote mark, ends like a sentence, whatever opens it.
    if text.len() > 400
        || text
            .trim_end()
            .ends_with(['.', '!', ',', ';', ':', '’', ')', '…'])
    {
        return false;
    }
    let t = text.trim_quick().trim_start_matches('#').trim_quick();
    let t = match Numbering::of(t) {
        Some(numbering) => t[numbering.text.len()..].trim_start(),
        None => t,
    };
    // Counted only as far as the limits: most units are long paragraphs.
    let too_long = t.len() > MAX_CHARS && t.chars().nth(MAX_CHARS).is_some();
    if t.is_empty() || too_long || t.words_quick().nth(MAX_WORDS).is_some() || has_url(t) {
        return false;
    }
    // "CLAIM: "Wind and water give us half of our electricity." — Mira Santell": a sentence
    // quoted whole, with more after it, is an attributed quotation, not a heading.
    if quotes_a_sentence_inside(t) {
        return false;
    }
    let Some(first) = t.chars().next() else {
        return false;
    };
    if !(first.is_uppercase() || first.is_ascii_digit() || matches!(first, '‘' | '\'' | '“' | '"'))
    {
        return false;
    }
    // "Q. And Mr Lendrum’s reply?": a transcript's question, however short.
    if t.starts_with("Q. ") {
        return false;
    }
    if t.ends_with('?') {
        // A question is a heading only when title-cased ("What Went Wrong?"), after a label
        // too ("Chapter 3: Who Speaks for Aleppo?"; not "Mr Perran Pawle (Harnock East): Will
        // my hon. Friend give way?").
        let question = t.rsplit_once(": ").map_or(t, |(_, after)| after);
        let words = question.words_quick().count();
        let capitalized = question
            .words_quick()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .count();
        return capitalized * 2 >= words;
    }
    let t = if is_all_caps(t) {
        t.trim_end_matches(['”', '"'])
    } else {
        t
    };
    !ends_with_terminal(t)
}

/// The openings of a line that names the book a text is taken from ("From Clement Ravelle,
/// The Quiet Room (2014)"), whose author is the text's narrator.
pub(crate) const EXCERPT_OPENINGS: &[&str] = &["From ", "Excerpted from ", "Adapted from "];

/// Whether a line under a title names its author and the book it is taken from: an opening
/// of [`EXCERPT_OPENINGS`], then a name of two to four capitalized words and a comma.
fn excerpt_source(text: &str) -> bool {
    let Some(rest) = EXCERPT_OPENINGS.iter().find_map(|o| text.strip_prefix(o)) else {
        return false;
    };
    let Some((name, _)) = rest.split_once(',') else {
        return false;
    };
    let words = name.words_quick();
    (2..=4).contains(&words.clone().count())
        && words.into_iter().all(|w| w.starts_with(char::is_uppercase))
}

/// The longest byline ("By …", a date line) under a title.
const MAX_BYLINE_CHARS: usize = 120;

/// The longest masthead line under a title, its parts set apart by " | " ("Senate Select
/// Committee on Security and Intelligence | Senate of the Republic of Estrenne | Report No.
/// 34-207 | Declassified Version, September 2022").
const MAX_MASTHEAD_CHARS: usize = 160;

/// Whether a line is a masthead: parts set apart by " | ", one of them dated.
fn is_masthead(text: &str) -> bool {
    text.chars().count() <= MAX_MASTHEAD_CHARS && text.contains(" | ") && has_month(text)
}

/// The first unit is the title when it looks like a heading; a "By ..." or date line under it is the byline.
fn mark_title_and_byline(units: &mut [Unit]) {
    let Some(first) = units.first() else { return };
    if first.kind != BlockKind::Title {
        return;
    }
    if let Some(next) = units.get_mut(1) {
        let lower = lower_case(&next.text);
        let short = next.text.chars().count() <= MAX_BYLINE_CHARS;
        if is_masthead(&next.text)
            || (short
                && (lower.starts_with("by ")
                    || excerpt_source(&next.text)
                    || (next.kind != BlockKind::Paragraph && has_month(&next.text))
                    || is_date_line(&next.text)))
        {
            next.kind = BlockKind::Byline;
            return;
        }
    }
    // A magazine's standfirst may stand between the title and the byline ("By Nora
    // Castellane").
    // So may a subtitle, over a byline or a masthead line ("Final Report to the Board of …"
    // over "Clare Penhaligon KC | 9 March 2026").
    let standfirst = units.get(1).map(|u| u.kind);
    if matches!(standfirst, Some(BlockKind::Paragraph | BlockKind::Caption))
        && let Some(after) = units.get_mut(2)
        && ((after.text.chars().count() <= MAX_BYLINE_CHARS && after.text.starts_with("By "))
            || (standfirst == Some(BlockKind::Caption) && is_masthead(&after.text)))
    {
        after.kind = BlockKind::Byline;
    }
}

/// Short lines between the title and the first heading that opens the text (a title page:
/// volume, author, place, date, licence) are front matter, not headings. A document whose
/// headings are numbered keeps only numbered headings there; otherwise the last few
/// heading-like lines right before the first paragraph stay headings.
fn mark_front_matter(units: &mut [Unit]) {
    /// How many unnumbered headings may stack right before the first paragraph.
    const MAX_STACKED_HEADINGS: usize = 3;
    if units.first().map(|u| u.kind) != Some(BlockKind::Title) {
        return;
    }
    let Some(first_prose) = units.iter().position(|u| u.kind == BlockKind::Paragraph) else {
        return;
    };
    let numbered_headings = units
        .iter()
        .filter(|u| u.kind == BlockKind::Heading && u.numbering.is_some())
        .count();
    let mut stacked = 0;
    for i in (1..first_prose).rev() {
        let unit = &mut units[i];
        if unit.kind != BlockKind::Heading {
            // Anything else breaks the stack of headings over the first paragraph.
            stacked = MAX_STACKED_HEADINGS;
            continue;
        }
        let keep = if numbered_headings >= 2 {
            unit.numbering.is_some()
        } else {
            stacked < MAX_STACKED_HEADINGS
        };
        stacked += 1;
        if !keep {
            unit.kind = BlockKind::Byline;
        }
    }
}

/// A paragraph right before a photo credit is that photo's caption.
fn mark_captions_before_credits(units: &mut [Unit]) {
    const MAX_CAPTION_CHARS: usize = 400;
    for i in 1..units.len() {
        let credit_is_parenthesised =
            units[i].kind == BlockKind::Credit && units[i].text.trim_start().starts_with('(');
        let before = &mut units[i - 1];
        if credit_is_parenthesised
            && before.kind == BlockKind::Paragraph
            && before.text.chars().count() <= MAX_CAPTION_CHARS
        {
            before.kind = BlockKind::Caption;
        }
    }
}

fn has_month(text: &str) -> bool {
    text.split(|c: char| !c.is_alphabetic())
        .any(lexicon::is_month)
}

fn is_date_line(text: &str) -> bool {
    has_month(text) && text.words_quick().count() <= 4 && text.chars().any(|c| c.is_ascii_digit())
}

/// One-sentence paragraphs that repeat a sentence of a nearby paragraph are pull quotes;
/// captions that repeat a nearby line are marked as repeats.
fn mark_pull_quotes(units: &mut [Unit]) {
    const WINDOW: usize = 4;
    const MIN_REPEAT_CHARS: usize = 20;
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
            .trim_quick()
            .trim_end_matches(['.', '!', '?', '”', '"'])
            .trim_quick();
        let needle = needle_full
            .char_indices()
            .nth(1)
            .map_or("", |(k, _)| &needle_full[k..]);
        if needle.chars().count() < MIN_REPEAT_CHARS {
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
            eligible && contains_sentence(&other.text, needle)
        });
        if let Some(j) = source {
            if units[i].kind == BlockKind::Paragraph {
                units[i].kind = BlockKind::PullQuote;
            }
            units[i].repeats_line = Some(units[j].line);
        }
    }
}

/// Whether `text` contains `sentence`. The same as `str::contains`, without the cost of its
/// searcher's setup, which for a needle as long as a sentence is most of the work here: each
/// place where the sentence's first byte occurs is compared.
///
/// Most texts do not hold even the sentence's first words, which the standard library finds
/// without a searcher's setup for a short needle: only a text that holds them is read further.
fn contains_sentence(text: &str, sentence: &str) -> bool {
    /// The longest head of the sentence looked for first.
    const HEAD_BYTES: usize = 32;
    let mut head = sentence.len().min(HEAD_BYTES);
    while !sentence.is_char_boundary(head) {
        head -= 1;
    }
    if !text.contains(&sentence[..head]) {
        return false;
    }
    let (text, sentence) = (text.as_bytes(), sentence.as_bytes());
    let Some((&first, _)) = sentence.split_first() else {
        return true;
    };
    let Some(last_start) = text.len().checked_sub(sentence.len()) else {
        return false;
    };
    text[..=last_start]
        .iter()
        .enumerate()
        .any(|(at, &b)| b == first && text[at..].starts_with(sentence))
}

fn is_single_sentence(text: &str) -> bool {
    let t = text.trim_quick();
    // At most 300 characters: so is a text of at most 300 bytes, and none of more than 1,200
    // (four bytes a character at most); only a text between is counted.
    let short = t.len() <= 300 || t.len() <= 1200 && t.chars().count() <= 300;
    short
        && ends_with_terminal(t)
        // Each mark searched for by its bytes, not every character compared with both.
        && !t.contains('"')
        && !t.contains('“')
        && !t.trim_end_matches(['.', '!', '?']).contains(". ")
}

/// How a heading is numbered: its style decides its level.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Numbering {
    /// The numbering as written, punctuation included ("IV.", "3.1", "a.").
    pub text: String,
    /// The numbering style.
    pub style: NumberingStyle,
}

/// A style of heading numbers. Dotted decimals ("3.1") give their depth directly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum NumberingStyle {
    /// "IV." and other upper-case Roman numerals.
    UpperRoman,
    /// "A." and other upper-case letters.
    UpperLetter,
    /// "1." or "1)".
    Arabic,
    /// "a." and other lower-case letters.
    LowerLetter,
    /// "i." and other lower-case Roman numerals.
    LowerRoman,
    /// "3.1" or "2.4.1": as deep as it has parts.
    Dotted(u8),
}

impl Numbering {
    /// The numbering that opens a heading, if any: a number, letter or Roman numeral followed
    /// by "." or ")" and a space, or a dotted decimal followed by a space.
    pub(crate) fn of(text: &str) -> Option<Numbering> {
        const MAX_ROMAN_CHARS: usize = 6;
        let t = text.trim_start();
        let head_end = t.find(char::is_whitespace)?;
        let head = &t[..head_end];
        if t[head_end..].is_blank() {
            return None;
        }
        let parts = head.trim_end_matches('.').split('.');
        let depth = parts.clone().count();
        if depth >= 2
            && !head.ends_with(')')
            && parts
                .clone()
                .all(|p| !p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit()))
        {
            let depth = u8::try_from(depth).unwrap_or(u8::MAX);
            return Some(Numbering {
                text: head.to_owned(),
                style: NumberingStyle::Dotted(depth),
            });
        }
        let core = head.strip_suffix('.').or_else(|| head.strip_suffix(')'))?;
        let style =
            if !core.is_empty() && core.len() <= 3 && core.bytes().all(|b| b.is_ascii_digit()) {
                NumberingStyle::Arabic
            } else if core.len() <= MAX_ROMAN_CHARS && core.chars().all(|c| "IVXLC".contains(c)) {
                if core.len() == 1 && !matches!(core, "I" | "V" | "X") {
                    NumberingStyle::UpperLetter
                } else {
                    NumberingStyle::UpperRoman
                }
            } else if core.len() <= MAX_ROMAN_CHARS && core.chars().all(|c| "ivxlc".contains(c)) {
                if core.len() == 1 && !matches!(core, "i" | "v" | "x") {
                    NumberingStyle::LowerLetter
                } else {
                    NumberingStyle::LowerRoman
                }
            } else if core.chars().count() == 1 && core.chars().all(|c| c.is_ascii_uppercase()) {
                NumberingStyle::UpperLetter
            } else if core.chars().count() == 1 && core.chars().all(|c| c.is_ascii_lowercase()) {
                NumberingStyle::LowerLetter
            } else {
                return None;
            };
        Some(Numbering {
            text: head.to_owned(),
            style,
        })
    }
}

/// How an unnumbered heading is written. Reports that do not number their headings often mark
/// levels by case instead: chapters in capitals or Title Case, sections in sentence case.
/// Ranked from the most prominent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum HeadingShape {
    /// "THE SIEGE"
    Capitals,
    /// "How The Current System Works"
    TitleCase,
    /// "How software gets built"
    SentenceCase,
}

/// The fewest headings of a shape for the shape to count as a level.
const MIN_SHAPE_HEADINGS: usize = 2;

/// The shape of a heading, or `None` when its case says nothing (one word, "Bounties").
fn heading_shape(text: &str) -> Option<HeadingShape> {
    let text = text.trim_quick();
    let words: Vec<&str> = text.words_quick().collect();
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() >= 4 && letters.iter().all(|c| !c.is_lowercase()) {
        return Some(HeadingShape::Capitals);
    }
    // Words after the first whose case tells: long enough not to be a small word of a title.
    let telling: Vec<bool> = words
        .iter()
        .skip(1)
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .filter_map(|w| w.chars().find(|c| c.is_alphabetic()))
        .map(char::is_uppercase)
        .collect();
    if telling.is_empty() {
        return None;
    }
    let capitalised = telling.iter().filter(|c| **c).count();
    Some(if capitalised * 2 > telling.len() {
        HeadingShape::TitleCase
    } else {
        HeadingShape::SentenceCase
    })
}

/// Levels of headings: dotted numbers give their depth; other numbering styles take levels in
/// the order they first appear ("IV." then "A." then "1."...); unnumbered headings are level 1
/// unless numbered headings come first, in which case they sit one level under the last one.
/// In a report with no numbered headings, the shapes its headings use (two or more, each at least
/// [`MIN_SHAPE_HEADINGS`] times) give the levels, most prominent first; a heading whose case says
/// nothing takes the level of the heading before it.
struct Levels {
    order: Vec<NumberingStyle>,
    /// The shapes that are levels, most prominent first (empty when case gives no levels).
    shapes: Vec<HeadingShape>,
    /// The level of the last unnumbered heading.
    last_unnumbered: Option<u8>,
}

impl Levels {
    fn new(units: &[Unit]) -> Levels {
        let headings = units.iter().filter(|u| u.kind == BlockKind::Heading);
        let mut counts: Vec<(HeadingShape, usize)> = Vec::new();
        let mut numbered = false;
        for unit in headings {
            numbered |= unit.numbering.is_some();
            if let Some(shape) = heading_shape(&unit.text) {
                match counts.iter_mut().find(|(s, _)| *s == shape) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((shape, 1)),
                }
            }
        }
        let mut shapes: Vec<HeadingShape> = counts
            .into_iter()
            .filter(|&(_, n)| n >= MIN_SHAPE_HEADINGS)
            .map(|(shape, _)| shape)
            .collect();
        shapes.sort();
        if numbered || shapes.len() < 2 {
            shapes.clear();
        }
        Levels {
            order: Vec::new(),
            shapes,
            last_unnumbered: None,
        }
    }

    fn level(&mut self, unit: &Unit, previous: Option<u8>) -> u8 {
        if unit.numbering.is_none() && !self.shapes.is_empty() {
            let shape = heading_shape(&unit.text);
            let level = shape
                .and_then(|shape| self.shapes.iter().position(|s| *s == shape))
                .and_then(|at| u8::try_from(at + 1).ok())
                .or(self.last_unnumbered)
                .unwrap_or(1);
            self.last_unnumbered = Some(level);
            return level;
        }
        match unit.numbering.as_ref().map(|n| n.style) {
            Some(NumberingStyle::Dotted(depth)) => depth.max(1),
            Some(style) => {
                let at = match self.order.iter().position(|s| *s == style) {
                    Some(at) => at,
                    None => {
                        self.order.push(style);
                        self.order.len() - 1
                    }
                };
                u8::try_from(at + 1).unwrap_or(u8::MAX)
            }
            None if self.order.is_empty() => 1,
            None => previous.map_or(1, |p| p.saturating_add(1)),
        }
    }
}

/// Builds sections from headings and blocks from units.
///
/// Text before the first heading forms the untitled opening section; a title and byline with no
/// text after them join the first titled section instead.
fn build_sections(units: Vec<Unit>, out: &mut Layout) {
    let mut ids = Ids::default();
    let opens_with_text = units
        .iter()
        .take_while(|u| u.kind != BlockKind::Heading)
        .any(|u| !matches!(u.kind, BlockKind::Title | BlockKind::Byline));
    let has_heading = units.iter().any(|u| u.kind == BlockKind::Heading);
    if opens_with_text || !has_heading {
        let line = units.first().map_or(1, |u| u.line);
        out.sections.push(Section {
            id: ids.unique("opening".to_owned(), "opening"),
            title: None,
            kind: SectionKind::Front,
            heading_line: None,
            start_line: line,
            end_line: line,
            level: 1,
            parent: None,
        });
    }
    let mut levels = Levels::new(&units);
    let mut previous_numbered_level = None;
    let mut pending = Vec::new();
    // The enclosing body sections, outermost first.
    let mut open: Vec<(u8, String)> = Vec::new();
    for unit in units {
        if unit.kind == BlockKind::Heading {
            let level = levels.level(&unit, previous_numbered_level);
            if unit.numbering.is_some() {
                previous_numbered_level = Some(level);
            }
            while open
                .last()
                .is_some_and(|&(open_level, _)| open_level >= level)
            {
                open.pop();
            }
            let parent = open.last().map(|(_, id): &(u8, String)| id.clone());
            let id = ids.unique(text::slug(&unit.text), "section");
            open.push((level, id.clone()));
            out.sections.push(Section {
                id,
                title: Some(unit.text.clone()),
                kind: SectionKind::Body,
                heading_line: Some(unit.line),
                start_line: pending.first().map_or(unit.line, |u: &Unit| u.line),
                end_line: unit.end_line,
                level,
                parent,
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
            let mut b = laid(unit.kind, unit.line, unit.end_line, section, unit.text);
            b.block.repeats_line = unit.repeats_line;
            b.breaks = unit.breaks;
            out.blocks.push(b);
        }
    }
}

/// A block with no spans yet.
fn laid(kind: BlockKind, line: u32, end_line: u32, section: usize, text: String) -> LaidBlock {
    LaidBlock {
        block: Block {
            kind,
            line,
            end_line,
            section,
            text,
            repeats_line: None,
            quote_spans: Vec::new(),
            note_markers: Vec::new(),
        },
        breaks: Vec::new(),
    }
}

/// Parses the numbered entries of a notes list; unnumbered lines continue the entry above.
fn note_entries(
    groups: &[&[Line<'_>]],
    diagnostics: &mut Vec<Diagnostic>,
    end_line: &mut u32,
) -> Vec<NoteEntry> {
    let mut entries: Vec<NoteEntry> = Vec::new();
    for line in groups.iter().copied().flatten() {
        *end_line = line.no;
        match note_number(line.text) {
            Some((n, rest)) => {
                if let Some(previous) = entries.last()
                    && n != previous.n + 1
                {
                    diagnostics.push(Diagnostic::warning(
                        line.no,
                        "note-numbering",
                        format!(
                            "Note {n} follows note {}; notes are expected in order without gaps.",
                            previous.n
                        ),
                    ));
                }
                entries.push(NoteEntry {
                    n,
                    line: line.no,
                    text: without_backlinks(rest.trim_quick()).to_owned(),
                });
            }
            None => match entries.last_mut() {
                Some(entry) => {
                    if !entry.text.is_empty() {
                        entry.text.push(' ');
                    }
                    entry.text.push_str(line.text.trim_quick());
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

/// A note's text without the backlinks an encyclopedia's reference list opens with, copied
/// as text: "^" (or "↑") alone for a source cited once, then "a b c" when it is cited several
/// times ("1. ^ a b Ruddock, Giles (1974)." → "Ruddock, Giles (1974).").
fn without_backlinks(text: &str) -> &str {
    let Some(after_mark) = text.strip_prefix('^').or_else(|| text.strip_prefix('↑')) else {
        return text;
    };
    let after_mark = after_mark.trim_start();
    // The letters run a, b, c, … each on its own; a single "a" is the article ("^ a study").
    let mut rest = after_mark;
    let mut letters = 0u8;
    while letters < 26
        && let Some(after) = rest.strip_prefix(char::from(b'a' + letters))
        && after.starts_with(char::is_whitespace)
    {
        rest = after.trim_start();
        letters += 1;
    }
    if letters < 2 { after_mark } else { rest }
}

/// Reads "12. Text", "12) Text", "[12] Text", "[12]" (an empty note), "12 Text" or "¹² Text"
/// into the number and the text.
pub(crate) fn note_number(line: &str) -> Option<(u32, &str)> {
    const MAX_DIGITS: usize = 4;
    let t = line.trim_start();
    // "¹ Interview with a commander": superscript digits, as the text's markers are written.
    let superscript: Vec<u32> = t
        .chars()
        .map_while(super::spans::superscript_value)
        .collect();
    if !superscript.is_empty() {
        let width: usize = t.chars().take(superscript.len()).map(char::len_utf8).sum();
        let rest = t[width..].strip_prefix('.').unwrap_or(&t[width..]);
        if superscript.len() > MAX_DIGITS || !rest.starts_with(char::is_whitespace) {
            return None;
        }
        return Some((superscript.iter().fold(0, |n, d| n * 10 + d), rest));
    }
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
    if inner.is_empty() || inner.len() > MAX_DIGITS || !inner.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    Some((inner.parse().ok()?, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_at_feeds_gives_the_pieces_split_gives() {
        let texts = [
            "",
            "\n",
            "\n\n",
            "a",
            "a\n",
            "\na",
            "one line of more than eight bytes\nand another\r\n\nthe last, unended",
            "exactly8\nexactly8\n12345678",
            "ünïcödé — “quoted” ¹²\n\u{2028}\n\t\x0b\x0c\n",
        ];
        for text in texts {
            for from in 0..text.len() {
                let Some(tail) = text.get(from..) else {
                    continue;
                };
                assert_eq!(
                    split_at_feeds(tail).collect::<Vec<_>>(),
                    tail.split('\n').collect::<Vec<_>>(),
                    "{tail:?}"
                );
            }
        }
    }

    #[test]
    fn a_sentence_is_found_in_a_text_as_the_standard_library_finds_it() {
        let text = "The siege ended in December. “We left with nothing,” said Omar, who had stayed \
                    until the last convoy left the eastern districts of the city.";
        let sentences = [
            "",
            "e siege ended in December",
            "e left with nothing,” said Omar, who had stayed until the last convoy",
            "aid Omar, who had stayed until the last convoy left the eastern districts of the city.",
            "aid Omar, who had stayed until the last convoy left the western districts",
            "ho had stayed until the last convoy left the eastern districts of the city. And more",
            "“We left with nothing,” said Omar",
            "é",
        ];
        for sentence in sentences {
            assert_eq!(
                contains_sentence(text, sentence),
                text.contains(sentence),
                "{sentence:?}"
            );
        }
    }

    fn kinds(source: &str) -> Vec<(u32, BlockKind)> {
        layout(source, &mut Vec::new())
            .blocks
            .iter()
            .map(|b| (b.block.line, b.block.kind))
            .collect()
    }

    #[test]
    fn a_notes_line_may_open_on_superscript_digits() {
        assert_eq!(
            note_number("¹² Interview with a fighter, Idlib."),
            Some((12, " Interview with a fighter, Idlib."))
        );
        assert_eq!(note_number("³. Ibid."), Some((3, " Ibid.")));
        assert_eq!(note_number("¹Interview"), None);
    }

    #[test]
    fn an_encyclopedias_backlinks_are_not_part_of_the_note() {
        assert_eq!(
            without_backlinks("^ a b c Ilsley, Marjorie (1989)."),
            "Ilsley, Marjorie (1989)."
        );
        assert_eq!(without_backlinks("^ Ibid., p. 283."), "Ibid., p. 283.");
        assert_eq!(
            without_backlinks("↑ a study by the council."),
            "a study by the council."
        );
        assert_eq!(without_backlinks("Smith, a b c."), "Smith, a b c.");
    }

    #[test]
    fn a_long_title_over_a_masthead_line_is_a_title_and_its_byline() {
        let source = "Home Truths: Why Hallam Stopped Building Homes, and How It Can Start Again\nSarth Voices Project | Morlen Community Archive | September 2024\n\nI. Overview\n\nThe dispute is old.";
        let found = layout(source, &mut Vec::new());
        assert_eq!(
            found.title.as_deref(),
            Some("Home Truths: Why Hallam Stopped Building Homes, and How It Can Start Again")
        );
        assert_eq!(
            found.byline.as_deref(),
            Some("Sarth Voices Project | Morlen Community Archive | September 2024")
        );
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
    fn unnumbered_headings_take_levels_from_their_case() {
        let source = "Intro text here.\n\nHOW THE SYSTEM WORKS\n\nText.\n\nThe Builders And Their Work\n\nText.\n\nWhat is built, and by whom\n\nText.\n\nBounties\n\nText.\n\nWhy people keep contributing\n\nText.\n\nMoney And Its Limits\n\nText.\n\nCHALLENGES FACING THE FIELD\n\nText.";
        let found = layout(source, &mut Vec::new());
        let levels: Vec<(String, u8)> = found
            .sections
            .iter()
            .filter_map(|s| Some((s.title.clone()?, s.level)))
            .collect();
        let expected = [
            ("HOW THE SYSTEM WORKS", 1),
            ("The Builders And Their Work", 2),
            ("What is built, and by whom", 3),
            ("Bounties", 3),
            ("Why people keep contributing", 3),
            ("Money And Its Limits", 2),
            ("CHALLENGES FACING THE FIELD", 1),
        ];
        let expected: Vec<(String, u8)> = expected
            .iter()
            .map(|(t, l)| ((*t).to_owned(), *l))
            .collect();
        assert_eq!(levels, expected);
        let parent = found
            .sections
            .iter()
            .find(|s| s.title.as_deref() == Some("Bounties"));
        assert!(
            parent
                .and_then(|s| s.parent.as_deref())
                .is_some_and(|p| p.starts_with("the-builders"))
        );
    }

    #[test]
    fn a_speaker_asking_a_question_after_a_label_is_no_heading_and_a_titled_question_is() {
        assert!(!is_heading_like(
            "Mr Perran Pawle (Harnock East) (Her): Will my hon. Friend give way?"
        ));
        assert!(is_heading_like("Chapter 3: Who Speaks for Aleppo?"));
        assert!(is_heading_like("What Went Wrong?"));
    }

    #[test]
    fn a_sentence_quoted_whole_with_its_speaker_after_it_is_no_heading() {
        assert!(!is_heading_like(
            "CLAIM: \"Wind and water already give us half of our electricity.\" — Mira Santell"
        ));
        assert!(!is_heading_like(
            "“We will not resign.” — the prime minister"
        ));
        // A headline's quotation ends on no sentence's mark.
        assert!(is_heading_like(
            "‘Sorvik will not be handed over’, mayor says"
        ));
        assert!(is_heading_like("“The Crumble”: how a street got its name"));
    }

    #[test]
    fn headings_of_one_case_stay_at_one_level() {
        let source = "Intro.\n\nThe First Chapter\n\nText.\n\nThe Second Chapter\n\nText.\n\nA lone sentence heading\n\nText.";
        let found = layout(source, &mut Vec::new());
        assert!(
            found.sections.iter().all(|s| s.level == 1),
            "{:?}",
            found.sections
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
        assert_eq!(layout.blocks[0].block.end_line, 3);
        assert!(layout.blocks[0].block.text.contains("sixty characters"));
    }

    #[test]
    fn bulleted_lines_without_blank_lines_are_paragraphs_of_their_own() {
        let source = "• Between 2019 and 2022, the company fenced off more than 2,300 hectares of farmland around three villages.\n• Villagers say they were given two weeks to leave and were paid for their crops but not for their land.\n• The company denies any wrongdoing and says the payments were lawful, documented and approved.";
        let layout = layout(source, &mut Vec::new());
        let kinds: Vec<(BlockKind, u32)> = layout
            .blocks
            .iter()
            .map(|b| (b.block.kind, b.block.line))
            .collect();
        assert_eq!(
            kinds,
            [
                (BlockKind::Paragraph, 1),
                (BlockKind::Paragraph, 2),
                (BlockKind::Paragraph, 3)
            ]
        );
    }

    #[test]
    fn a_transcript_s_questions_and_answers_are_paragraphs_of_their_own_and_no_headings() {
        let source = "Examined by MR ROWE\n\nQ. His phone was downloaded by your digital forensic unit. Could you read the message sent at 22.47?\nA. It reads: ‘You owe me 600 and I’m done waiting.’\n\nQ. And Mr Lendrum’s reply?\nA. At 22.51 he replied, ‘Not got it till Friday.’";
        assert_eq!(
            kinds(source),
            [
                (1, BlockKind::Title),
                (3, BlockKind::Paragraph),
                (4, BlockKind::Paragraph),
                (6, BlockKind::Paragraph),
                (7, BlockKind::Paragraph)
            ]
        );
    }

    #[test]
    fn questions_and_answers_stacked_under_a_witness_s_headings_are_turns_not_captions() {
        let source = "Day 2\n\nThe coroner opened the day.\n\nLIAM SUTTER, sworn\nQuestioned by THE CORONER\nQ. Mr Sutter, you are a paramedic?\nA. Yes, ma’am. We arrived at 05.31.\nMS LANFEAR: Thank you. Nothing further.\n\nThe hearing went on.";
        let found = kinds(source);
        let paragraphs: Vec<u32> = found
            .iter()
            .filter(|(_, kind)| *kind == BlockKind::Paragraph)
            .map(|(line, _)| *line)
            .collect();
        assert_eq!(paragraphs, [3, 7, 8, 9, 11], "{found:?}");
        assert!(
            found
                .iter()
                .all(|(_, kind)| !matches!(kind, BlockKind::Caption | BlockKind::CaptionLabel)),
            "{found:?}"
        );
    }

    #[test]
    fn numbered_lines_in_the_body_are_paragraphs_of_their_own_not_captions() {
        let source = "The mission made three findings:\n\n1. The police used live ammunition.\n2. The interior minister said the protesters were “vandals and saboteurs.”\n(c) Detainees were tortured.\n\nThe government rejected them.";
        assert_eq!(
            kinds(source),
            [1, 3, 4, 5, 7].map(|line| (line, BlockKind::Paragraph))
        );
        for line in ["12. Item", "iv) Item", "(a) Item", "b. Item"] {
            assert!(is_numbered_item(line), "{line}");
        }
        for line in [
            "2023. A year",
            "1.5 million",
            "Mr. Smith",
            "(UN) said",
            "abcd) x",
        ] {
            assert!(!is_numbered_item(line), "{line}");
        }
    }

    #[test]
    fn sentences_stacked_under_a_sentence_are_paragraphs_and_under_a_label_captions() {
        assert_eq!(
            kinds(
                "Intro.\n\nWe spoke to two residents of the camp in May.\n“We had nothing to eat for a week,” said Amina.\n“Nobody came,” said Fatima.\n\nEnd."
            ),
            [1, 3, 4, 5, 7].map(|line| (line, BlockKind::Paragraph))
        );
        assert_eq!(
            kinds("Intro.\n\nFigure 2\nResidents queue for bread in Aleppo.\n\nEnd."),
            [
                (1, BlockKind::Paragraph),
                (3, BlockKind::CaptionLabel),
                (4, BlockKind::Caption),
                (6, BlockKind::Paragraph)
            ]
        );
    }

    #[test]
    fn a_quotation_over_a_dash_and_a_name_is_one_paragraph_however_short() {
        for source in [
            "Intro.\n\n“We have no insulin.”\n— Fasika Amdeslasie\n\nEnd.",
            "Intro.\n\n“We have no insulin.” — Fasika Amdeslasie, head of the hospital\n\nEnd.",
            "Intro.\n\n\"The first casualty when war comes is truth.\"\n-- Hiram Johnson, 1917\n\nEnd.",
        ] {
            let blocks = layout(source, &mut Vec::new()).blocks;
            let kinds: Vec<BlockKind> = blocks.iter().map(|b| b.block.kind).collect();
            assert_eq!(kinds, [BlockKind::Paragraph; 3], "{source}");
            assert!(
                blocks[1].block.text.contains(" Hiram") || blocks[1].block.text.contains(" Fasika")
            );
        }
        // A dash line under a line that is no quotation stays apart.
        assert!(!credits_quote(
            "The ministry replied.",
            "— Fasika Amdeslasie"
        ));
    }

    #[test]
    fn a_chapters_notes_in_the_body_are_captions_and_the_last_list_is_the_notes() {
        let source = "Chapter 1\n\nArrests came in May.1\n\nNotes\n\n1. Amnesty International, “Silenced”, 2020.\n2. Interview, Minsk, 3 June 2020.\n\nChapter 2\n\nTrials came in August.1\n\nNotes\n\n1. OSCE report, 2020.";
        let chapter_notes: Vec<(u32, BlockKind)> = kinds(source)
            .into_iter()
            .filter(|(line, _)| (7..=8).contains(line))
            .collect();
        assert_eq!(
            chapter_notes,
            [(7, BlockKind::Caption), (8, BlockKind::Caption)]
        );
        assert_eq!(layout(source, &mut Vec::new()).note_entries.len(), 1);
    }

    #[test]
    fn a_repeated_sentence_is_a_pull_quote() {
        let source = "Intro.\n\nThey were facing a regime whose allies would do anything.\n\nThe rebels were outgunned. They were facing a regime whose allies would do anything. The end.";
        let layout = layout(source, &mut Vec::new());
        assert_eq!(layout.blocks[1].block.kind, BlockKind::PullQuote);
        assert_eq!(layout.blocks[1].block.repeats_line, Some(5));
    }

    #[test]
    fn notes_lists_take_several_numbering_styles() {
        for (heading, entry) in [
            ("Notes", "1. A note."),
            ("Endnotes", "[1] A note."),
            ("References", "1) A note."),
            ("ENDNOTES", "1. A note."),
        ] {
            let source = format!("Body.1\n\n{heading}\n\n{entry}\n[2] Second.");
            let layout = layout(&source, &mut Vec::new());
            assert_eq!(layout.note_entries.len(), 2, "{heading}");
            assert_eq!(layout.note_entries[0].text, "A note.");
        }
    }

    #[test]
    fn a_notes_heading_with_its_first_entry_on_the_next_line_heads_the_list() {
        for (heading, entries) in [
            ("Notes", "1. A note.\n2. Second."),
            ("Notes", "[1] A note.\n[2] Second."),
        ] {
            let source = format!("Body.1 More.2\n\n{heading}\n{entries}\n");
            let layout = layout(&source, &mut Vec::new());
            assert_eq!(layout.note_entries.len(), 2, "{entries}");
            assert_eq!(layout.note_entries[0].text, "A note.");
            assert_eq!(layout.note_entries[1].text, "Second.");
        }
    }

    #[test]
    fn a_heading_that_names_whose_notes_they_are_heads_a_list_that_runs_to_the_end() {
        for heading in ["Factline notes", "Northmarch Verify notes", "Desk Sources"] {
            let source = format!("Body.[1] More.[2]\n\n{heading}\n1. A note.\n2. Second.\n");
            let layout = layout(&source, &mut Vec::new());
            assert_eq!(layout.note_entries.len(), 2, "{heading}");
            assert_eq!(layout.note_entries[1].text, "Second.", "{heading}");
        }
        // Inside the body, with text after its list, it heads no notes.
        let source = "Body.\n\nFieldwork Notes\n1. We met farmers.\n2. We met traders.\n\nThe farmers said it was “hard”.\n";
        assert!(layout(source, &mut Vec::new()).note_entries.is_empty());
        // A line of more words is no heading.
        let source = "Body.[1]\n\nWe kept these Field Team notes\n1. A note.\n2. Second.\n";
        assert!(layout(source, &mut Vec::new()).note_entries.is_empty());
    }

    #[test]
    fn a_bibliography_after_the_notes_is_its_own_section_not_the_last_note() {
        for heading in ["References", "Bibliography", "Sources", "Works cited"] {
            let source = format!(
                "Body.1 More.2\n\nNotes\n\n1. Interview, May 2023.\n2. Oltan, June 2023.\n\n{heading}\n\nVintner, R. (2021) The Orchard War.\nMarel, T. (2020) Sieges."
            );
            let layout = layout(&source, &mut Vec::new());
            assert_eq!(layout.note_entries.len(), 2, "{heading}");
            assert_eq!(
                layout.note_entries[1].text, "Oltan, June 2023.",
                "{heading}"
            );
            let last = layout.sections.last().unwrap();
            assert_eq!(last.title.as_deref(), Some(heading));
            assert_eq!(last.kind, SectionKind::Body, "{heading}");
            let references: Vec<&str> = layout
                .blocks
                .iter()
                .filter(|b| b.block.kind == BlockKind::Reference)
                .map(|b| b.block.text.as_str())
                .collect();
            assert_eq!(
                references,
                [
                    "Vintner, R. (2021) The Orchard War.",
                    "Marel, T. (2020) Sieges."
                ]
            );
        }
    }

    #[test]
    fn a_notes_list_without_a_heading_is_the_numbered_run_that_ends_the_file() {
        let source = "Intro.\n\nHe wrote to them.288 Then he left.289 And came back.290\n\n288 First note.\n289 Second note.\n290 Third note.";
        let layout = layout(source, &mut Vec::new());
        let numbers: Vec<u32> = layout.note_entries.iter().map(|e| e.n).collect();
        assert_eq!(numbers, [288, 289, 290]);
        let notes = layout.sections.last().unwrap();
        assert_eq!(notes.kind, SectionKind::Notes);
        assert_eq!(notes.heading_line, None);
        assert_eq!(notes.start_line, 5);
    }

    #[test]
    fn a_numbered_list_in_the_body_is_not_a_notes_list() {
        let source = "Intro.\n\n1. Freedom to run.\n2. Freedom to study.\n3. Freedom to share.\n\nMore text after the list.";
        let layout = layout(source, &mut Vec::new());
        assert!(layout.note_entries.is_empty());
    }

    #[test]
    fn numbered_paragraphs_that_go_on_to_the_end_are_not_a_notes_list() {
        let source = "Remarks\n\n46. You cared for your mother, and you took £47,000 from the fund.\n\nSentence\n\n47. Mr Marle, please stand.\n\n48. Mrs Marle, please stand.\n\n49. Confiscation will follow.\n\n50. You may go down.";
        let layout = layout(source, &mut Vec::new());
        assert!(layout.note_entries.is_empty());
        assert!(layout.sections.iter().all(|s| s.kind != SectionKind::Notes));
    }

    #[test]
    fn empty_bracketed_notes_are_entries() {
        let source = "Body.[1][2]\n\nReferences\n\n[1] A source.\n[2]\n[3] Another.";
        let layout = layout(source, &mut Vec::new());
        let texts: Vec<&str> = layout
            .note_entries
            .iter()
            .map(|e| e.text.as_str())
            .collect();
        assert_eq!(texts, ["A source.", "", "Another."]);
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

    #[test]
    fn a_title_over_a_subtitle_over_a_byline_is_three_lines_not_one_paragraph() {
        let found = layout(
            "INDEPENDENT REVIEW OF ATHLETE WELFARE\nFinal Report to the Board of the Federation\nClare Penhaligon KC | 9 March 2026\n\n1. INTRODUCTION\n\nText.",
            &mut Vec::new(),
        );
        assert_eq!(
            found.title.as_deref(),
            Some("INDEPENDENT REVIEW OF ATHLETE WELFARE")
        );
        assert_eq!(
            found.byline.as_deref(),
            Some("Clare Penhaligon KC | 9 March 2026")
        );
        // Three lines of a sentence stay one paragraph.
        let wrapped = layout(
            "The review was asked to look at\nwelfare in the programme, and it\nreported | 9 March 2026\n\nText.",
            &mut Vec::new(),
        );
        assert_eq!(wrapped.byline, None);
    }

    #[test]
    fn the_line_naming_the_book_an_excerpt_is_from_is_its_byline_and_a_sentence_is_not() {
        let source = "Chapter Nine\n\nFrom Clement Ravelle, The Quiet Room (Calder, 2014)\n\nText.";
        let found = layout(source, &mut Vec::new());
        assert_eq!(
            found.byline.as_deref(),
            Some("From Clement Ravelle, The Quiet Room (Calder, 2014)")
        );
        let sentence = "Chapter Nine\n\nFrom the bridge, we could see the river.\n\nText.";
        assert_eq!(layout(sentence, &mut Vec::new()).byline, None);
    }

    #[test]
    fn a_long_masthead_line_under_the_title_is_its_byline() {
        let masthead = "Senate Select Committee on Security and Intelligence | Senate of the Republic of Estrenne | Report No. 34-207 | Declassified Version, September 2022";
        assert!(masthead.chars().count() > 140);
        let found = layout(&format!("The Review\n{masthead}\n\nText."), &mut Vec::new());
        assert_eq!(found.byline.as_deref(), Some(masthead));
        // A quotation under the title whose credit line is dated is no byline, however long.
        let quoted = "Test report\n\n    Nobody came. Not the police, not the army, not the UN. We buried them ourselves.\n    — Fatuma, 52, a farmer from Mbau, interviewed in Beni, June 2020\n\nText.";
        assert_eq!(layout(quoted, &mut Vec::new()).byline, None);
    }

    fn outline(source: &str) -> Vec<(String, u8, Option<String>)> {
        layout(source, &mut Vec::new())
            .sections
            .iter()
            .map(|s| (s.id.clone(), s.level, s.parent.clone()))
            .collect()
    }

    #[test]
    fn numbered_headings_take_levels_in_the_order_their_styles_appear() {
        let source = "Report\n\nIV. Links\n\nText.\n\nA. Campaign\n\nText.\n\n1. Moscow\n\nText.\n\na. Crocus\n\nText.\n\ni. Letter\n\nText.\n\nb. Talks\n\nText.";
        let found = outline(source);
        let levels: Vec<(&str, u8, Option<&str>)> = found
            .iter()
            .map(|(id, level, parent)| (id.as_str(), *level, parent.as_deref()))
            .collect();
        assert_eq!(
            levels,
            [
                ("iv-links", 1, None),
                ("a-campaign", 2, Some("iv-links")),
                ("1-moscow", 3, Some("a-campaign")),
                ("a-crocus", 4, Some("1-moscow")),
                ("i-letter", 5, Some("a-crocus")),
                ("b-talks", 4, Some("1-moscow")),
            ]
        );
    }

    #[test]
    fn a_title_line_over_a_by_line_without_a_blank_line_is_title_and_byline() {
        let source = "The Siege of Marib\nBy Jane Doe\n\nThe offensive began in February.";
        assert_eq!(
            kinds(source),
            [
                (1, BlockKind::Title),
                (2, BlockKind::Byline),
                (4, BlockKind::Paragraph)
            ]
        );
    }

    #[test]
    fn a_short_line_ending_in_a_quotation_and_a_superscript_marker_is_no_heading() {
        let source = "Intro text.\n\nIn the words of one mother, “we moved four times.”³\n\nMore.";
        assert_eq!(kinds(source)[1], (3, BlockKind::Paragraph));
    }

    #[test]
    fn dotted_numbers_give_their_depth() {
        let found = outline("Intro text here.\n\n3.1 Groundwork\n\nText.\n\n3.2 Adoption\n\nText.");
        assert_eq!(found[1].1, 2);
        assert_eq!(found[2].1, 2);
    }

    #[test]
    fn title_page_lines_before_numbered_headings_are_front_matter() {
        let source = "The Report\n\nVolume I of II\n\nSpecial Counsel\n\nIV. Links\n\nThe text begins here and goes on.\n\nA. Campaign\n\nMore text.";
        let blocks = kinds(source);
        assert_eq!(blocks[1], (3, BlockKind::Byline));
        assert_eq!(blocks[2], (5, BlockKind::Byline));
        assert_eq!(blocks[3], (7, BlockKind::Heading));
    }

    #[test]
    fn a_line_before_a_parenthesised_photo_credit_is_a_caption() {
        let source = "Electors cast their votes on December 14, 2020.\n\n(Photo by Jane Roe/Agency)\n\nThe text.";
        assert_eq!(
            kinds(source)[..2],
            [(1, BlockKind::Caption), (3, BlockKind::Credit)]
        );
    }
}
