//! Spans inside a block: double-quoted spans, endnote markers and sentence boundaries.
//!
//! Curly (“…”), straight ("…") and angle («…») double quotes open and close spans; single quotes
//! nest inside them and never open one, unless the document quotes with single marks (‘…’, the
//! British style), where the roles swap (a double-quoted span outside any single-quoted one
//! still counts: a letter quoted with "…" in a report that quotes with '…'). A span left open at the end of a block runs to the end
//! of it (the convention for quotations that go on into the next paragraph). Markers are
//! checked against the notes list as the blocks are read in order.

use super::layout::LaidBlock;
use super::lexicon;
use crate::model::{Block, BlockKind, Diagnostic, Note};
use crate::text::TrimQuick;
use std::collections::BTreeSet;

/// Which marks a document quotes with.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum QuoteStyle {
    /// “…” and "…" (single marks nest inside).
    #[default]
    Double,
    /// ‘…’ and '…' (double marks nest inside).
    Single,
}

/// The document's quoting style: single marks when they open quotations and double marks
/// (nearly) never do.
pub(crate) fn quote_style<'a>(texts: impl Iterator<Item = &'a str>) -> QuoteStyle {
    /// Single openings needed, and how many times the double ones they must outnumber.
    const MIN_SINGLE: usize = 2;
    const RATIO: usize = 4;
    let (mut double, mut single, mut curly_single) = (0, 0, 0);
    for text in texts {
        // Quote marks are found by their first byte; the characters around one are decoded
        // only there.
        let bytes = text.as_bytes();
        let mut at = 0;
        loop {
            at = next_candidate(bytes, at, [b'"', b'\'']);
            let i = at;
            let Some(&b) = bytes.get(i) else {
                break;
            };
            at += char_len(b);
            if !matches!(b, b'"' | b'\'' | 0xe2 | 0xc2) {
                continue;
            }
            let Some(c) = text[i..].chars().next() else {
                continue;
            };
            if !matches!(c, '“' | '«' | '"' | '‘' | '\'') {
                continue;
            }
            let opens_word = text[..i]
                .chars()
                .next_back()
                .is_none_or(|p| p.is_whitespace() || "([—–".contains(p));
            let next_is_word = || {
                text[i + c.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(|n| n.is_alphanumeric() || n == '[')
            };
            match c {
                '“' | '«' => double += 1,
                '"' if opens_word => double += 1,
                '‘' | '\'' if opens_word && next_is_word() => {
                    single += 1;
                    curly_single += usize::from(c == '‘');
                }
                _ => {}
            }
        }
    }
    // A curly opening mark is no apostrophe: one is enough where no double mark stands.
    if (single >= MIN_SINGLE || curly_single > 0) && single >= RATIO * double {
        QuoteStyle::Single
    } else {
        QuoteStyle::Double
    }
}

/// A block with the endnote markers that name a note of the list.
#[derive(Debug)]
pub(crate) struct MarkedBlock {
    /// The block.
    pub block: Block,
    /// Byte offsets in the block's text where a further physical line starts.
    pub breaks: Vec<usize>,
    /// Its markers, in order.
    pub markers: Vec<Marker>,
    /// The document's quoting style.
    pub quotes: QuoteStyle,
}

impl MarkedBlock {
    /// The physical line of byte `at` of the block's text.
    pub(crate) fn line_at(&self, at: usize) -> u32 {
        let extra = self.breaks.iter().filter(|&&x| x <= at).count();
        self.block
            .line
            .saturating_add(u32::try_from(extra).unwrap_or(0))
    }
}

/// The highest marker number believed when the report has no notes list.
const MAX_UNLISTED_MARKER: u32 = 999;

/// The spans-and-markers pass over blocks: finds each block's markers and keeps those that
/// name a note of the list (any plausible number when there is none). Loose digits count only
/// where the sequence of notes expects them; markers out of order are reported.
pub(crate) fn mark(
    blocks: Vec<LaidBlock>,
    notes: &[Note],
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<MarkedBlock> {
    let mut known: BTreeSet<u32> = BTreeSet::new();
    known.extend(notes.iter().map(|n| n.n));
    let quotes = quote_style(
        blocks
            .iter()
            .filter(|b| b.block.kind.is_body())
            .map(|b| b.block.text.as_str()),
    );
    let mut last = 0;
    // Markers met so far: citing a note again later is no disorder (an encyclopedia's reference
    // list numbers each source once and cites it wherever it is used).
    let mut cited: BTreeSet<u32> = BTreeSet::new();
    let mut out = Vec::with_capacity(blocks.len());
    for laid in blocks {
        let mut marked = MarkedBlock {
            block: laid.block,
            breaks: laid.breaks,
            markers: Vec::new(),
            quotes,
        };
        let carries_markers = marked.block.kind.is_body()
            || matches!(marked.block.kind, BlockKind::PullQuote | BlockKind::Caption);
        if !carries_markers {
            out.push(marked);
            continue;
        }
        for m in markers(&marked.block.text) {
            let line = marked.line_at(m.start);
            if m.shape == MarkerShape::Loose {
                let expected = if last == 0 {
                    notes.first().map(|n| n.n)
                } else {
                    Some(last + 1)
                };
                if known.contains(&m.n) && expected == Some(m.n) {
                    last = m.n;
                    marked.markers.push(m);
                }
                continue;
            }
            if !known.is_empty() && !known.contains(&m.n) {
                diagnostics.push(Diagnostic::warning(
                    line,
                    "marker-without-note",
                    format!("Endnote marker {} has no note in the notes list.", m.n),
                ));
                continue;
            }
            if known.is_empty() && m.n > MAX_UNLISTED_MARKER {
                continue;
            }
            if m.n < last && !cited.contains(&m.n) {
                diagnostics.push(Diagnostic::warning(
                    line,
                    "marker-order",
                    format!("Endnote marker {} comes after marker {last}.", m.n),
                ));
            }
            last = last.max(m.n);
            cited.insert(m.n);
            marked.markers.push(m);
        }
        out.push(marked);
    }
    out
}

/// A double-quoted span inside a block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct QuoteSpan {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset of the first quoted byte.
    pub start: usize,
    /// Byte offset just past the last quoted byte.
    pub end: usize,
    /// Byte offset just past the closing mark (equal to `end` when unclosed).
    pub close_end: usize,
    /// Whether a closing mark was found.
    pub closed: bool,
}

impl QuoteSpan {
    /// The quoted text.
    pub fn inner<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// An endnote marker found in a block: the number and its byte range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Marker {
    pub n: u32,
    pub start: usize,
    pub end: usize,
    /// How surely the digits are a marker by their shape alone.
    pub shape: MarkerShape,
}

/// How a marker is written, which says how sure its shape alone makes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MarkerShape {
    /// "[12]", "¹²", or digits glued after punctuation ("city.”12", "said.4"): surely a marker.
    Clear,
    /// Digits glued to a word ("project311") or set apart after a closing quote mark
    /// ("slated.” 1 This"): a marker only where the note sequence expects that number.
    Loose,
}

