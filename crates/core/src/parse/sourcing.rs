//! Sourcing: the quotes in reading order, grouped into utterances, each with the note that
//! sources it.
//!
//! Segments of one utterance: a later speech quote by the same speaker in the same paragraph
//! that has no cue of its own or shares the sentence ("“A,” he said. “B.”"), and a quote
//! reopened at the start of a paragraph after one left open. An utterance's note is the marker
//! glued to one of its segments, else the marker ending a segment's sentence, else the first
//! marker that follows while the text goes on quoting, or reporting the words of, the same
//! speaker.

use super::cues::CueKind;
use super::facts::Facts;
use super::paragraph::Paragraph;
use super::registry::EntityId;
use super::resolve::References;
use super::sieves::{Decision, Decisions, Sieve, glued_marker, local_marker};
use super::spans::{self, MarkedBlock, QuoteSpan};
use crate::model::{BlockKind, Note, QuoteKind};
use crate::text::TrimQuick;

/// A quote with its place, verdict, utterance and note.
#[derive(Clone, Debug)]
pub(crate) struct SourcedQuote {
    /// Index of the block.
    pub block: usize,
    /// Index of the body paragraph, for body quotes.
    pub paragraph: Option<usize>,
    /// Index of the span in its paragraph (or media block).
    pub span_index: usize,
    /// The span.
    pub span: QuoteSpan,
    /// The sieves' verdict.
    pub decision: Decision,
    /// Index (in reading order) of the first segment of the utterance.
    pub utterance: usize,
    /// Index of the segment before, when this one continues an utterance.
    pub continues: Option<usize>,
    /// The note that sources the quote.
    pub note: Option<u32>,
}

