//! Attribution sieves: is each quote speech, a scare quote or a title, and who says it.
//!
//! The sieves run one after the other over every quote of the body, most precise first, after
//! Muzny et al. (2017): each decides the quotes it is sure of and leaves the rest to the next.
//! [`title`] (names of works), [`term`] (terms, names and labels in quotes), [`direct`] (a cue
//! in the quote's own sentence: "said X", "X told me", "according to X", "X wrote:"),
//! [`continuation`] (the next segment of a quote already attributed, a quote reopened after a
//! paragraph break), [`context`] (a quoted sentence after a sentence that names its speaker, a
//! block quotation after its lead-in), [`note`] (the speaker only the endnote names). Whatever
//! is left is a scare quote. Every speech decision carries a confidence and a reason.

mod context;
mod continuation;
mod direct;
mod note;
mod term;
mod title;

use super::facts::{Facts, ParagraphFacts};
use super::paragraph::Paragraph;
use super::registry::{EntityId, EntityKind, Registry};
use super::resolve::References;
use super::spans::QuoteSpan;
use super::words::{FastMap, Tok};
use crate::model::{Attribution, Confidence, Note, QuoteKind};
use crate::text::{TrimQuick, WordsQuick, words_up_to};

/// The sieve that decided a quote (for tests and diagnostics).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Sieve {
    Title,
    Term,
    Direct,
    Continuation,
    Context,
    Note,
    Default,
}

/// The verdict on one quote.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Decision {
    /// Speech, scare quote or title.
    pub kind: QuoteKind,
    /// Who speaks, when known.
    pub speaker: Option<EntityId>,
    /// How the speaker was found.
    pub attribution: Option<Attribution>,
    /// How sure the sieve is (speech only).
    pub confidence: Option<Confidence>,
    /// Why, in a short sentence for readers (speech only).
    pub reason: Option<String>,
    /// Which sieve decided.
    pub sieve: Sieve,
    /// Whether the quote has its own cue; a quote without one continues the utterance before.
    pub own_cue: bool,
}

impl Decision {
    /// A scare quote or title.
    fn not_speech(kind: QuoteKind, sieve: Sieve) -> Self {
        Decision {
            kind,
            speaker: None,
            attribution: None,
            confidence: None,
            reason: None,
            sieve,
            own_cue: false,
        }
    }

    /// Speech.
    fn speech(
        speaker: Option<EntityId>,
        attribution: Option<Attribution>,
        confidence: Confidence,
        reason: String,
        sieve: Sieve,
    ) -> Self {
        Decision {
            kind: QuoteKind::Speech,
            speaker,
            attribution: attribution.filter(|_| speaker.is_some()),
            confidence: Some(confidence),
            reason: Some(reason),
            sieve,
            own_cue: false,
        }
    }
}

/// What the sieves read.
pub(crate) struct Inputs<'a> {
    /// The body paragraphs.
    pub paragraphs: &'a [Paragraph<'a>],
    /// What each sentence says.
    pub facts: &'a Facts<'a>,
    /// Who each cue's agent is.
    pub refs: &'a References,
    /// The notes.
    pub notes: &'a [Note],
    /// For each paragraph that opens a section, the section's heading.
    pub headings: &'a [Option<&'a str>],
    /// The quotes (paragraph, span), in reading order, whose short phrase (normalized) an
    /// earlier quote holds: read once for every quote when the inputs are made.
    quoted_again: Vec<(usize, usize)>,
}

/// The longest quote, in words, that counts as a phrase quoted again.
const MAX_REPEATED_WORDS: usize = 5;