/// Finds the quoted spans of a block, plus the offsets of stray closing marks.
pub(crate) fn quote_spans(text: &str, style: QuoteStyle) -> (Vec<QuoteSpan>, Vec<usize>) {
    if style == QuoteStyle::Single {
        return single_quote_spans(text);
    }
    let mut spans = Vec::new();
    let mut strays = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    for (i, c) in double_quote_marks(text) {
        let after = i + c.len_utf8();
        match (c, open) {
            ('“' | '«', None) => open = Some((i, after)),
            ('"', None) => open = Some((i, after)),
            ('”' | '»' | '"', Some((o, start))) => {
                spans.push(QuoteSpan {
                    open: o,
                    start,
                    end: i,
                    close_end: after,
                    closed: true,
                });
                open = None;
            }
            ('”' | '»', None) => strays.push(i),
            _ => {}
        }
    }
    if let Some((o, start)) = open {
        let end = text.trim_end().len().max(start);
        spans.push(QuoteSpan {
            open: o,
            start,
            end,
            close_end: end,
            closed: false,
        });
    }
    (spans, strays)
}

/// The double quote marks of a text (`"`, `“`, `”`, `«`, `»`) with their byte offsets, found by
/// their first bytes without decoding the characters between them.
fn double_quote_marks(text: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        loop {
            at = next_candidate(bytes, at, [b'"', b'"']);
            let i = at;
            let b = *bytes.get(i)?;
            at += char_len(b);
            let mark = match b {
                b'"' => Some('"'),
                0xe2 if bytes.get(i + 1) == Some(&0x80) => match bytes.get(i + 2) {
                    Some(0x9c) => Some('“'),
                    Some(0x9d) => Some('”'),
                    _ => None,
                },
                0xc2 => match bytes.get(i + 1) {
                    Some(0xab) => Some('«'),
                    Some(0xbb) => Some('»'),
                    _ => None,
                },
                _ => None,
            };
            if let Some(mark) = mark {
                return Some((i, mark));
            }
        }
    })
}

