//! The parser: a plain-text report in, the model plus diagnostics out. It never fails as a whole.
//!
//! Stages, each in its own module:
//! [`layout`] (lines into blocks and sections) → [`notes`] (the endnotes list) →
//! [`spans`] (quotes and markers in each block) → [`paragraph`] (masked narration, sentences) →
//! [`attribution`] (speech or not, and who speaks, with the [`registry`] of speakers) →
//! assembly here: ids, utterances, the note that sources each utterance, speakers and factions.

mod attribution;
mod layout;
mod lexicon;
mod mentions;
mod notes;
mod paragraph;
mod registry;
mod spans;
mod words;

use crate::model::{
    Attribution, Block, BlockKind, Citation, Diagnostic, Faction, Note, NoteKind, NoteMarker,
    Quote, QuoteKind, Report, Speaker, SpeakerKind, TextSpan,
};
use crate::text::{self, fold};
use attribution::{Analysis, Verdict};
use paragraph::Paragraph;
use registry::Who;
use serde::Serialize;
use spans::{Marker, QuoteSpan};
use std::collections::BTreeSet;
use words::Lexicon;

/// The result of parsing: the model and what the parser could not make full sense of.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Parsed {
    /// The report model.
    #[serde(flatten)]
    pub report: Report,
    /// Diagnostics with line numbers, in line order.
    pub diagnostics: Vec<Diagnostic>,
}

/// Options for [`parse_with`].
#[derive(Clone, Debug, Default)]
pub struct ParseOptions<'a> {
    /// The title to use when the report has no title line (for example one made from a file name).
    pub fallback_title: Option<&'a str>,
}

/// Parses a plain-text report.
///
/// ```
/// let parsed = explorer_core::parse("Intro.\n\n“We held,” said Jane Roe, a commander of the Hill Front.1\n\nNotes\n\n1. Jane Roe, interview with the author, May 2020.");
/// let quote = &parsed.report.quotes[0];
/// assert_eq!(quote.speaker.as_deref(), Some("jane-roe"));
/// assert_eq!(quote.note, Some(1));
/// ```
pub fn parse(source: &str) -> Parsed {
    parse_with(source, &ParseOptions::default())
}

/// Parses a plain-text report with options.
pub fn parse_with(source: &str, options: &ParseOptions<'_>) -> Parsed {
    let mut diagnostics = Vec::new();
    let layout = layout::layout(source, &mut diagnostics);
    let mut notes = notes::notes(&layout.note_entries);
    let mut blocks = layout.blocks;
    let breaks = layout.breaks;
    let lex = Lexicon::new();

    let markers = validated_markers(&blocks, &breaks, &notes, &mut diagnostics);
    let paragraphs: Vec<Paragraph<'_>> = blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| b.kind.is_body())
        .map(|(i, b)| Paragraph::new(&lex, i, b.kind, &b.text, markers[i].clone()))
        .collect();
    let analysis = attribution::analyse(&lex, &paragraphs);
    let mut drafts = drafts(&blocks, &paragraphs, &analysis);
    apply_note_evidence(&mut drafts, &paragraphs, &analysis, &notes);
    let utterances = utterances(&drafts, &paragraphs);
    let quote_notes = source_notes(
        &drafts,
        &utterances,
        &paragraphs,
        &analysis.narrators,
        &notes,
    );

    let (speakers, whos) = speakers(&drafts, &analysis);
    let factions = factions(&whos, &analysis, &speakers);
    let speakers: Vec<Speaker> = speakers
        .into_iter()
        .zip(&whos)
        .map(|(mut s, who)| {
            s.faction = analysis
                .registry
                .faction_of(*who)
                .map(|(name, _, _)| text::slug(&name))
                .and_then(|slug| {
                    factions
                        .iter()
                        .find(|f| text::slug(&f.name) == slug)
                        .map(|f| f.id.clone())
                });
            s
        })
        .collect();

    let quotes = quotes(
        &drafts,
        &utterances,
        &quote_notes,
        &blocks,
        &breaks,
        &layout.sections,
        &speakers,
        &whos,
    );
    link_notes(
        &mut notes, &blocks, &breaks, &markers, &analysis, &speakers, &whos,
    );
    report_quote_problems(&paragraphs, &blocks, &breaks, &drafts, &mut diagnostics);
    let spans: Vec<(usize, TextSpan)> = drafts
        .iter()
        .enumerate()
        .map(|(i, d)| {
            (
                d.block,
                TextSpan {
                    quote: i,
                    start: d.span.start,
                    end: d.span.end,
                },
            )
        })
        .collect();
    drop(paragraphs);
    for (b, span) in spans {
        blocks[b].quote_spans.push(span);
    }
    for (block, found) in blocks.iter_mut().zip(&markers) {
        block.note_markers = found
            .iter()
            .map(|m| NoteMarker {
                n: m.n,
                start: m.start,
                end: m.end,
            })
            .collect();
    }

    let title = match (&layout.title, options.fallback_title) {
        (Some(t), _) => t.clone(),
        (None, Some(fallback)) => fallback.to_owned(),
        (None, None) => "Untitled report".to_owned(),
    };
    if layout.title.is_none() {
        diagnostics.push(Diagnostic::info(
            1,
            "no-title",
            format!("The report has no title line; it is shown as “{title}”."),
        ));
    }
    let date = layout
        .byline
        .as_deref()
        .and_then(|b| notes::dates(b).into_iter().next());
    text::sort_by_rank(&mut diagnostics, |d| u64::from(d.line));
    Parsed {
        report: Report {
            title,
            byline: layout.byline,
            date,
            content_hash: text::content_hash(source),
            sections: layout.sections,
            blocks,
            quotes,
            speakers,
            factions,
            notes,
        },
        diagnostics,
    }
}