impl<'a> Inputs<'a> {
    /// The sieves' inputs, with an index of the phrases each quote holds.
    pub(crate) fn new(
        paragraphs: &'a [Paragraph<'a>],
        facts: &'a Facts,
        refs: &'a References,
        notes: &'a [Note],
        headings: &'a [Option<&'a str>],
    ) -> Self {
        // For each short quoted phrase, the first quote that holds it.
        let mut first_quoted = FastMap::default();
        let mut quoted_again = Vec::new();
        for (pi, p) in paragraphs.iter().enumerate() {
            for (k, span) in p.spans.iter().enumerate() {
                if let Some(key) = phrase_key(span.inner(p.text)) {
                    let first = *first_quoted.entry(key).or_insert((pi, k));
                    if first < (pi, k) {
                        quoted_again.push((pi, k));
                    }
                }
            }
        }
        Inputs {
            paragraphs,
            facts,
            refs,
            notes,
            headings,
            quoted_again,
        }
    }

    /// Whether a quote repeats a phrase quoted earlier in the report.
    pub(crate) fn quoted_before(&self, site: &Site<'_>) -> bool {
        self.quoted_again
            .binary_search(&(site.paragraph, site.span))
            .is_ok()
    }
}

/// A short quoted phrase, normalized: lower case, no outer punctuation, no opening determiner
/// or possessive ("our person of interest." and "person of interest" are one phrase).
fn phrase_key(inner: &str) -> Option<String> {
    if inner.words_quick().nth(MAX_REPEATED_WORDS + 1).is_some() {
        return None;
    }
    let trimmed = inner
        .trim_quick()
        .trim_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace() || c == '…');
    let lower = trimmed.to_lowercase();
    let words: Vec<&str> = lower.words_quick().collect();
    let skip = usize::from(words.first().is_some_and(|w| {
        matches!(
            *w,
            "the" | "a" | "an" | "our" | "their" | "his" | "her" | "its" | "my" | "your"
        )
    }));
    let rest = &words[skip.min(words.len())..];
    (!rest.is_empty() && rest.len() <= MAX_REPEATED_WORDS).then(|| rest.join(" "))
}

/// The decisions so far: per body paragraph, per quote span.
#[derive(Clone, Debug, Default)]
pub(crate) struct Decisions {
    /// Per paragraph, per span (empty spans stay `None`).
    pub paragraphs: Vec<Vec<Option<Decision>>>,
}

impl Decisions {
    /// The decision on a quote, if one was made.
    pub(crate) fn get(&self, paragraph: usize, span: usize) -> Option<&Decision> {
        self.paragraphs.get(paragraph)?.get(span)?.as_ref()
    }

    /// The decision on a quote, if one was made, moved out (its reason is not copied).
    pub(crate) fn take(&mut self, paragraph: usize, span: usize) -> Option<Decision> {
        self.paragraphs.get_mut(paragraph)?.get_mut(span)?.take()
    }
}

/// A quote the sieves consider.
#[derive(Clone, Copy)]
pub(crate) struct Site<'a> {
    /// Index of the body paragraph.
    pub paragraph: usize,
    /// Index of the span in the paragraph.
    pub span: usize,
    /// Index of the sentence holding the opening mark.
    pub sentence: usize,
    /// The span.
    pub quote: &'a QuoteSpan,
    /// The paragraph.
    pub p: &'a Paragraph<'a>,
    /// The paragraph's facts.
    pub facts: &'a ParagraphFacts<'a>,
}

impl<'a> Site<'a> {
    /// The quoted text.
    pub(crate) fn inner(&self) -> &str {
        self.quote.inner(self.p.text)
    }

    /// The tokens of the quote's sentence before byte offset `to` (as `p.tokens` from the
    /// sentence's start), the first one's index read from the sentence's facts.
    pub(crate) fn sentence_tokens_to(&self, to: usize) -> &'a [Tok<'a>] {
        let Some(sentence) = self.facts.sentences.get(self.sentence) else {
            return self
                .p
                .tokens(self.p.sentence_range(self.sentence).start, to);
        };
        let toks = self.p.all_tokens();
        let lo = sentence.tokens.start;
        &toks[lo..toks.partition_point(|t| t.end <= to).max(lo)]
    }

    /// The tokens of the quote's sentence from byte offset `from` (as `p.tokens` to the
    /// sentence's end), the last one's index read from the sentence's facts.
    pub(crate) fn sentence_tokens_from(&self, from: usize) -> &'a [Tok<'a>] {
        let Some(sentence) = self.facts.sentences.get(self.sentence) else {
            return self
                .p
                .tokens(from, self.p.sentence_range(self.sentence).end);
        };
        let toks = self.p.all_tokens();
        let lo = toks.partition_point(|t| t.start < from);
        &toks[lo..sentence.tokens.end.max(lo)]
    }

    /// Another span of the same paragraph, as a site.
    pub(crate) fn sibling(&self, span: usize) -> Option<Site<'a>> {
        let quote = self.p.spans.get(span)?;
        Some(Site {
            span,
            sentence: self.facts.sentence_at(quote.open).unwrap_or(0),
            quote,
            ..*self
        })
    }
}

