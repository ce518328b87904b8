//! The context sieve: a quoted sentence with no cue of its own, after a sentence that names
//! its speaker.
//!
//! A quote that opens its sentence and reads as a sentence takes the speaker of the sentence
//! before it in the paragraph: the speaker of its quotes, else the agent of its verb of saying
//! ("Salkhou said the rebels were exhausted. “We could not hold.”"). A paragraph that is only a
//! quotation takes the speaker its lead-in names ("As Salkhou put it:"), else the last speaker
//! of the paragraph before.

use super::{Decision, Decisions, Inputs, Sieve, Site, opens_sentence, reads_as_sentence};
use crate::parse::cues::CueKind;
use crate::parse::registry::{EntityId, Registry};
use crate::{Attribution, BlockKind, Confidence, QuoteKind};

pub(super) fn decide(
    inputs: &Inputs<'_>,
    site: &Site<'_>,
    decisions: &Decisions,
    registry: &mut Registry,
) -> Option<Decision> {
    let cue_free = site.facts.sentences[site.sentence].cues.is_empty();
    if !(cue_free && opens_sentence(site) && reads_as_sentence(site.inner())) {
        return None;
    }
    if site.sentence > 0
        && let Some(speaker) = speaker_of_sentence(inputs, site, decisions, site.sentence - 1)
    {
        return Some(Decision::speech(
            Some(speaker),
            Some(Attribution::Context),
            Confidence::Low,
            "Named in the sentence before".to_owned(),
            Sieve::Context,
        ));
    }
    // "Karen Pell, for her part, has stopped opening the council's letters. ‘When they have a
    // flat for me, they can knock on the door.’": words in the first person after a sentence
    // about someone the report already quotes.
    if site.sentence > 0
        && first_person(site.inner())
        && let Some(speaker) = subject_who_speaks(site, registry, site.sentence - 1)
    {
        return Some(Decision::speech(
            Some(speaker),
            Some(Attribution::Context),
            Confidence::Low,
            "In the first person, after a sentence about its speaker".to_owned(),
            Sieve::Context,
        ));
    }
    let whole_paragraph = site.p.only_punctuation(0, site.quote.open)
        && (site.p.kind == BlockKind::BlockQuote || site.p.all_tokens().iter().all(|t| t.barrier));
    if site.sentence == 0 && whole_paragraph {
        let (speaker, how, reason) = lead_in(inputs, site, decisions)?;
        return Some(Decision::speech(
            Some(speaker),
            Some(how),
            Confidence::Medium,
            reason.to_owned(),
            Sieve::Context,
        ));
    }
    None
}

/// Who speaks in sentence `s` of the site's paragraph: its last speech quote's speaker, else
/// the agent of its last verb of saying.
fn speaker_of_sentence(
    inputs: &Inputs<'_>,
    site: &Site<'_>,
    decisions: &Decisions,
    s: usize,
) -> Option<EntityId> {
    let range = site.facts.sentences.get(s)?.range.clone();
    let quoted = (0..site.p.spans.len())
        .rev()
        .filter(|&k| range.contains(&site.p.spans[k].open))
        .find_map(|k| {
            decisions
                .get(site.paragraph, k)
                .filter(|d| d.kind == QuoteKind::Speech)
                .and_then(|d| d.speaker)
        });
    quoted.or_else(|| {
        let sentence = &site.facts.sentences[s];
        let refs = inputs
            .refs
            .paragraphs
            .get(site.paragraph)?
            .sentences
            .get(s)?;
        sentence
            .cues
            .iter()
            .zip(&refs.cues)
            .rev()
            // "When I asked her why, she laughed. “Because …”": the answer is not the asker's.
            .filter(|(c, _)| {
                matches!(c.kind, CueKind::Says(lemma) if lemma != "ask")
                    || c.kind == CueKind::According
            })
            .find_map(|(_, r)| r.map(|r| r.entity))
    })
}

/// Whether words speak in the first person ("I", "me", "my", "we", "us", "our").
fn first_person(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .any(|w| {
            matches!(
                w,
                "I" | "I'm" | "I’m" | "me" | "my" | "we" | "We" | "us" | "our" | "Our" | "My"
            )
        })
}

/// The person a sentence opens on, when the report already has them as a person who speaks
/// ("Karen Pell, for her part, has stopped …").
fn subject_who_speaks(site: &Site<'_>, registry: &Registry, s: usize) -> Option<EntityId> {
    let sentence = site.facts.sentences.get(s)?;
    let first = sentence.mentions.first()?;
    let name = first.mention.name()?;
    if !site
        .p
        .only_punctuation(sentence.range.start, first.mention.start)
    {
        return None;
    }
    let id = registry.lookup(name, &|_| 0)?;
    (registry.get(id).kind == crate::parse::registry::EntityKind::Person).then_some(id)
}

/// The speaker a paragraph that is only a quotation takes from the paragraph before, with how:
/// named in the lead-in ("X wrote:"), or the last speaker before.
fn lead_in(
    inputs: &Inputs<'_>,
    site: &Site<'_>,
    decisions: &Decisions,
) -> Option<(EntityId, Attribution, &'static str)> {
    let pi = site.paragraph.checked_sub(1)?;
    let before = inputs.paragraphs.get(pi)?;
    let facts = inputs.facts.paragraphs.get(pi)?;
    let refs = inputs.refs.paragraphs.get(pi)?;
    if before.text.trim_end().ends_with(':') {
        let last = facts.sentences.len().checked_sub(1)?;
        let colon = facts.sentences[last]
            .cues
            .iter()
            .zip(&refs.sentences[last].cues)
            .rev()
            .find(|(c, _)| matches!(c.kind, CueKind::Colon | CueKind::Says(_)))
            .and_then(|(_, r)| *r);
        if let Some(r) = colon {
            let how = match r.how {
                Attribution::Pronoun => Attribution::Pronoun,
                _ => Attribution::Explicit,
            };
            return Some((r.entity, how, "Introduced by the line before the quotation"));
        }
    }
    let last_speaker = (0..before.spans.len()).rev().find_map(|k| {
        decisions
            .get(pi, k)
            .filter(|d| d.kind == QuoteKind::Speech)?
            .speaker
    })?;
    Some((
        last_speaker,
        Attribution::Context,
        "The speaker of the paragraph before",
    ))
}

#[cfg(test)]
mod tests {
    use super::super::check::check;
    use expect_test::expect;

    #[test]
    fn a_quoted_sentence_takes_the_speaker_of_the_sentence_before() {
        check(
            "Intro.\n\nMarquess said the team was exhausted. “We cannot hold this together.”",
            expect![[
                "“We cannot hold this together.” speech: Marquess (context, low) Named in the sentence before"
            ]],
        );
    }

    #[test]
    fn a_block_quotation_after_someone_wrote_is_theirs() {
        check(
            "Intro.\n\nTransparency Monitor sent an analysis. Its director, Samuel Okafor, wrote:\n\n    The pattern we observed is not consistent with any innocent explanation.",
            expect![
                "“The pattern we observed is not consistent with any innocent explanation.” speech: Samuel Okafor (explicit, medium) Introduced by the line before the quotation"
            ],
        );
    }

    #[test]
    fn a_block_quotation_takes_the_speaker_of_its_lead_in() {
        check(
            "Intro.\n\nBerhe described the deal in a letter to the council:\n\n    We offer the water of the upper valley for the grain of the lower valley.",
            expect![[
                "“We offer the water of the upper valley for the grain of the lower valley.” speech: Berhe (explicit, medium) Introduced by the line before the quotation"
            ]],
        );
    }
}