/// The length of the character whose first byte is `b` (1 for an ASCII byte, and for a byte
/// inside a character): the scans below pass over a character that is not ASCII at once,
/// instead of stopping at each of its bytes, none of which is one they look for.
fn char_len(b: u8) -> usize {
    match b {
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0.. => 4,
        _ => 1,
    }
}

/// A one in each byte of a word, and each byte's high bit: for testing eight bytes at once.
const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// Whether any byte of a word is zero.
fn has_zero(v: u64) -> bool {
    v.wrapping_sub(ONES) & !v & HIGHS != 0
}

/// The eight bytes from `at` as one little-endian word, if there are eight.
fn word_at(bytes: &[u8], at: usize) -> Option<u64> {
    let chunk: [u8; 8] = bytes.get(at..at + 8)?.try_into().ok()?;
    Some(u64::from_le_bytes(chunk))
}

/// The first offset from `at` of a byte that is not ASCII, an opening bracket or a digit (the
/// length of `bytes` if there is none), passing over eight bytes at a time while none of them
/// is.
fn next_marker_candidate(bytes: &[u8], mut at: usize) -> usize {
    while let Some(v) = word_at(bytes, at) {
        if v & HIGHS != 0 {
            break;
        }
        // With every high bit clear, adding to each byte carries into no other byte: a byte
        // reaches its high bit when it is at least '0', and when it is past '9'.
        let from_zero = v.wrapping_add(ONES * u64::from(0x80 - b'0')) & HIGHS;
        let past_nine = v.wrapping_add(ONES * u64::from(0x7f - b'9')) & HIGHS;
        if from_zero & !past_nine != 0 || has_zero(v ^ (ONES * u64::from(b'['))) {
            break;
        }
        at += 8;
    }
    while at < bytes.len()
        && bytes[at].is_ascii()
        && bytes[at] != b'['
        && !bytes[at].is_ascii_digit()
    {
        at += 1;
    }
    at.min(bytes.len())
}

/// The first offset from `at` of a byte that is not ASCII or is one of the `ascii` bytes (the
/// length of `bytes` if there is none): eight bytes are passed over at a time while none of
/// them is.
fn next_candidate<const N: usize>(bytes: &[u8], mut at: usize, ascii: [u8; N]) -> usize {
    while let Some(v) = word_at(bytes, at) {
        if v & HIGHS != 0 || ascii.iter().any(|&b| has_zero(v ^ (ONES * u64::from(b)))) {
            break;
        }
        at += 8;
    }
    while at < bytes.len() && bytes[at].is_ascii() && !ascii.contains(&bytes[at]) {
        at += 1;
    }
    at.min(bytes.len())
}

