//! One body paragraph prepared for attribution: quote spans, nicknames, markers, sentences and
//! a masked copy of the text in which quotes and markers no longer read as words.

use super::facts::SentenceFacts;
use super::names::has_name_shape;
use super::spans::{self, MarkedBlock, Marker, QuoteSpan, QuoteStyle};
use super::words::{Lexicon, NICKNAME_MASK, QUOTE_MASK, Tok, WordClasses, tokenize_with};
use crate::model::BlockKind;
use crate::text::{TrimQuick, WordsQuick};
use std::borrow::Cow;

/// The body paragraphs of the report, in order.
pub(crate) fn paragraphs<'a, 'l>(
    lex: &'l Lexicon,
    classes: &mut WordClasses<'a, 'l>,
    blocks: &'a [MarkedBlock],
) -> Vec<Paragraph<'a>> {
    blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| b.block.kind.is_body())
        .map(|(i, b)| {
            Paragraph::new(
                lex,
                classes,
                i,
                b.block.kind,
                &b.block.text,
                &b.markers,
                b.quotes,
            )
        })
        .collect()
}

/// Notes read as paragraphs, for the patterns that tie people to organisations.
pub(crate) fn note_paragraphs<'a, 'l>(
    lex: &'l Lexicon,
    classes: &mut WordClasses<'a, 'l>,
    texts: &[&'a str],
    quotes: QuoteStyle,
) -> Vec<Paragraph<'a>> {
    texts
        .iter()
        .enumerate()
        .map(|(i, text)| Paragraph::new(lex, classes, i, BlockKind::NoteEntry, text, &[], quotes))
        .collect()
}

/// A body paragraph ready for attribution.
pub(crate) struct Paragraph<'a> {
    /// Index of the block in the report.
    pub block: usize,
    /// Paragraph or block quotation.
    pub kind: BlockKind,
    /// The text as written.
    pub text: &'a str,
    /// The text with quotes and markers masked, byte for byte the same length.
    pub masked: String,
    /// Every double-quoted span.
    pub spans: Vec<QuoteSpan>,
    /// Whether each span is a nickname inside a name.
    pub nickname: Vec<bool>,
    /// Endnote markers that name an existing note (the block's).
    pub markers: &'a [Marker],
    /// Byte offsets where sentences end; the last is the text's length.
    pub sentence_ends: Vec<usize>,
    /// Byte offsets of closing quote marks with no opening mark.
    pub strays: Vec<usize>,
    /// The narration's tokens, classified once.
    toks: Vec<Tok<'a>>,
}

/// "… the rain has already come. (KII, extension officer, Tarro ward)": where a block
/// quotation's words end when it closes on a parenthesis after its last sentence (who said it,
/// not what), else `end`.
fn before_closing_byline(text: &str, end: usize) -> usize {
    let body = text[..end].trim_end();
    // "… We buried them ourselves. — Fatuma, 52, a farmer from Mbau": a dash and a name after
    // the last sentence.
    for dash in [" — ", " – ", " ― ", " -- "] {
        if let Some(at) = body.rfind(dash) {
            let before = body[..at].trim_end();
            let credit = &body[at + dash.len()..];
            if before.ends_with(['.', '?', '!', '”', '"'])
                && credit.starts_with(char::is_uppercase)
                && !credit.contains(['.', '?', '!'])
            {
                return before.len();
            }
        }
    }
    let Some(inner) = body.strip_suffix(')') else {
        return end;
    };
    let Some(open) = inner.rfind('(') else {
        return end;
    };
    let before = text[..open].trim_end();
    if before.ends_with(['.', '?', '!', '”', '"']) && !inner[open + 1..].contains(['(', '.']) {
        before.len()
    } else {
        end
    }
}