/// The physical line of byte `at` in block `b`.
fn line_at(blocks: &[Block], breaks: &[Vec<usize>], b: usize, at: usize) -> u32 {
    let extra = breaks
        .get(b)
        .map_or(0, |br| br.iter().filter(|&&x| x <= at).count());
    blocks[b].line + u32::try_from(extra).unwrap_or(0)
}

/// Markers per block, kept only when they name a note in the list (any number when there is none).
fn validated_markers(
    blocks: &[Block],
    breaks: &[Vec<usize>],
    notes: &[Note],
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Vec<Marker>> {
    let mut known: BTreeSet<u32> = BTreeSet::new();
    known.extend(notes.iter().map(|n| n.n));
    let mut last = 0;
    let mut out = Vec::with_capacity(blocks.len());
    for (b, block) in blocks.iter().enumerate() {
        let carries_markers =
            block.kind.is_body() || matches!(block.kind, BlockKind::PullQuote | BlockKind::Caption);
        if !carries_markers {
            out.push(Vec::new());
            continue;
        }
        let mut kept = Vec::new();
        for m in spans::markers(&block.text) {
            let line = line_at(blocks, breaks, b, m.start);
            if !known.is_empty() && !known.contains(&m.n) {
                diagnostics.push(Diagnostic::warning(
                    line,
                    "marker-without-note",
                    format!("Endnote marker {} has no note in the notes list.", m.n),
                ));
                continue;
            }
            if known.is_empty() && m.n > 999 {
                continue;
            }
            if m.n < last {
                diagnostics.push(Diagnostic::warning(
                    line,
                    "marker-order",
                    format!("Endnote marker {} comes after marker {last}.", m.n),
                ));
            }
            last = last.max(m.n);
            kept.push(m);
        }
        out.push(kept);
    }
    out
}

/// A quote before ids are given: where it is and the verdict on it.
struct Draft {
    block: usize,
    /// Index into the paragraphs, for body quotes.
    paragraph: Option<usize>,
    span: QuoteSpan,
    span_index: usize,
    verdict: Verdict,
    sentence_like: bool,
}

/// Quotes of body paragraphs (with verdicts) and of media lines (titles), in reading order.
fn drafts(blocks: &[Block], paragraphs: &[Paragraph<'_>], analysis: &Analysis) -> Vec<Draft> {
    let mut out = Vec::new();
    let mut next_paragraph = 0;
    for (b, block) in blocks.iter().enumerate() {
        if block.kind.is_body() {
            let pi = next_paragraph;
            next_paragraph += 1;
            let Some(p) = paragraphs.get(pi) else {
                continue;
            };
            for (k, span) in p.spans.iter().enumerate() {
                if span.inner(p.text).trim().is_empty() {
                    continue;
                }
                out.push(Draft {
                    block: b,
                    paragraph: Some(pi),
                    span: span.clone(),
                    span_index: k,
                    verdict: analysis.verdicts[pi][k].clone(),
                    sentence_like: analysis.sentence_like[pi][k],
                });
            }
        } else if block.kind == BlockKind::Media {
            for (k, span) in spans::quote_spans(&block.text).0.into_iter().enumerate() {
                if span.inner(&block.text).trim().is_empty() {
                    continue;
                }
                out.push(Draft {
                    block: b,
                    paragraph: None,
                    span,
                    span_index: k,
                    verdict: Verdict {
                        kind: QuoteKind::Title,
                        who: None,
                        attribution: None,
                    },
                    sentence_like: false,
                });
            }
        }
    }
    out
}

/// The note marker glued to a quote's closing mark, or ending the quote's sentence.
fn local_marker(p: &Paragraph<'_>, span: &QuoteSpan) -> Option<u32> {
    let sentence_end = p
        .sentence_ends
        .get(p.sentence_of(span.open))
        .copied()
        .unwrap_or(p.text.len());
    p.markers
        .iter()
        .find(|m| m.start >= span.close_end && m.start <= sentence_end)
        .map(|m| m.n)
}

/// The marker right after a quote's closing mark (`city.”12`).
fn glued_marker(p: &Paragraph<'_>, span: &QuoteSpan) -> Option<u32> {
    p.markers
        .iter()
        .find(|m| m.start >= span.close_end && p.only_punctuation(span.close_end, m.start))
        .map(|m| m.n)
}

/// The note a number resolves to through Ibid and short forms.
fn resolve_note(notes: &[Note], n: u32) -> Option<&Note> {
    let mut note = notes.iter().find(|x| x.n == n)?;
    for _ in 0..notes.len() {
        match note.resolves_to.or(note.short_form_of) {
            Some(next) if next < note.n => note = notes.iter().find(|x| x.n == next)?,
            _ => break,
        }
    }
    Some(note)
}

/// Who an interview note names, if they are someone the registry knows.
fn note_speaker(analysis: &Analysis, notes: &[Note], n: u32) -> Option<Who> {
    let note = resolve_note(notes, n)?;
    if note.kind != NoteKind::Interview {
        return None;
    }
    let person = strip_title(note.person.as_deref()?);
    let folded = fold(person);
    if let Some(g) = analysis
        .registry
        .groups
        .iter()
        .position(|g| fold(&g.name()) == folded)
    {
        return Some(Who::Group(g));
    }
    match analysis.registry.lookup_name(person, None) {
        Some(Who::Person(p))
            if registry::contains_run(
                &analysis.registry.people[p].tokens,
                &registry::name_tokens(person),
            ) =>
        {
            Some(Who::Person(p))
        }
        _ => None,
    }
}

fn strip_title(name: &str) -> &str {
    ["Dr. ", "Dr ", "Mr. ", "Mrs. ", "Ms. ", "Prof. "]
        .iter()
        .find_map(|t| name.strip_prefix(t))
        .unwrap_or(name)
}

/// An interview note naming a known speaker is strong evidence: it gives a speaker to a
/// sentence-long quote the text leaves unattributed, and overrides a pronoun or context guess.
fn apply_note_evidence(
    drafts: &mut [Draft],
    paragraphs: &[Paragraph<'_>],
    analysis: &Analysis,
    notes: &[Note],
) {
    for d in drafts.iter_mut() {
        let Some(p) = d.paragraph.map(|pi| &paragraphs[pi]) else {
            continue;
        };
        let weak = matches!(
            d.verdict.attribution,
            Some(Attribution::Pronoun | Attribution::Context)
        );
        let unattributed = d.verdict.kind == QuoteKind::Scare && d.sentence_like;
        if !(weak || unattributed) {
            continue;
        }
        let Some(n) = local_marker(p, &d.span) else {
            continue;
        };
        let Some(who) = note_speaker(analysis, notes, n) else {
            continue;
        };
        if unattributed || d.verdict.who != Some(who) {
            d.verdict = Verdict {
                kind: QuoteKind::Speech,
                who: Some(who),
                attribution: Some(Attribution::Note),
            };
        }
    }
}

/// For each draft, the index of the first draft of its utterance, and of the segment before it.
struct Utterances {
    first: Vec<usize>,
    previous: Vec<Option<usize>>,
}

/// Groups speech segments into utterances: same speaker, same paragraph, no other speaker
/// between; and a quote left open at the end of a paragraph with the one that reopens it.
fn utterances(drafts: &[Draft], paragraphs: &[Paragraph<'_>]) -> Utterances {
    let mut first: Vec<usize> = (0..drafts.len()).collect();
    let mut previous = vec![None; drafts.len()];
    let mut last_speech: Option<usize> = None;
    for i in 0..drafts.len() {
        let d = &drafts[i];
        if d.verdict.kind != QuoteKind::Speech {
            continue;
        }
        if let Some(j) = last_speech {
            let prev = &drafts[j];
            let same_speaker = prev.verdict.who == d.verdict.who;
            let same_paragraph = prev.paragraph == d.paragraph;
            let reopened = match (prev.paragraph, d.paragraph) {
                (Some(a), Some(b)) if b == a + 1 => {
                    !prev.span.closed
                        && paragraphs[a].spans.len() == prev.span_index + 1
                        && paragraphs[b].only_punctuation(0, d.span.open)
                }
                _ => false,
            };
            if same_speaker && (same_paragraph || reopened) {
                first[i] = first[j];
                previous[i] = Some(j);
            }
        }
        last_speech = Some(i);
    }
    Utterances { first, previous }
}

/// The note that sources each quote: a marker on the utterance, else at the end of its last
/// sentence, else the first marker in the following paragraphs while the same speaker goes on.
fn source_notes(
    drafts: &[Draft],
    utt: &Utterances,
    paragraphs: &[Paragraph<'_>],
    narrators: &[Vec<Who>],
    notes: &[Note],
) -> Vec<Option<u32>> {
    let mut out = vec![None; drafts.len()];
    for (i, d) in drafts.iter().enumerate() {
        if d.verdict.kind == QuoteKind::Scare {
            // A marker glued to a scare quote still sources it (and an editor may make it speech).
            out[i] = d
                .paragraph
                .and_then(|pi| glued_marker(&paragraphs[pi], &d.span));
        }
    }
    let mut members_of: Vec<Vec<usize>> = vec![Vec::new(); drafts.len()];
    for (k, &first) in utt.first.iter().enumerate() {
        members_of[first].push(k);
    }
    let by_paragraph = DraftsByParagraph::new(drafts, paragraphs.len());
    for i in 0..drafts.len() {
        if drafts[i].verdict.kind != QuoteKind::Speech || utt.first[i] != i {
            continue;
        }
        let members = &members_of[i];
        let mut note = None;
        for &k in members {
            let d = &drafts[k];
            if let Some(n) = d
                .paragraph
                .and_then(|pi| glued_marker(&paragraphs[pi], &d.span))
            {
                note = Some(n);
            }
        }
        let last = members.last().copied().unwrap_or(i);
        if note.is_none() {
            // A marker ending the sentence of a segment (last segment first).
            note = members.iter().rev().find_map(|&k| {
                let d = &drafts[k];
                d.paragraph
                    .and_then(|pi| local_marker(&paragraphs[pi], &d.span))
            });
        }
        if note.is_none() {
            note = run_forward(drafts, &by_paragraph, last, paragraphs, narrators);
        }
        let note = note.filter(|n| notes.is_empty() || notes.iter().any(|x| x.n == *n));
        for &k in members {
            out[k] = note;
        }
    }
    out
}

/// The first marker after draft `last` while the text goes on quoting, or reporting the speech
/// of, the same speaker: later in its paragraph, then in the paragraphs that follow.
fn run_forward(
    drafts: &[Draft],
    by_paragraph: &DraftsByParagraph,
    last: usize,
    paragraphs: &[Paragraph<'_>],
    narrators: &[Vec<Who>],
) -> Option<u32> {
    let d = &drafts[last];
    let who = d.verdict.who?;
    let pi = d.paragraph?;
    let speech_in = |para: usize| {
        by_paragraph
            .range(para)
            .map(|k| &drafts[k])
            .filter(|x| x.verdict.kind == QuoteKind::Speech)
    };
    if let Some(m) = paragraphs[pi]
        .markers
        .iter()
        .find(|m| m.start >= d.span.close_end)
    {
        let other_between = speech_in(pi).any(|x| {
            x.span.open > d.span.close_end && x.span.open < m.start && x.verdict.who != Some(who)
        });
        return (!other_between).then_some(m.n);
    }
    for next in pi + 1..paragraphs.len() {
        let mut speech = speech_in(next).peekable();
        let same_speaker = if speech.peek().is_some() {
            speech.all(|x| x.verdict.who == Some(who))
        } else {
            narrators[next].contains(&who)
        };
        if !same_speaker {
            return None;
        }
        if let Some(m) = paragraphs[next].markers.first() {
            return Some(m.n);
        }
    }
    None
}

/// The drafts of each paragraph, as index ranges (drafts are in reading order).
struct DraftsByParagraph {
    ranges: Vec<std::ops::Range<usize>>,
}

impl DraftsByParagraph {
    fn new(drafts: &[Draft], paragraphs: usize) -> Self {
        let mut ranges = vec![0..0; paragraphs];
        for (k, d) in drafts.iter().enumerate() {
            if let Some(range) = d.paragraph.and_then(|pi| ranges.get_mut(pi)) {
                if range.start == range.end {
                    *range = k..k;
                }
                range.end = k + 1;
            }
        }
        DraftsByParagraph { ranges }
    }

    fn range(&self, paragraph: usize) -> std::ops::Range<usize> {
        self.ranges.get(paragraph).cloned().unwrap_or(0..0)
    }
}

/// Speakers in order of first speech, with the registry entry each stands for.
fn speakers(drafts: &[Draft], analysis: &Analysis) -> (Vec<Speaker>, Vec<Who>) {
    let registry = &analysis.registry;
    let mut whos: Vec<Who> = Vec::new();
    for d in drafts {
        if let (QuoteKind::Speech, Some(who)) = (d.verdict.kind, d.verdict.who)
            && !whos.contains(&who)
        {
            whos.push(who);
        }
    }
    let mut taken = BTreeSet::new();
    let speakers = whos
        .iter()
        .map(|&who| {
            let name = registry.display_name(who);
            let (kind, aliases): (SpeakerKind, Vec<String>) = match who {
                Who::Person(p) => (
                    SpeakerKind::Person,
                    registry.people[p].aliases.iter().cloned().collect(),
                ),
                Who::Org(o) => (
                    SpeakerKind::Organisation,
                    registry.orgs[o].aliases.iter().cloned().collect(),
                ),
                Who::Group(g) => (
                    SpeakerKind::Anonymous,
                    registry.groups[g].aliases.iter().cloned().collect(),
                ),
            };
            let aliases = aliases.into_iter().filter(|a| *a != name).collect();
            Speaker {
                id: text::unique_id(&text::slug(&name), "speaker", &mut taken),
                name,
                aliases,
                role: registry.role_of(who),
                kind,
                faction: None,
            }
        })
        .collect();
    (speakers, whos)
}

/// Factions of the speakers, in order of first appearance, one per name.
fn factions(whos: &[Who], analysis: &Analysis, _speakers: &[Speaker]) -> Vec<Faction> {
    let mut factions: Vec<Faction> = Vec::new();
    let mut taken = BTreeSet::new();
    for &who in whos {
        let Some((name, kind, aliases)) = analysis.registry.faction_of(who) else {
            continue;
        };
        if factions
            .iter()
            .any(|f| text::slug(&f.name) == text::slug(&name))
        {
            continue;
        }
        factions.push(Faction {
            id: text::unique_id(&text::slug(&name), "faction", &mut taken),
            name,
            kind,
            aliases,
        });
    }
    factions
}

/// Builds the model's quotes: ids, speakers, notes and links between segments.
#[allow(clippy::too_many_arguments)]
fn quotes(
    drafts: &[Draft],
    utt: &Utterances,
    quote_notes: &[Option<u32>],
    blocks: &[Block],
    breaks: &[Vec<usize>],
    sections: &[crate::model::Section],
    speakers: &[Speaker],
    whos: &[Who],
) -> Vec<Quote> {
    let mut taken = BTreeSet::new();
    let ids: Vec<String> = drafts
        .iter()
        .map(|d| {
            let text = &blocks[d.block].text[d.span.start..d.span.end];
            text::unique_id(&text::slug_words(text, 5), "quote", &mut taken)
        })
        .collect();
    drafts
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let block = &blocks[d.block];
            let speaker = d
                .verdict
                .who
                .and_then(|w| whos.iter().position(|x| *x == w))
                .map(|k| speakers[k].id.clone());
            Quote {
                id: ids[i].clone(),
                text: block.text[d.span.start..d.span.end].trim().to_owned(),
                kind: d.verdict.kind,
                speaker,
                attribution: d.verdict.attribution,
                section: sections
                    .get(block.section)
                    .map(|s| s.id.clone())
                    .unwrap_or_default(),
                block: d.block,
                line: line_at(blocks, breaks, d.block, d.span.open),
                note: quote_notes[i],
                continues: utt.previous[i].map(|j| ids[j].clone()),
                utterance: ids[utt.first[i]].clone(),
                closed: d.span.closed,
                confidence: None,
                reason: None,
            }
        })
        .collect()
}

/// Records where each note is cited and which speaker an interview note names.
fn link_notes(
    notes: &mut [Note],
    blocks: &[Block],
    breaks: &[Vec<usize>],
    markers: &[Vec<Marker>],
    analysis: &Analysis,
    speakers: &[Speaker],
    whos: &[Who],
) {
    for (b, found) in markers.iter().enumerate() {
        for m in found {
            if let Some(note) = notes.iter_mut().find(|n| n.n == m.n) {
                note.cited_at.push(Citation {
                    block: b,
                    line: line_at(blocks, breaks, b, m.start),
                });
            }
        }
    }
    let named: Vec<(u32, Option<String>)> = notes
        .iter()
        .map(|n| {
            let who = note_speaker(analysis, notes, n.n);
            (
                n.n,
                who.and_then(|w| whos.iter().position(|x| *x == w))
                    .map(|k| speakers[k].id.clone()),
            )
        })
        .collect();
    for (note, (_, speaker)) in notes.iter_mut().zip(named) {
        note.speaker = speaker;
    }
}

/// Diagnostics about quote marks: stray closing marks, quotes left open, speech with no speaker.
fn report_quote_problems(
    paragraphs: &[Paragraph<'_>],
    blocks: &[Block],
    breaks: &[Vec<usize>],
    drafts: &[Draft],
    diagnostics: &mut Vec<Diagnostic>,
) {
    for (pi, p) in paragraphs.iter().enumerate() {
        for &stray in &p.strays {
            let line = line_at(blocks, breaks, p.block, stray);
            diagnostics.push(Diagnostic::warning(
                line,
                "stray-closing-quote",
                "A closing quote mark has no opening mark before it in its paragraph.",
            ));
        }
        if let Some(span) = p
            .spans
            .last()
            .filter(|s| !s.closed && p.kind != BlockKind::BlockQuote)
        {
            let line = line_at(blocks, breaks, p.block, span.open);
            let reopened = paragraphs.get(pi + 1).is_some_and(|next| {
                next.spans
                    .first()
                    .is_some_and(|s| next.only_punctuation(0, s.open))
            });
            diagnostics.push(if reopened {
                Diagnostic::info(
                    line,
                    "quote-continues",
                    "A quotation runs on into the next paragraph, which reopens it.",
                )
            } else {
                Diagnostic::warning(
                    line,
                    "unclosed-quote",
                    "A quote mark opened here is never closed.",
                )
            });
        }
    }
    for d in drafts {
        if d.verdict.kind == QuoteKind::Scare && d.sentence_like {
            let line = line_at(blocks, breaks, d.block, d.span.open);
            diagnostics.push(Diagnostic::info(line, "no-speaker", "A sentence in quotes has no speaker the parser could find; it is treated as a scare quote."));
        }
    }
}