/// Single-quoted spans (‘…’, '…'): a mark opens at the start of a word and closes at the end of
/// one; an apostrophe inside a word ("regime’s", "don't") does neither.
fn single_quote_spans(text: &str) -> (Vec<QuoteSpan>, Vec<usize>) {
    let mut spans = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    // A double-quoted span outside any single-quoted one (a letter quoted with "…" in a report
    // that quotes with '…'): double marks open spans too where no single mark is open.
    let mut double_open: Option<(usize, usize)> = None;
    let mut previous: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let after = i + c.len_utf8();
        let next = chars.peek().map(|(_, n)| *n);
        let opens_word = previous.is_none_or(|p| p.is_whitespace() || "([—–“\"".contains(p));
        // A note marker may be glued to a closing mark ("… harm.’¹²", "… Easter.'4", "‘a
        // system failure, not an individual one’12 and"): no word goes on into digits.
        let glued_digits = previous.is_some_and(|p| p.is_alphabetic() || ".,;!?".contains(p))
            && next.is_some_and(|n| n.is_ascii_digit())
            && text[after..]
                .trim_start_matches(|d: char| d.is_ascii_digit())
                .chars()
                .next()
                .is_none_or(|n| !n.is_alphanumeric());
        let ends_word = previous.is_some_and(|p| !p.is_whitespace())
            && (next.is_none_or(|n| !n.is_alphanumeric() || superscript_value(n).is_some())
                || glued_digits);
        if open.is_none() {
            // Only a mark the block closes later opens one: a stray inch mark does not hide the
            // single-quoted spans after it.
            let closed_later = || text[after..].contains(['"', '”']);
            match (c, double_open) {
                ('“', None) if closed_later() => double_open = Some((i, after)),
                ('"', None)
                    if opens_word && next.is_some_and(|n| !n.is_whitespace()) && closed_later() =>
                {
                    double_open = Some((i, after));
                }
                ('”' | '"', Some((o, start))) => {
                    spans.push(QuoteSpan {
                        open: o,
                        start,
                        end: i,
                        close_end: after,
                        closed: true,
                    });
                    double_open = None;
                }
                _ => {}
            }
            if double_open.is_some() || matches!(c, '”' | '"') {
                previous = Some(c);
                continue;
            }
        }
        // "‘We get solicitors’ letters opened’": a mark after a plural "s", before a word in
        // lower case, is an apostrophe when a mark that can close comes later, before another
        // quotation opens.
        let possessive = c == '’'
            && previous == Some('s')
            && text[after..].starts_with(' ')
            && text[after + 1..].starts_with(char::is_lowercase)
            && closes_later(&text[after..]);
        match (c, open) {
            ('‘' | '\'', None) if opens_word && next.is_some_and(|n| !n.is_whitespace()) => {
                open = Some((i, after));
            }
            ('’' | '\'', Some((o, start))) if ends_word && !possessive => {
                spans.push(QuoteSpan {
                    open: o,
                    start,
                    end: i,
                    close_end: after,
                    closed: true,
                });
                open = None;
            }
            _ => {}
        }
        previous = Some(c);
    }
    if let Some((o, start)) = open {
        let end = text.trim_end().len().max(start);
        spans.push(QuoteSpan {
            open: o,
            start,
            end,
            close_end: end,
            closed: false,
        });
    }
    (spans, Vec::new())
}

/// Whether a closing single mark comes in `rest` before another quotation opens: one after a
/// word and before a space, punctuation or a marker.
fn closes_later(rest: &str) -> bool {
    let mut previous: Option<char> = None;
    let mut chars = rest.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '‘' {
            return false;
        }
        let next = chars.peek().copied();
        if c == '’'
            && previous.is_some_and(|p| p.is_alphanumeric() || ".,!?".contains(p))
            && next.is_none_or(|n| !n.is_alphanumeric() || superscript_value(n).is_some())
        {
            return true;
        }
        previous = Some(c);
    }
    false
}