impl<'a> Paragraph<'a> {
    /// Prepares a block. `markers` are the block's validated markers.
    pub(crate) fn new<'l>(
        lex: &'l Lexicon,
        classes: &mut WordClasses<'a, 'l>,
        block: usize,
        kind: BlockKind,
        text: &'a str,
        markers: &'a [Marker],
        quotes: QuoteStyle,
    ) -> Self {
        let (mut spans, strays) = spans::quote_spans(text, quotes);
        if kind == BlockKind::BlockQuote && spans.is_empty() && !opens_on_transcript_label(text) {
            // A block quotation set without quote marks is one quote; a transcript ("Chair
            // HOLLOWAY. Who …? Ms. CASTELL. The …") is a record of many voices, not one's.
            let end = markers.first().map_or(text.trim_end().len(), |m| m.start);
            let end = before_closing_byline(text, end);
            if !text[..end].is_blank() {
                spans.push(QuoteSpan {
                    open: 0,
                    start: 0,
                    end,
                    close_end: end,
                    closed: true,
                });
            }
        }
        let nickname: Vec<bool> = spans.iter().map(|s| is_nickname(lex, text, s)).collect();
        let masked = mask(text, &spans, &nickname, markers);
        // The spans that are speech: all of them, unless one is a nickname.
        let speech_spans: Cow<'_, [QuoteSpan]> = if nickname.contains(&true) {
            spans
                .iter()
                .zip(&nickname)
                .filter(|(_, n)| !**n)
                .map(|(s, _)| s.clone())
                .collect()
        } else {
            Cow::Borrowed(&spans)
        };
        let sentence_ends = spans::sentence_ends(text, &speech_spans, markers);
        let mut toks = tokenize_with(lex, classes, text, &masked);
        mark_quote_punctuation(&mut toks, &spans, text);
        mark_sentence_starts(&mut toks, &sentence_ends);
        Paragraph {
            block,
            kind,
            text,
            masked,
            spans,
            nickname,
            markers,
            sentence_ends,
            strays,
            toks,
        }
    }

    /// Index of the sentence containing byte `at`.
    pub(crate) fn sentence_of(&self, at: usize) -> usize {
        self.sentence_ends
            .iter()
            .position(|&end| at < end)
            .unwrap_or(self.sentence_ends.len().saturating_sub(1))
    }

    /// Byte range of sentence `s`.
    pub(crate) fn sentence_range(&self, s: usize) -> std::ops::Range<usize> {
        let start = if s == 0 {
            0
        } else {
            self.sentence_ends.get(s - 1).copied().unwrap_or(0)
        };
        start
            ..self
                .sentence_ends
                .get(s)
                .copied()
                .unwrap_or(self.text.len())
    }

    /// Every token of the narration.
    pub(crate) fn all_tokens(&self) -> &[Tok<'a>] {
        &self.toks
    }

    /// Every token, to add what later passes learn (names).
    pub(crate) fn tokens_mut(&mut self) -> &mut [Tok<'a>] {
        &mut self.toks
    }

    /// Tokens of the narration between two byte offsets.
    pub(crate) fn tokens(&self, from: usize, to: usize) -> &[Tok<'a>] {
        &self.toks[self.token_range(from, to)]
    }

    /// The indices of the tokens of the narration between two byte offsets.
    pub(crate) fn token_range(&self, from: usize, to: usize) -> std::ops::Range<usize> {
        let lo = self.toks.partition_point(|t| t.start < from);
        let hi = self.toks.partition_point(|t| t.end <= to).max(lo);
        lo..hi
    }

    /// The tokens of a sentence, by the indices its facts keep ([`SentenceFacts::tokens`]).
    pub(crate) fn sentence_tokens(&self, sentence: &SentenceFacts<'_>) -> &[Tok<'a>] {
        &self.toks[sentence.tokens.clone()]
    }

    /// Whether only punctuation and spaces lie between two offsets of the masked text.
    pub(crate) fn only_punctuation(&self, from: usize, to: usize) -> bool {
        self.masked.get(from..to).is_some_and(|gap| {
            gap.chars().all(|c| {
                c.is_whitespace()
                    || matches!(c, ',' | '.' | ';' | ':' | '—' | '–' | '-')
                    || c == char::from(NICKNAME_MASK)
            })
        })
    }
}