/// Every quote of the body that the sieves decide, in reading order.
pub(crate) fn sites<'a>(inputs: &'a Inputs<'a>) -> Vec<Site<'a>> {
    let mut out = Vec::new();
    for (pi, (p, pf)) in inputs
        .paragraphs
        .iter()
        .zip(&inputs.facts.paragraphs)
        .enumerate()
    {
        for (k, quote) in p.spans.iter().enumerate() {
            if quote.inner(p.text).is_blank() {
                continue;
            }
            let sentence = pf.sentence_at(quote.open).unwrap_or(0);
            out.push(Site {
                paragraph: pi,
                span: k,
                sentence,
                quote,
                p,
                facts: pf,
            });
        }
    }
    out
}

/// Runs the sieves in order and returns every decision.
pub(crate) fn attribute(inputs: &Inputs<'_>, registry: &mut Registry) -> Decisions {
    let sites = sites(inputs);
    let mut decisions = Decisions {
        paragraphs: inputs
            .paragraphs
            .iter()
            .map(|p| vec![None; p.spans.len()])
            .collect(),
    };
    // Unnamed people an interview note names: (paragraph, group, person).
    let mut named_by_notes: Vec<(usize, EntityId, EntityId)> = Vec::new();
    for pass in PASSES {
        for site in &sites {
            let slot = &decisions.paragraphs[site.paragraph][site.span];
            if slot.is_some() && !pass.revisits {
                continue;
            }
            let before = slot.as_ref().and_then(|d| d.speaker);
            if let Some(decision) = (pass.decide)(inputs, site, &decisions, registry) {
                if let (Some(group), Some(person), Sieve::Note) =
                    (before, decision.speaker, decision.sieve)
                    && registry.get(group).kind == EntityKind::Group
                {
                    named_by_notes.push((site.paragraph, group, person));
                }
                decisions.paragraphs[site.paragraph][site.span] = Some(decision);
            }
        }
    }
    // The paragraph's other words of that unnamed person are the named person's too ("He said
    // he felt “angry”").
    for (paragraph, group, person) in named_by_notes {
        // ... and the organisation the description gave ("the Trump Campaign’s director").
        registry.inherit_group_org(group, person);
        // (Not a group the text speaks of in the plural: the one signatory a note names is not
        // "the fake Trump electors".)
        if registry.get(group).plural {
            continue;
        }
        for decision in decisions.paragraphs[paragraph].iter_mut().flatten() {
            if decision.speaker == Some(group) {
                decision.speaker = Some(person);
                decision.confidence = Some(Confidence::Medium);
                decision.reason =
                    Some("The person an interview note names for this paragraph".to_owned());
            }
        }
    }
    for site in &sites {
        let slot = &mut decisions.paragraphs[site.paragraph][site.span];
        if slot.is_none() {
            *slot = Some(Decision::not_speech(QuoteKind::Scare, Sieve::Default));
        }
    }
    decisions
}

/// A sieve: looks at one quote with the decisions so far and decides it, or leaves it.
type SieveFn = fn(&Inputs<'_>, &Site<'_>, &Decisions, &mut Registry) -> Option<Decision>;

/// One pass of the sieves.
struct Pass {
    decide: SieveFn,
    /// Whether the sieve also looks at quotes already decided (to correct weak decisions).
    revisits: bool,
}