/// Finds endnote markers: digits glued after punctuation (`city.”12`, `said.4`), bracketed
/// numbers (`[12]`) and superscript digits (`¹²`).
pub(crate) fn markers(text: &str) -> Vec<Marker> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    loop {
        // Only a bracket, a digit or a superscript (not ASCII) can start a marker.
        i = next_marker_candidate(bytes, i);
        if i >= bytes.len() {
            break;
        }
        let b = bytes[i];
        if b == b'[' {
            let digits = count_digits(&bytes[i + 1..]);
            if (1..=4).contains(&digits) && bytes.get(i + 1 + digits) == Some(&b']') {
                if let Some(n) = parse_digits(&text[i + 1..i + 1 + digits]) {
                    found.push(Marker {
                        n,
                        start: i,
                        end: i + digits + 2,
                        shape: MarkerShape::Clear,
                    });
                }
                i += digits + 2;
                continue;
            }
        } else if b.is_ascii_digit()
            && let Some(shape) = digits_shape(text, i)
        {
            let digits = count_digits(&bytes[i..]);
            let end = i + digits;
            let next = text[end..].chars().next();
            let boundary = next.is_none_or(|c| {
                c.is_whitespace() || matches!(c, '“' | '"' | '—' | '–' | '(' | ')' | ',' | ';')
            });
            if digits <= 3
                && boundary
                && let Some(n) = parse_digits(&text[i..end])
            {
                found.push(Marker {
                    n,
                    start: i,
                    end,
                    shape,
                });
            }
            i = end;
            continue;
        } else if let Some(start) = superscript_start(text, i) {
            let mut end = start;
            let mut value: u32 = 0;
            for c in text[start..].chars() {
                match superscript_value(c) {
                    Some(d) => {
                        value = value.saturating_mul(10).saturating_add(d);
                        end += c.len_utf8();
                    }
                    None => break,
                }
            }
            found.push(Marker {
                n: value,
                start,
                end,
                shape: MarkerShape::Clear,
            });
            i = end;
            continue;
        }
        i += char_len(b);
    }
    found
}

fn count_digits(bytes: &[u8]) -> usize {
    bytes.iter().take_while(|b| b.is_ascii_digit()).count()
}

fn parse_digits(digits: &str) -> Option<u32> {
    digits.parse().ok().filter(|n| *n > 0)
}

/// The shape of digits starting at `i` that may be a marker: glued after closing punctuation
/// that follows a word (clear); glued to a word, or set apart by one space after a closing quote
/// mark (loose). `None` for anything else (numbers in the text).
fn digits_shape(text: &str, i: usize) -> Option<MarkerShape> {
    let mut before = text[..i].chars().rev();
    let p = before.next()?;
    let previous = before.next();
    if matches!(
        p,
        '”' | '"' | '’' | '.' | ',' | ';' | ':' | '!' | '?' | ')' | '»' | ']'
    ) {
        // "A/HRC/56/47/Add.1": a document symbol's last part, not a note.
        let word_start = text[..i - p.len_utf8()]
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(k, c)| k + c.len_utf8());
        if p == '.' && text[word_start..i].contains('/') {
            return None;
        }
        return previous
            .is_some_and(|c| !c.is_ascii_digit() && !c.is_whitespace())
            .then_some(MarkerShape::Clear);
    }
    if p.is_alphabetic() {
        // Glued to a word that is not itself a code mixing letters and digits.
        let word_start = text[..i]
            .char_indices()
            .rev()
            .find(|(_, c)| !c.is_alphanumeric())
            .map_or(0, |(k, c)| k + c.len_utf8());
        let word = &text[word_start..i];
        let plain_word = word.chars().count() >= 3 && word.chars().all(char::is_lowercase);
        return plain_word.then_some(MarkerShape::Loose);
    }
    if p == ' ' && matches!(previous, Some('”' | '"')) {
        return Some(MarkerShape::Loose);
    }
    None
}

fn superscript_start(text: &str, i: usize) -> Option<usize> {
    let c = text.get(i..)?.chars().next()?;
    superscript_value(c).map(|_| i)
}

/// The digit a superscript character writes ("¹" is 1).
pub(crate) fn superscript_value(c: char) -> Option<u32> {
    Some(match c {
        '⁰' => 0,
        '¹' => 1,
        '²' => 2,
        '³' => 3,
        '⁴' => 4,
        '⁵' => 5,
        '⁶' => 6,
        '⁷' => 7,
        '⁸' => 8,
        '⁹' => 9,
        _ => return None,
    })
}