/// The text with quotes and markers masked, byte for byte the same length: a quote becomes its
/// mask byte then spaces, a marker spaces. Built from slices of the text, so no re-validation.
fn mask(text: &str, spans: &[QuoteSpan], nickname: &[bool], markers: &[Marker]) -> String {
    let quotes = || {
        spans
            .iter()
            .zip(nickname)
            .filter(|(s, _)| s.close_end > s.open)
            .map(|(s, nick)| {
                let mask = if *nick { NICKNAME_MASK } else { QUOTE_MASK };
                (s.open, s.close_end, mask)
            })
    };
    let marks = || markers.iter().map(|m| (m.start, m.end, b' '));
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    let mut mask_range = |(start, end, mask): (usize, usize, u8)| {
        if start < at || end > text.len() || !text.is_char_boundary(start) {
            return;
        }
        out.push_str(&text[at..start]);
        out.push(char::from(mask));
        push_spaces(&mut out, end - start - 1);
        at = end;
    };
    // Quotes and markers are each found left to right: merged in order without a list, unless
    // one is out of order.
    if quotes().is_sorted() && marks().is_sorted() {
        let (mut quotes, mut marks) = (quotes().peekable(), marks().peekable());
        while let Some(range) = match (quotes.peek(), marks.peek()) {
            (Some(q), Some(m)) if m < q => marks.next(),
            (Some(_), _) => quotes.next(),
            (None, _) => marks.next(),
        } {
            mask_range(range);
        }
    } else {
        let mut ranges: Vec<(usize, usize, u8)> = quotes().chain(marks()).collect();
        ranges.sort_unstable();
        ranges.into_iter().for_each(&mut mask_range);
    }
    out.push_str(text.get(at..).unwrap_or(""));
    out
}

/// Writes `n` spaces, a slice of them at a time rather than a character at a time.
fn push_spaces(out: &mut String, mut n: usize) {
    const SPACES: &str = "                                                                ";
    while n > 0 {
        let k = n.min(SPACES.len());
        out.push_str(&SPACES[..k]);
        n -= k;
    }
}