/// The sieves, most precise first.
const PASSES: [Pass; 7] = [
    Pass {
        decide: title::decide,
        revisits: false,
    },
    Pass {
        decide: term::decide,
        revisits: false,
    },
    Pass {
        decide: direct::decide,
        revisits: false,
    },
    Pass {
        decide: continuation::decide,
        revisits: false,
    },
    Pass {
        decide: context::decide,
        revisits: false,
    },
    Pass {
        decide: direct::decide_without_subject,
        revisits: false,
    },
    Pass {
        decide: note::decide,
        revisits: true,
    },
];

/// Whether quoted text reads as a sentence of speech: capitalized, three words or more, or
/// ending like a sentence.
pub(crate) fn reads_as_sentence(inner: &str) -> bool {
    const MIN_WORDS: usize = 3;
    let first = inner
        .trim_start_matches(['[', '(', '‘', '\''])
        .chars()
        .find(|c| c.is_alphanumeric());
    let capital = first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    let words = words_up_to(inner, MIN_WORDS);
    capital && (words >= MIN_WORDS || inner.trim_end().ends_with(['!', '?']))
}

/// Whether only punctuation, or a short lead-in ending in a colon, precedes the quote in its
/// sentence.
pub(crate) fn opens_sentence(site: &Site<'_>) -> bool {
    const MAX_LEAD_IN: usize = 6;
    let range = site.p.sentence_range(site.sentence);
    if site.p.only_punctuation(range.start, site.quote.open) {
        return true;
    }
    let toks = site.sentence_tokens_to(site.quote.open);
    toks.len() <= MAX_LEAD_IN && toks.last().is_some_and(|t| t.punct == Some(':'))
}

/// Whether the quote follows a lead-in of any length that ends in a colon ("the crowd became a
/// mob and went “berserk”: “…”").
pub(crate) fn after_colon(site: &Site<'_>) -> bool {
    let toks = site.sentence_tokens_to(site.quote.open);
    toks.last().is_some_and(|t| t.punct == Some(':'))
}

/// The note marker glued to a quote's closing mark, or ending the quote's sentence.
pub(crate) fn local_marker(p: &Paragraph<'_>, span: &QuoteSpan) -> Option<u32> {
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
pub(crate) fn glued_marker(p: &Paragraph<'_>, span: &QuoteSpan) -> Option<u32> {
    p.markers
        .iter()
        .find(|m| m.start >= span.close_end && p.only_punctuation(span.close_end, m.start))
        .map(|m| m.n)
}

/// The note a number resolves to through Ibid and short forms.
pub(crate) fn resolve_note(notes: &[Note], n: u32) -> Option<&Note> {
    let mut note = notes.iter().find(|x| x.n == n)?;
    for _ in 0..notes.len() {
        match note.resolves_to.or(note.short_form_of) {
            Some(next) if next < note.n => note = notes.iter().find(|x| x.n == next)?,
            _ => break,
        }
    }
    Some(note)
}

#[cfg(test)]
pub(crate) mod check {
    //! The sieves' shared test helper: a paragraph in, every quote's verdict out.

    use expect_test::Expect;

    /// Parses `text` and prints each quote: kind, speaker, attribution, confidence and reason.
    pub(crate) fn check(text: &str, expect: Expect) {
        let parsed = crate::parse(text);
        let r = &parsed.report;
        let lines: Vec<String> = r
            .quotes
            .iter()
            .map(|q| {
                let who = q
                    .speaker
                    .as_deref()
                    .and_then(|id| r.speaker(id))
                    .map_or("unknown speaker".to_owned(), |s| s.name.clone());
                match q.kind {
                    crate::QuoteKind::Speech => format!(
                        "“{}” speech: {who} ({}, {}) {}",
                        q.text,
                        q.attribution
                            .map_or("none".to_owned(), |a| format!("{a:?}").to_lowercase()),
                        q.confidence.map_or("none", |c| c.key()),
                        q.reason.as_deref().unwrap_or("")
                    ),
                    kind => format!("“{}” {}", q.text, format!("{kind:?}").to_lowercase()),
                }
            })
            .collect();
        expect.assert_eq(&lines.join("\n"));
    }
}
