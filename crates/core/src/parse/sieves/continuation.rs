//! The continuation sieve: the next segment of a quote already attributed.
//!
//! "“A,” he said. “B.”" and "“A,” he said, “B”": a quote whose only narration since the last
//! speech quote is that quote's attribution. "“A”, “B” and “C”": a list of quotes. A
//! paragraph that opens by reopening a quote left open at the end of the paragraph before, and
//! the quote left open, whose speaker the reopening names.

use super::direct::right_cue_end;
use super::{Decision, Decisions, Inputs, Sieve, Site};
use crate::parse::registry::Registry;
use crate::{Confidence, QuoteKind};

pub(super) fn decide(
    inputs: &Inputs<'_>,
    site: &Site<'_>,
    decisions: &Decisions,
    _registry: &mut Registry,
) -> Option<Decision> {
    let (other, reason) = same_paragraph(inputs, site, decisions)
        .or_else(|| reopened(inputs, site, decisions))
        .map(|d| (d, "Continues the quote before it"))
        .or_else(|| {
            left_open(inputs, site, decisions).map(|d| {
                (
                    d,
                    "Goes on in the next paragraph, where its speaker is named",
                )
            })
        })?;
    Some(Decision {
        kind: QuoteKind::Speech,
        speaker: other.speaker,
        attribution: other.attribution,
        confidence: other.confidence.or(Some(Confidence::Medium)),
        reason: Some(reason.to_owned()),
        sieve: Sieve::Continuation,
        own_cue: false,
    })
}

/// "… 'If it isn't leaking onto the road, it isn't a priority.' / “So we waited,” he says.": a
/// quote left open at the end of a paragraph is the words of whoever speaks in the quote that
/// reopens the next one.
fn left_open<'d>(
    inputs: &Inputs<'_>,
    site: &Site<'_>,
    decisions: &'d Decisions,
) -> Option<&'d Decision> {
    if site.quote.closed || site.span + 1 != site.p.spans.len() {
        return None;
    }
    let next = inputs.paragraphs.get(site.paragraph + 1)?;
    let reopening = next.spans.first()?;
    if !next.only_punctuation(0, reopening.open) {
        return None;
    }
    decisions
        .get(site.paragraph + 1, 0)
        .filter(|d| d.kind == QuoteKind::Speech && d.speaker.is_some())
}

/// The speech quote this one continues in the same paragraph.
fn same_paragraph<'d>(
    inputs: &Inputs<'_>,
    site: &Site<'_>,
    decisions: &'d Decisions,
) -> Option<&'d Decision> {
    let j = (0..site.span)
        .rev()
        .find(|&k| !site.p.nickname[k] && decisions.get(site.paragraph, k).is_some())?;
    let previous = decisions.get(site.paragraph, j)?;
    if previous.kind != QuoteKind::Speech {
        return None;
    }
    let prev = &site.p.spans[j];
    let between = site.p.tokens(prev.close_end, site.quote.open);
    if between.is_empty() || between.iter().all(|t| t.is("and") || t.is("or")) {
        return Some(previous);
    }
    // "“A,” he said. “B.”": only the previous quote's own attribution lies between (with an
    // apposition to its speaker: "said Amara Tesfaye, a spokeswoman for the Front. “B.”").
    let prev_site = site.sibling(j)?;
    let end = right_cue_end(inputs, &prev_site)?;
    let sentence_end = site
        .facts
        .sentence_at(end)
        .map_or(end, |s| site.facts.sentences[s].range.end);
    let quoted_between = (j + 1..site.span).any(|k| !site.p.nickname[k]);
    let attribution_only = site.p.only_punctuation(end, site.quote.open)
        || (!quoted_between
            && sentence_end <= site.quote.open
            && site.p.only_punctuation(sentence_end, site.quote.open))
        || (!quoted_between && circumstance_only(site.p.tokens(end, site.quote.open)));
    (end <= site.quote.open && attribution_only).then_some(previous)
}