/// Gives each quote's barrier token the clause punctuation that ends its quoted text or follows
/// its closing mark ("“synergy on a government level,” Klokov" ends a clause at the comma).
fn mark_quote_punctuation(toks: &mut [Tok<'_>], spans: &[QuoteSpan], text: &str) {
    let mut k = 0;
    for span in spans {
        while k < toks.len() && toks[k].start < span.open {
            k += 1;
        }
        let Some(t) = toks.get_mut(k).filter(|t| t.barrier && t.quote) else {
            continue;
        };
        let inner_last = span.inner(text).trim_end().chars().next_back();
        let after = text.get(span.close_end..).and_then(|a| a.chars().next());
        let punct = |c: Option<char>| c.filter(|c| matches!(c, ',' | '.' | ';' | ':' | '!' | '?'));
        t.punct = t.punct.or(punct(after)).or(punct(inner_last));
    }
}

/// Marks the first word of each sentence, and a word after a colon, as sentence-initial.
fn mark_sentence_starts(toks: &mut [Tok<'_>], sentence_ends: &[usize]) {
    let mut start = 0;
    let mut k = 0;
    for &end in sentence_ends {
        let mut first = true;
        while k < toks.len() && toks[k].start < end {
            let t = &toks[k];
            if first && t.start >= start && t.word.chars().any(char::is_alphabetic) {
                // "“…” — Fatima, a resident": a name after a dash is no sentence's first word.
                let after_dash = k > 0 && toks[k - 1].barrier && !toks[k - 1].quote;
                toks[k].sentence_initial = !after_dash;
                first = false;
            }
            if toks[k].punct == Some(':') {
                first = true;
            }
            k += 1;
        }
        start = end;
    }
}

/// A short capitalized span between two parts of a name: Mohannad “Abu al-Majd” Makhzoom.
fn is_nickname(lex: &Lexicon, text: &str, span: &QuoteSpan) -> bool {
    if !span.closed {
        return false;
    }
    /// The most words of a nickname.
    const MAX_WORDS: usize = 4;
    let inner = span.inner(text);
    // A quotation's words are counted only as far as a nickname's may go.
    let words = inner.words_quick();
    let count = words.clone().take(MAX_WORDS + 1).count();
    let is_name_word = |w: &str| has_name_shape(w) && !lex.is_function_word(w);
    let name_like = (1..=MAX_WORDS).contains(&count)
        && words.clone().all(|w| is_name_word(w) || lex.is_particle(w));
    // The words next to the quote, their spaces found by their bytes (as `split(' ')` would
    // find them, without a searcher's setup for a word's few bytes).
    let before = text[..span.open].strip_suffix(' ').map(|b| {
        b.bytes()
            .rposition(|c| c == b' ')
            .map_or(b, |k| &b[k + 1..])
    });
    let after = text[span.close_end..]
        .strip_prefix(' ')
        .map(|a| a.bytes().position(|c| c == b' ').map_or(a, |k| &a[..k]));
    let name_at = |w: Option<&str>| {
        w.is_some_and(|w| {
            let w = w.trim_end_matches([',', '.', ';', ':']);
            is_name_word(w) && lex.role(w).is_none()
        })
    };
    name_like && name_at(before) && name_at(after)
}

/// Whether a block opens on a hearing transcript's speaker label: a title, then a surname in
/// capitals and a period ("Chair HOLLOWAY.", "Ms. CASTELL.", "Senator OKONJO.").
fn opens_on_transcript_label(text: &str) -> bool {
    /// Words of a title before the surname ("Acting Chair").
    const MAX_TITLE_WORDS: usize = 2;
    let words: Vec<&str> = text.words_quick().take(MAX_TITLE_WORDS + 1).collect();
    words.iter().enumerate().any(|(k, w)| {
        let Some(surname) = w.strip_suffix('.') else {
            return false;
        };
        k > 0
            && surname.chars().count() >= 2
            && surname
                .chars()
                .all(|c| c.is_uppercase() || c == '-' || c == '’' || c == '\'')
            && words[..k]
                .iter()
                .all(|t| t.chars().next().is_some_and(char::is_uppercase))
    })
}

#[cfg(test)]
mod tests {
    use super::{before_closing_byline, push_spaces};

    #[test]
    fn spaces_are_written_a_slice_at_a_time_as_many_as_asked() {
        for n in 0..200 {
            let mut out = String::from("x");
            push_spaces(&mut out, n);
            assert_eq!(out, format!("x{}", " ".repeat(n)));
        }
    }

    /// The words of a block quotation, as `before_closing_byline` cuts them.
    fn words(text: &str) -> &str {
        &text[..before_closing_byline(text, text.len())]
    }

    #[test]
    fn a_block_quotation_ends_before_the_parenthesis_that_names_its_speaker() {
        assert_eq!(
            words(
                "I have 3,400 households on my list. The rain has already come. (KII, extension officer, Tarro ward)"
            ),
            "I have 3,400 households on my list. The rain has already come."
        );
    }

    #[test]
    fn a_block_quotation_ends_before_the_dash_that_names_its_speaker() {
        assert_eq!(
            words("Nobody came. We buried them ourselves. — Fatuma, 52, a farmer from Mbau"),
            "Nobody came. We buried them ourselves."
        );
        // A dash inside the words, or before more sentences, is part of them.
        let text = "We waited — Nobody came. Then we left.";
        assert_eq!(words(text), text);
    }

    #[test]
    fn a_parenthesis_inside_the_last_sentence_is_part_of_the_words() {
        let text = "We stopped growing sorghum (the old crop)";
        assert_eq!(words(text), text);
        let text = "It was the last one. (See the table on p. 4.)";
        assert_eq!(words(text), text);
    }
}