/// Quotes in reading order with utterances and notes.
pub(crate) fn source(
    blocks: &[MarkedBlock],
    paragraphs: &[Paragraph<'_>],
    decisions: Decisions,
    facts: &Facts,
    refs: &References,
    notes: &[Note],
) -> Vec<SourcedQuote> {
    let mut quotes = in_reading_order(blocks, paragraphs, decisions);
    group_utterances(&mut quotes, paragraphs);
    add_notes(&mut quotes, paragraphs, &narrators(facts, refs), notes);
    quotes
}

/// Per paragraph, who its narration says speaks (the agents of its verbs of saying).
fn narrators(facts: &Facts, refs: &References) -> Vec<Vec<EntityId>> {
    facts
        .paragraphs
        .iter()
        .zip(&refs.paragraphs)
        .map(|(pf, pr)| {
            pf.sentences
                .iter()
                .zip(&pr.sentences)
                .flat_map(|(s, r)| s.cues.iter().zip(&r.cues))
                .filter(|(c, _)| matches!(c.kind, CueKind::Says(_) | CueKind::According))
                .filter_map(|(_, r)| r.map(|r| r.entity))
                .collect()
        })
        .collect()
}

/// Body quotes with their decisions and the titles of media lines, in reading order.
fn in_reading_order(
    blocks: &[MarkedBlock],
    paragraphs: &[Paragraph<'_>],
    mut decisions: Decisions,
) -> Vec<SourcedQuote> {
    let mut out = Vec::new();
    let mut next_paragraph = 0;
    for (b, marked) in blocks.iter().enumerate() {
        let block = &marked.block;
        if block.kind.is_body() {
            let pi = next_paragraph;
            next_paragraph += 1;
            let Some(p) = paragraphs.get(pi) else {
                continue;
            };
            for (k, span) in p.spans.iter().enumerate() {
                if let Some(decision) = decisions.take(pi, k) {
                    out.push(quote(b, Some(pi), k, span.clone(), decision));
                }
            }
        } else if block.kind == BlockKind::Media {
            for (k, span) in spans::quote_spans(&block.text, marked.quotes)
                .0
                .into_iter()
                .enumerate()
            {
                if span.inner(&block.text).is_blank() {
                    continue;
                }
                let title = Decision {
                    kind: QuoteKind::Title,
                    speaker: None,
                    attribution: None,
                    confidence: None,
                    reason: None,
                    sieve: Sieve::Title,
                    own_cue: false,
                };
                out.push(quote(b, None, k, span, title));
            }
        }
    }
    out
}

fn quote(
    block: usize,
    paragraph: Option<usize>,
    span_index: usize,
    span: QuoteSpan,
    decision: Decision,
) -> SourcedQuote {
    SourcedQuote {
        block,
        paragraph,
        span_index,
        span,
        decision,
        utterance: 0,
        continues: None,
        note: None,
    }
}

/// Links each speech segment to the one it continues.
fn group_utterances(quotes: &mut [SourcedQuote], paragraphs: &[Paragraph<'_>]) {
    let mut last_speech: Option<usize> = None;
    for i in 0..quotes.len() {
        quotes[i].utterance = i;
        if quotes[i].decision.kind != QuoteKind::Speech {
            continue;
        }
        if let Some(j) = last_speech {
            let (prev, cur) = (&quotes[j], &quotes[i]);
            let same_speaker =
                prev.decision.speaker.is_some() && prev.decision.speaker == cur.decision.speaker;
            let same_sentence = match (prev.paragraph, cur.paragraph) {
                (Some(a), Some(b)) if a == b => {
                    paragraphs[a].sentence_of(prev.span.open)
                        == paragraphs[a].sentence_of(cur.span.open)
                }
                _ => false,
            };
            let same_paragraph = prev.paragraph.is_some() && prev.paragraph == cur.paragraph;
            let reopened = match (prev.paragraph, cur.paragraph) {
                (Some(a), Some(b)) if b == a + 1 => {
                    !prev.span.closed
                        && paragraphs[a].spans.len() == prev.span_index + 1
                        && paragraphs[b].only_punctuation(0, cur.span.open)
                }
                _ => false,
            };
            let continues = same_speaker
                && ((same_paragraph && (same_sentence || !cur.decision.own_cue)) || reopened);
            if continues {
                quotes[i].utterance = quotes[j].utterance;
                quotes[i].continues = Some(j);
            }
        }
        last_speech = Some(i);
    }
}

/// The note of each utterance (and the glued note of a scare quote or title).
fn add_notes(
    quotes: &mut [SourcedQuote],
    paragraphs: &[Paragraph<'_>],
    narrators: &[Vec<EntityId>],
    notes: &[Note],
) {
    let glued = |q: &SourcedQuote| {
        q.paragraph
            .and_then(|pi| glued_marker(&paragraphs[pi], &q.span))
    };
    let local = |q: &SourcedQuote| {
        q.paragraph
            .and_then(|pi| local_marker(&paragraphs[pi], &q.span))
    };
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); quotes.len()];
    for (k, q) in quotes.iter().enumerate() {
        members[q.utterance].push(k);
    }
    // The quotes of each paragraph, as index ranges (quotes are in reading order).
    let mut by_paragraph: Vec<std::ops::Range<usize>> = vec![0..0; paragraphs.len()];
    for (k, q) in quotes.iter().enumerate() {
        if let Some(range) = q.paragraph.and_then(|pi| by_paragraph.get_mut(pi)) {
            if range.start == range.end {
                *range = k..k;
            }
            range.end = k + 1;
        }
    }
    let mut found: Vec<Option<u32>> = vec![None; quotes.len()];
    for (i, q) in quotes.iter().enumerate() {
        if q.decision.kind != QuoteKind::Speech {
            found[i] = glued(q);
            continue;
        }
        if q.utterance != i {
            continue;
        }
        let group = &members[i];
        let mut note = group.iter().rev().find_map(|&k| glued(&quotes[k]));
        if note.is_none() {
            note = group.iter().rev().find_map(|&k| local(&quotes[k]));
        }
        if note.is_none() {
            let last = group.last().copied().unwrap_or(i);
            note = run_forward(quotes, &by_paragraph, last, paragraphs, narrators);
        }
        let note = note.filter(|n| notes.is_empty() || notes.iter().any(|x| x.n == *n));
        for &k in group {
            found[k] = note;
        }
    }
    for (q, note) in quotes.iter_mut().zip(found) {
        q.note = note;
    }
}

/// The first marker after quote `last` while the text goes on quoting, or reporting the speech
/// of, the same speaker: later in its paragraph, then in the paragraphs that follow.
fn run_forward(
    quotes: &[SourcedQuote],
    by_paragraph: &[std::ops::Range<usize>],
    last: usize,
    paragraphs: &[Paragraph<'_>],
    narrators: &[Vec<EntityId>],
) -> Option<u32> {
    let q = &quotes[last];
    let who = q.decision.speaker?;
    let pi = q.paragraph?;
    let speech_in = |para: usize| {
        by_paragraph
            .get(para)
            .cloned()
            .unwrap_or(0..0)
            .map(|k| &quotes[k])
            .filter(|x| x.decision.kind == QuoteKind::Speech)
    };
    if let Some(m) = paragraphs[pi]
        .markers
        .iter()
        .find(|m| m.start >= q.span.close_end)
    {
        let other_between = speech_in(pi).any(|x| {
            x.span.open > q.span.close_end
                && x.span.open < m.start
                && x.decision.speaker != Some(who)
        });
        return (!other_between).then_some(m.n);
    }
    for (next, paragraph) in paragraphs.iter().enumerate().skip(pi + 1) {
        let mut speech = speech_in(next).peekable();
        let same_speaker = if speech.peek().is_some() {
            speech.all(|x| x.decision.speaker == Some(who))
        } else {
            narrators.get(next).is_some_and(|n| n.contains(&who))
        };
        if !same_speaker {
            return None;
        }
        if let Some(m) = paragraph.markers.first() {
            return Some(m.n);
        }
    }
    None
}