/// Byte offsets where sentences end in a block, given its quote spans and markers.
///
/// A sentence ends at `.`, `!` or `?` in the narration (not after an abbreviation or an initial)
/// when the next word starts with a capital, a digit or a quote mark; and at the closing mark of
/// a quote whose text ends a sentence when the same follows. The block's end is always one.
pub(crate) fn sentence_ends(text: &str, spans: &[QuoteSpan], markers: &[Marker]) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut ends = Vec::new();
    let mut spans = spans.iter().peekable();
    let mut i = 0;
    while i < bytes.len() {
        if let Some(span) = spans.peek()
            && i >= span.open
        {
            let inner = span
                .inner(text)
                .trim_end()
                .trim_end_matches(['’', '\'', ')']);
            if span.closed
                && inner.ends_with(['.', '!', '?', '…'])
                && next_starts_sentence(text, span.close_end, markers)
            {
                ends.push(span.close_end);
            }
            i = span.close_end.max(i + 1);
            spans.next();
            continue;
        }
        // Up to the next sentence punctuation (or the next quote's opening): the bytes before
        // it end nothing.
        let next = next_candidate(bytes, i, [b'.', b'!', b'?']);
        let next = spans.peek().map_or(next, |span| next.min(span.open.max(i)));
        if next != i {
            i = next;
            continue;
        }
        // Sentence punctuation is ASCII, so bytes can be read directly; `i + 1` after one of
        // these bytes is a character boundary.
        if matches!(bytes[i], b'.' | b'!' | b'?')
            && !is_abbreviation(&text[..i])
            && next_starts_sentence(text, i + 1, markers)
        {
            ends.push(i + 1);
        }
        i += char_len(bytes[i]);
    }
    if ends.last() != Some(&text.len()) {
        ends.push(text.len());
    }
    ends
}

/// Whether what follows `at` (after closing marks, markers and spaces) opens a new sentence.
fn next_starts_sentence(text: &str, at: usize, markers: &[Marker]) -> bool {
    // Most sentences end on a space and an ASCII capital, where no marker stands: told at a
    // glance, as the reading below would tell it.
    if let Some([b' ', next, ..]) = text.as_bytes().get(at..)
        && next.is_ascii_uppercase()
        && !markers.iter().any(|m| m.start == at || m.start == at + 1)
    {
        return true;
    }
    let mut i = at;
    // Markers glued or set apart by spaces ("done. [90] Granted") belong to the sentence before.
    loop {
        if let Some(m) = markers.iter().find(|m| m.start == i) {
            i = m.end;
            continue;
        }
        let rest = text.get(i..).unwrap_or("");
        let trimmed = rest.trim_start();
        let skipped = rest.len() - trimmed.len();
        if skipped > 0 && markers.iter().any(|m| m.start == i + skipped) {
            i += skipped;
            continue;
        }
        break;
    }
    let rest = &text[i.min(text.len())..];
    let rest = rest.trim_start_matches([')', '’', '\'']);
    if rest.is_blank() {
        return true;
    }
    let mut chars = rest.chars();
    if !chars.next().is_some_and(char::is_whitespace) {
        return false;
    }
    let after = rest.trim_start();
    let next = after.chars().next();
    // "at 11:58 a.m. “about how …”": a quotation that opens in lower case goes on the
    // sentence; no sentence opens on a lower-case word.
    let quote_in_lower_case = matches!(next, Some('“' | '"' | '‘' | '\'' | '«'))
        && after
            .chars()
            .skip(1)
            .find(|c| c.is_alphanumeric())
            .is_some_and(char::is_lowercase);
    !quote_in_lower_case
        && next.is_some_and(|c| {
            c.is_uppercase()
                || c.is_ascii_digit()
                || matches!(c, '“' | '"' | '‘' | '\'' | '(' | '«')
        })
}

/// Whether the text before a period ends in an abbreviation or a single initial ("U.S", "J").
fn is_abbreviation(before: &str) -> bool {
    let word = last_word(before);
    // The period found by its byte, read backward: a word is shorter than a searcher's setup.
    let last = word
        .bytes()
        .rposition(|b| b == b'.')
        .map_or(word, |dot| &word[dot + 1..]);
    let single_initial = last.chars().count() == 1 && last.chars().all(char::is_uppercase);
    single_initial || lexicon::is_abbreviation(word) || lexicon::is_abbreviation(last)
}