/// Whether words after an attribution only say when or where it was said, up to a comma or a
/// semicolon before the next segment ("“…,” she said in opening; “…”", "he told the
/// inquiry on Tuesday, “…”"): a few words, no verb, no quote.
fn circumstance_only(words: &[crate::parse::words::Tok<'_>]) -> bool {
    /// The most words such a phrase has.
    const MAX_WORDS: usize = 5;
    (1..=MAX_WORDS).contains(&words.len())
        && words
            .last()
            .is_some_and(|t| matches!(t.punct, Some(';' | ',')))
        && words[..words.len() - 1].iter().all(|t| t.punct.is_none())
        && words
            .iter()
            .all(|t| !t.barrier && t.verb.is_none() && t.role.is_none())
}

/// A quote reopened at the start of a paragraph after one left open at the end of the last.
fn reopened<'d>(
    inputs: &Inputs<'_>,
    site: &Site<'_>,
    decisions: &'d Decisions,
) -> Option<&'d Decision> {
    if site.span != 0 || !site.p.only_punctuation(0, site.quote.open) {
        return None;
    }
    let pi = site.paragraph.checked_sub(1)?;
    let before = inputs.paragraphs.get(pi)?;
    let last = before.spans.len().checked_sub(1)?;
    if before.spans[last].closed {
        return None;
    }
    decisions
        .get(pi, last)
        .filter(|d| d.kind == QuoteKind::Speech)
}

#[cfg(test)]
mod tests {
    use super::super::check::check;
    use expect_test::expect;

    #[test]
    fn a_segment_after_when_or_where_it_was_said_continues_the_quote() {
        check(
            "Intro.\n\nThe Council opposed it. “The Council is not against wind farms,” Ms Selwood said in opening; “it is against this wind farm, in this place.”",
            expect![[r#"
                “The Council is not against wind farms,” speech: Selwood (explicit, high) Named right after the quote (said)
                “it is against this wind farm, in this place.” speech: Selwood (explicit, high) Continues the quote before it"#]],
        );
    }

    #[test]
    fn a_segment_after_the_attribution_continues_the_quote() {
        check(
            "Intro.\n\n“We will not give it up,” said Amara Tesfaye. “Never.”",
            expect![[r#"
                “We will not give it up,” speech: Amara Tesfaye (explicit, high) Named right after the quote (said)
                “Never.” speech: Amara Tesfaye (explicit, high) Continues the quote before it"#]],
        );
    }

    #[test]
    fn a_list_of_quotes_continues_the_first() {
        check(
            "The leaflets carried three demands: “Get the Mafia out”, “Open the bars”, and “Own our places”.",
            expect![[r#"
                “Get the Mafia out” speech: The leaflet (explicit, medium) Named in the lead-in before the colon
                “Open the bars” speech: The leaflet (explicit, medium) Continues the quote before it
                “Own our places” speech: The leaflet (explicit, medium) Continues the quote before it"#]],
        );
    }

    #[test]
    fn a_reopened_quote_continues_the_one_left_open() {
        check(
            "Intro.\n\n“When the water came, we carried the old people,” Adamu said. “We waited two days.\n\n“On the third day the boats came.”",
            expect![[r#"
                “When the water came, we carried the old people,” speech: Adamu (explicit, high) Named right after the quote (said)
                “We waited two days.” speech: Adamu (explicit, high) Continues the quote before it
                “On the third day the boats came.” speech: Adamu (explicit, high) Continues the quote before it"#]],
        );
    }

    #[test]
    fn a_quote_left_open_is_the_speakers_named_when_it_reopens() {
        check(
            "Intro.\n\nA former engineer remembers it differently. “We had a list of the worst mains. It came back with a line through it.\n\n“So we waited until they leaked,” he says.",
            expect![[r#"
                “We had a list of the worst mains. It came back with a line through it.” speech: Former engineer (pronoun, medium) Goes on in the next paragraph, where its speaker is named
                “So we waited until they leaked,” speech: Former engineer (pronoun, medium) A pronoun (“he”) in the same sentence (says), for the speaker named before"#]],
        );
    }
}
