//! The continuation sieve: the next segment of a quote already attributed.
//!
//! "“A,” he said. “B.”" and "“A,” he said, “B”": a quote whose only narration since the last
//! speech quote is that quote's attribution. "“A”, “B” and “C”": a list of quotes. And a
//! paragraph that opens by reopening a quote left open at the end of the paragraph before.

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
    let previous =
        same_paragraph(inputs, site, decisions).or_else(|| reopened(inputs, site, decisions))?;
    Some(Decision {
        kind: QuoteKind::Speech,
        speaker: previous.speaker,
        attribution: previous.attribution,
        confidence: previous.confidence.or(Some(Confidence::Medium)),
        reason: Some("Continues the quote before it".to_owned()),
        sieve: Sieve::Continuation,
        own_cue: false,
    })
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
            && site.p.only_punctuation(sentence_end, site.quote.open));
    (end <= site.quote.open && attribution_only).then_some(previous)
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
            "The leaflets listed three demands: “Get the Mafia out”, “Open the bars”, and “Own our places”.",
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
}