/// The word a text ends on: after its last white space, `(` or `“`. An ASCII word is read
/// backward byte by byte; at a byte that is not ASCII, the text is read by characters.
fn last_word(text: &str) -> &str {
    let bytes = text.as_bytes();
    // The ASCII characters that are white space, and the bracket.
    let separates = |b: u8| matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ' | b'(');
    match bytes.iter().rposition(|&b| !b.is_ascii() || separates(b)) {
        None => text,
        Some(k) if bytes[k].is_ascii() => &text[k + 1..],
        Some(_) => text
            .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '“')
            .next()
            .unwrap_or(""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_word_is_read_as_by_characters() {
        fn by_characters(text: &str) -> &str {
            text.rsplit(|c: char| c.is_whitespace() || c == '(' || c == '“')
                .next()
                .unwrap_or("")
        }
        for text in [
            "",
            "U.S",
            "the U.S",
            "in (J",
            "tab\tJr",
            "vt\u{b}Dr",
            "ff\u{c}x",
            "nbsp\u{a0}Sen",
            "quote “Mr",
            "Café",
            "naïve word",
            "thin\u{2009}space",
            "(",
            " ",
            "end ",
            "a“b",
        ] {
            assert_eq!(last_word(text), by_characters(text), "{text:?}");
        }
    }

    #[test]
    fn the_marker_scan_stops_at_every_bracket_digit_and_non_ascii_byte() {
        let text = "Plain words, then [12] and 7 and ¹² — and the digits 0 9 / : at the end";
        let bytes = text.as_bytes();
        let mut found = Vec::new();
        let mut at = 0;
        loop {
            at = next_marker_candidate(bytes, at);
            if at >= bytes.len() {
                break;
            }
            found.push(at);
            at += 1;
        }
        let expected: Vec<usize> = (0..bytes.len())
            .filter(|&i| !bytes[i].is_ascii() || bytes[i] == b'[' || bytes[i].is_ascii_digit())
            .collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn the_byte_scan_stops_at_every_candidate_byte_and_at_no_other() {
        let text = "An eight-byte run, then “quotes” and \"marks\" and an end.";
        let bytes = text.as_bytes();
        let mut found = Vec::new();
        let mut at = 0;
        loop {
            at = next_candidate(bytes, at, [b'"', b'"']);
            if at >= bytes.len() {
                break;
            }
            found.push(at);
            at += 1;
        }
        let expected: Vec<usize> = (0..bytes.len())
            .filter(|&i| !bytes[i].is_ascii() || bytes[i] == b'"')
            .collect();
        assert_eq!(found, expected);
    }

    fn inners(text: &str) -> Vec<&str> {
        inners_in(text, QuoteStyle::Double)
    }

    /// The texts of the spans of `text` read in `style`.
    fn inners_in(text: &str, style: QuoteStyle) -> Vec<&str> {
        quote_spans(text, style)
            .0
            .iter()
            .map(|s| s.inner(text))
            .collect()
    }

    #[test]
    fn single_quotes_open_spans_in_a_document_that_quotes_with_them() {
        let text =
            "‘We held,’ he said. ‘The regime’s planes came,’ said the officials’ aide. 'Don't go.'";
        assert_eq!(
            quote_style([text].into_iter()),
            QuoteStyle::Single,
            "three single openings, no double ones"
        );
        assert_eq!(
            inners_in(text, QuoteStyle::Single),
            ["We held,", "The regime’s planes came,", "Don't go."]
        );
    }

    #[test]
    fn a_single_quote_closes_before_a_superscript_marker_and_not_at_a_plural_possessive() {
        let text = "‘We get solicitors’ letters opened,’ he said. ‘Spice is run by the dealers’,¹ she said. ‘It was never reviewed.’¹²";
        assert_eq!(
            inners_in(text, QuoteStyle::Single),
            [
                "We get solicitors’ letters opened,",
                "Spice is run by the dealers",
                "It was never reviewed."
            ]
        );
    }

    #[test]
    fn a_document_that_quotes_with_single_marks_keeps_its_double_quoted_spans_and_glued_digits() {
        // A disclosure: the requester's words in double marks, the released emails in single
        // ones with a footnote number glued after the closing mark; a double mark inside a
        // single-quoted span nests, and an inch mark the block never closes opens nothing.
        let text = "You asked for \"all emails\". He wrote: 'It is worse. We can't leave it past Easter.'4 She replied: 'Not our \"line\" yet.' A 12\" pipe burst. 'Close it,' he said.";
        assert_eq!(
            inners_in(text, QuoteStyle::Single),
            [
                "all emails",
                "It is worse. We can't leave it past Easter.",
                "Not our \"line\" yet.",
                "Close it,"
            ]
        );
    }

    #[test]
    fn a_marker_glued_to_a_closing_single_mark_after_a_word_closes_the_span() {
        let text = "It called the delay ‘a system failure, not an individual one’12 and recommended a ‘rapid scan lane’.";
        assert_eq!(
            inners_in(text, QuoteStyle::Single),
            ["a system failure, not an individual one", "rapid scan lane"]
        );
        assert_eq!(markers(text).iter().map(|m| m.n).collect::<Vec<_>>(), [12]);
    }

    #[test]
    fn one_curly_single_quotation_is_enough_to_quote_with_single_marks() {
        assert_eq!(
            quote_style(["I began by saying to him, ‘This is your chance.’"].into_iter()),
            QuoteStyle::Single
        );
        // A straight mark may be an apostrophe or an inch: one alone is not enough.
        assert_eq!(
            quote_style(["The 'survey' was late."].into_iter()),
            QuoteStyle::Double
        );
    }

    #[test]
    fn a_document_with_double_quotes_keeps_single_quotes_nested() {
        let text = "“A ‘b’ c,” he said. ‘Odd’ one. “D.”";
        assert_eq!(quote_style([text].into_iter()), QuoteStyle::Double);
    }

    #[test]
    fn curly_and_straight_quotes_make_spans_and_single_quotes_nest() {
        assert_eq!(inners("“A,” he said. “B ‘c’ d.”"), ["A,", "B ‘c’ d."]);
        assert_eq!(inners(r#""A," he said. "B.""#), ["A,", "B."]);
    }

    #[test]
    fn an_unclosed_quote_runs_to_the_end_of_the_block() {
        let (spans, _) = quote_spans("He said, “I come and say to you. ", QuoteStyle::Double);
        assert_eq!(spans.len(), 1);
        assert!(!spans[0].closed);
        assert_eq!(
            spans[0].inner("He said, “I come and say to you. "),
            "I come and say to you."
        );
    }

    #[test]
    fn markers_are_found_glued_bracketed_and_superscript() {
        let n = |t: &str| markers(t).iter().map(|m| m.n).collect::<Vec<_>>();
        assert_eq!(n("the city.”12 Then"), [12]);
        assert_eq!(n("said the diplomat.4"), [4]);
        assert_eq!(n("a claim [7] and more."), [7]);
        assert_eq!(n("a claim.³"), [3]);
        assert_eq!(
            n("It cost 2.5 million in 2016. Then 150 percent."),
            Vec::<u32>::new()
        );
        assert_eq!(n("the U.S.3rd fleet"), Vec::<u32>::new());
        assert_eq!(n("the project311) and"), [311]);
        assert_eq!(n("lawfully slated.” 1 This was"), [1]);
        assert_eq!(n("the B2B market and 3 states"), Vec::<u32>::new());
        assert_eq!(
            n("Distr.: General A/HRC/56/47/Add.1 of 2024"),
            Vec::<u32>::new()
        );
    }

    #[test]
    fn glued_and_bracketed_markers_are_clear_and_others_loose() {
        let shapes = |t: &str| markers(t).iter().map(|m| m.shape).collect::<Vec<_>>();
        assert_eq!(
            shapes("said.4 and [5]"),
            [MarkerShape::Clear, MarkerShape::Clear]
        );
        assert_eq!(shapes("a project311) here"), [MarkerShape::Loose]);
    }

    #[test]
    fn sentences_end_at_periods_and_at_quotes_that_end_a_sentence() {
        let text = "He said “total nonsense.” “I went in,” he said. The U.S. officer left.";
        let (spans, _) = quote_spans(text, QuoteStyle::Double);
        let ends = sentence_ends(text, &spans, &[]);
        let pieces: Vec<&str> = ends
            .iter()
            .scan(0, |start, &end| {
                let piece = text[*start..end].trim_quick();
                *start = end;
                Some(piece)
            })
            .collect();
        assert_eq!(
            pieces,
            [
                "He said “total nonsense.”",
                "“I went in,” he said.",
                "The U.S. officer left."
            ]
        );
    }
}
