//! The context sieve: a quoted sentence with no cue of its own, after a sentence that names
//! its speaker.
//!
//! A quote that opens its sentence and reads as a sentence takes the speaker of the sentence
//! before it in the paragraph: the speaker of its quotes, else the agent of its verb of saying
//! ("Salkhou said the rebels were exhausted. “We could not hold.”"); in the first person, the
//! person the sentence before opens on, by name, pronoun or possessive ("He waited eleven days
//! for a pass. “By the time it came I could not walk.”", "His team now logs every alert. “We
//! send the log to three coastguards.”"). A paragraph that is only a
//! quotation takes the speaker its lead-in names ("As Salkhou put it:"), else the last speaker
//! of the paragraph before.

use super::{Decision, Decisions, Inputs, Sieve, Site, opens_sentence, reads_as_sentence};
use crate::parse::cues::{Agent, CueKind};
use crate::parse::mentions::MentionKind;
use crate::parse::paragraph::Paragraph;
use crate::parse::registry::{EntityId, EntityKind, Registry, is_personal_name};
use crate::text::{WordsQuick, words_up_to};
use crate::{Attribution, BlockKind, Confidence, QuoteKind};

pub(super) fn decide(
    inputs: &Inputs<'_>,
    site: &Site<'_>,
    decisions: &Decisions,
    registry: &mut Registry,
) -> Option<Decision> {
    // "Then, after a long pause: “…”": a colon after words that name nobody is no cue of its
    // own.
    let cue_free = site.facts.sentences[site.sentence]
        .cues
        .iter()
        .all(|c| c.kind == CueKind::Colon && c.agent == Agent::Unknown);
    // "“Weak or strong?” … “Strong.”": in a conversation a turn of one word is speech too.
    let turn = whole_paragraph(site.p, site.quote.open)
        && site.paragraph > 0
        && inputs
            .paragraphs
            .get(site.paragraph - 1)
            .is_some_and(|p| is_turn(p, site.paragraph - 1, decisions));
    // "He said that the stoppage was “not a strike”. The men had been “stirred up by a
    // handful of loudmouths”.": reported speech goes on, with no verb of its own, in the tense
    // it was reported in, after a sentence whose quote its speaker said.
    if cue_free
        && site.sentence > 0
        && !opens_sentence(site)
        && backshifted(site)
        && let Some(speaker) = quoted_speaker(site, decisions, site.sentence - 1)
    {
        return Some(Decision::speech(
            Some(speaker),
            Some(Attribution::Context),
            Confidence::Low,
            "Reported speech that goes on from the sentence before".to_owned(),
            Sieve::Context,
        ));
    }
    if !(cue_free && opens_sentence(site) && (reads_as_sentence(site.inner()) || turn)) {
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
    // about someone the report already quotes, by name or by a pronoun ("She has since been
    // to the prosecutor’s office eleven times. “Every time, they tell me …”").
    if site.sentence > 0
        && first_person(site.inner())
        && let Some(speaker) = subject_who_speaks(site, registry, site.sentence - 1)
            .or(inputs.refs.paragraphs[site.paragraph].sentences[site.sentence - 1].opener)
            .or_else(|| named_subject(site, registry, site.sentence - 1))
    {
        return Some(Decision::speech(
            Some(speaker),
            Some(Attribution::Context),
            Confidence::Low,
            "In the first person, after a sentence about its speaker".to_owned(),
            Sieve::Context,
        ));
    }
    // "A participant who chairs a harbour trust described the buy-out of her harbour. The trust
    // had raised £1.2 million. ‘People bought shares they knew would never pay a dividend.’":
    // a quoted sentence in a paragraph about one person, who opens it, is theirs.
    if site.sentence > 0
        && let Some(speaker) = paragraph_subject(inputs, site, registry)
    {
        return Some(Decision::speech(
            Some(speaker),
            Some(Attribution::Context),
            Confidence::Low,
            "In a paragraph about its speaker, who opens it".to_owned(),
            Sieve::Context,
        ));
    }
    if site.sentence == 0 && whole_paragraph(site.p, site.quote.open) {
        let (speaker, how, reason) = lead_in(inputs, site, decisions, registry)?;
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

/// Whether the words of the quote's sentence before it are in the tense of reported speech
/// ("had been", "would be back", "were to be suspended").
fn backshifted(site: &Site<'_>) -> bool {
    let range = site.p.sentence_range(site.sentence);
    let before = &site.p.text[range.start..site.quote.open];
    let mut words = before.words_quick().peekable();
    while let Some(w) = words.next() {
        let to_follows = words.peek().is_some_and(|n| *n == "to");
        if matches!(w, "had" | "would" | "could" | "might")
            || (matches!(w, "was" | "were") && to_follows)
        {
            return true;
        }
    }
    false
}

/// The speaker of the last speech quote of sentence `s` of the site's paragraph.
fn quoted_speaker(site: &Site<'_>, decisions: &Decisions, s: usize) -> Option<EntityId> {
    let range = site.facts.sentences.get(s)?.range.clone();
    (0..site.p.spans.len())
        .rev()
        .filter(|&k| range.contains(&site.p.spans[k].open))
        .find_map(|k| {
            decisions
                .get(site.paragraph, k)
                .filter(|d| d.kind == QuoteKind::Speech)
                .and_then(|d| d.speaker)
        })
}

/// Who speaks in sentence `s` of the site's paragraph: its last speech quote's speaker, else
/// the agent of its last verb of saying.
fn speaker_of_sentence(
    inputs: &Inputs<'_>,
    site: &Site<'_>,
    decisions: &Decisions,
    s: usize,
) -> Option<EntityId> {
    quoted_speaker(site, decisions, s).or_else(|| {
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
    // "Outside the Chamber, in the draughty corridor …, Mrs Ridsdale was unimpressed": past
    // the phrases that set the scene.
    let text = &site.p.text[sentence.range.clone()];
    let opens_with_scene = text
        .words_quick()
        .next()
        .is_some_and(|w| crate::parse::lexicon::is_one_of(w, crate::parse::lexicon::INTRO_OPENERS));
    let after_scene = |d: &&crate::parse::facts::Described| {
        opens_with_scene
            && site.p.text[sentence.range.start..d.mention.start]
                .trim_end()
                .ends_with(',')
            && matches!(
                d.mention.kind,
                crate::parse::mentions::MentionKind::Named(_)
            )
    };
    let first = sentence
        .mentions
        .iter()
        .find(after_scene)
        .or(sentence.mentions.first())?;
    let scene_set = after_scene(&first);
    // "Ms D’s complaint ended with a question.": the document's owner.
    let name = match &first.mention.kind {
        crate::parse::mentions::MentionKind::Document {
            owner: Some(crate::parse::mentions::Owner::Named(owner)),
            ..
        } => owner.as_ref(),
        _ => first.mention.name()?,
    };
    if !scene_set
        && !site
            .p
            .only_punctuation(sentence.range.start, first.mention.start)
    {
        return None;
    }
    let id = registry.lookup(name, &|_| 0)?;
    (registry.get(id).kind == EntityKind::Person).then_some(id)
}

/// The one person (or anonymous group) the sentences of the site's paragraph before the quote's
/// are about: the subject the first opens on, whom every other opener, every agent of a verb
/// of saying and every person named there is too.
fn paragraph_subject(
    inputs: &Inputs<'_>,
    site: &Site<'_>,
    registry: &Registry,
) -> Option<EntityId> {
    let refs = &inputs.refs.paragraphs.get(site.paragraph)?.sentences;
    let subject = refs.first()?.opener?;
    if !matches!(
        registry.get(subject).kind,
        EntityKind::Person | EntityKind::Group
    ) {
        return None;
    }
    for s in 0..site.sentence {
        let r = refs.get(s)?;
        let other_agent = r.cues.iter().flatten().any(|c| c.entity != subject);
        let other_person = site.facts.sentences.get(s)?.mentions.iter().any(|d| {
            d.mention
                .name()
                .and_then(|name| registry.person_named(name))
                .is_some_and(|id| id != subject)
        });
        if r.opener.is_some_and(|o| o != subject) || other_agent || other_person {
            return None;
        }
    }
    Some(subject)
}

/// "Ahmed Diallo spent three years in Insein prison. “The guards beat us every day.”": the
/// person a sentence opens on by a full name the text gives no other side, when the report
/// quotes them nowhere else; read only for words in the first person.
fn named_subject(site: &Site<'_>, registry: &mut Registry, s: usize) -> Option<EntityId> {
    let sentence = site.facts.sentences.get(s)?;
    let first = sentence.mentions.first()?;
    let crate::parse::mentions::MentionKind::Named(name) = &first.mention.kind else {
        return None;
    };
    let lex = crate::parse::words::Lexicon::get();
    let full_name = name.words_quick().count() >= 2 && is_personal_name(lex, name);
    if !full_name
        || !site
            .p
            .only_punctuation(sentence.range.start, first.mention.start)
    {
        return None;
    }
    registry.person_or_new(lex, name)
}

/// The person the paragraph after `pi` opens on, introduced there for the first time with a
/// description ("Clement Adeyemi, 74, a retired railroad welder, has lived …"): a full name
/// the paragraphs before never name.
fn introduced_after(inputs: &Inputs<'_>, pi: usize, registry: &mut Registry) -> Option<EntityId> {
    let next = inputs.paragraphs.get(pi + 1)?;
    let first_sentence = inputs.facts.paragraphs.get(pi + 1)?.sentences.first()?;
    let first = first_sentence.mentions.first()?;
    let name = first.mention.name()?;
    // A description follows the name, set off by a comma ("Clement Adeyemi, 74, a …").
    let described = first.apposition.is_some()
        || first.mention.descriptor.is_some()
        || next
            .text
            .get(first.mention.end..)
            .is_some_and(|rest| rest.starts_with(','))
        || next
            .text
            .get(..first.mention.end)
            .is_some_and(|name| name.ends_with(','));
    if !next.only_punctuation(0, first.mention.start)
        || !described
        || !name.contains(' ')
        || !next.spans.is_empty() && next.spans[0].open < first_sentence.range.end
    {
        return None;
    }
    let named_before = inputs.facts.paragraphs[..=pi]
        .iter()
        .flat_map(|p| &p.sentences)
        .flat_map(|s| &s.mentions)
        .any(|d| d.mention.name().is_some_and(|n| n == name));
    if named_before {
        return None;
    }
    let lex = crate::parse::words::Lexicon::get();
    let id = match registry.lookup(name, &|_| 0) {
        Some(id) => id,
        None if is_personal_name(lex, name) => registry.add_person(name)?,
        None => return None,
    };
    (registry.get(id).kind == EntityKind::Person).then_some(id)
}

/// How many paragraphs back a conversation's other party may have last spoken.
const CONVERSATION_REACH: usize = 6;

/// The most words a turn of a conversation has.
const MAX_TURN_WORDS: usize = 15;

/// Whether a paragraph is only a quotation (a block quotation, or quotes and nothing else).
fn whole_paragraph(p: &Paragraph<'_>, open: usize) -> bool {
    p.only_punctuation(0, open)
        && (p.kind == BlockKind::BlockQuote || p.all_tokens().iter().all(|t| t.barrier))
}

/// Whether a paragraph is a turn of a conversation: only a quote, or a paragraph that opens
/// with a question put in quotes ("“Would you swim in it?” I ask.").
fn is_turn(p: &Paragraph<'_>, pi: usize, decisions: &Decisions) -> bool {
    let Some(first) = p.spans.first() else {
        return false;
    };
    if !p.only_punctuation(0, first.open) || p.kind == BlockKind::BlockQuote {
        return false;
    }
    let speech = decisions
        .get(pi, 0)
        .is_some_and(|d| d.kind == QuoteKind::Speech);
    let inner = first.inner(p.text);
    let question = inner.trim_end().ends_with('?');
    // A turn is short; a long paragraph in quotes goes on with a testimony.
    let short = words_up_to(inner, MAX_TURN_WORDS + 1) <= MAX_TURN_WORDS;
    speech && (question || (short && p.all_tokens().iter().all(|t| t.barrier)))
}

/// The last speaker before paragraph `pi` (within [`CONVERSATION_REACH`] and its section)
/// other than `not`.
fn other_party(
    inputs: &Inputs<'_>,
    decisions: &Decisions,
    pi: usize,
    not: EntityId,
) -> Option<EntityId> {
    // The paragraph that opens the section `pi` is in.
    let section_start = (0..=pi)
        .rev()
        .find(|&k| inputs.headings.get(k).is_some_and(Option::is_some))
        .unwrap_or(0);
    let from = pi.saturating_sub(CONVERSATION_REACH).max(section_start);
    (from..pi).rev().find_map(|k| {
        decisions.paragraphs.get(k)?.iter().rev().find_map(|d| {
            d.as_ref()
                .filter(|d| d.kind == QuoteKind::Speech)
                .and_then(|d| d.speaker)
                .filter(|s| *s != not)
        })
    })
}

/// The person last named in paragraph `pi` or the one before it, other than `not`: the other
/// party of a conversation that opens there, who has not spoken yet ("Rhodri Bastable … was
/// standing by the extinguisher cabinet. / “How many cycles?” Verhoeven asked. / “Four
/// hundred and twelve.”").
fn person_present(
    inputs: &Inputs<'_>,
    pi: usize,
    not: EntityId,
    registry: &Registry,
) -> Option<EntityId> {
    let opens_section = |k: usize| inputs.headings.get(k).is_some_and(Option::is_some);
    let from = if opens_section(pi) {
        pi
    } else {
        pi.saturating_sub(1)
    };
    (from..=pi).rev().find_map(|k| {
        let facts = inputs.facts.paragraphs.get(k)?;
        facts
            .sentences
            .iter()
            .rev()
            .flat_map(|s| s.mentions.iter().rev())
            .filter(|d| matches!(d.mention.kind, MentionKind::Named(_)))
            .filter_map(|d| d.mention.name())
            .filter_map(|name| registry.person_named(name))
            .find(|&person| person != not && registry.get(person).kind == EntityKind::Person)
    })
}

/// The person a paragraph's last sentence opens on ("Her nephew Tomek, who does the
/// deliveries, comes in from the yard"), as the one who speaks first in the conversation after.
fn person_of_paragraph(
    inputs: &Inputs<'_>,
    pi: usize,
    registry: &mut Registry,
) -> Option<EntityId> {
    let facts = inputs.facts.paragraphs.get(pi)?;
    let sentence = facts.sentences.last()?;
    // "Norrava's foreign minister, Oskar Lindqvar, rejected the accusations": the first person
    // it names, past a country's or an organisation's name.
    let lex = crate::parse::words::Lexicon::get();
    sentence
        .mentions
        .iter()
        .filter_map(|d| d.mention.name())
        .find_map(|name| registry.person_or_new(lex, name))
}

/// The person a testimony's heading names ("Testimony: Amal, 34, mother of five", "Soraya,
/// 19, student"): the first field after a label, when a label or an age says it is a person.
fn person_of_heading(heading: &str, registry: &mut Registry) -> Option<EntityId> {
    /// The most words a name in a heading has.
    const MAX_NAME_WORDS: usize = 3;
    let (labelled, rest) = match heading.split_once(':') {
        Some((_, rest)) => (true, rest),
        None => (false, heading),
    };
    let mut fields = rest.split(',').map(str::trim);
    let name = fields.next()?;
    let aged = fields.next().is_some_and(|f| {
        f.words_quick()
            .next()
            .is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()))
    });
    let words = name.words_quick().count();
    let lex = crate::parse::words::Lexicon::get();
    if !(labelled || aged) || words == 0 || words > MAX_NAME_WORDS || !is_personal_name(lex, name) {
        return None;
    }
    registry.person_or_new(lex, name)
}

/// The speaker a paragraph that is only a quotation takes from the paragraph before, with how:
/// named in the heading over it ("Testimony: Amal, 34"); named in the lead-in ("X wrote:"); in
/// a conversation, the other party of the turn before;
/// the last speaker before; else the person the paragraph before is about.
fn lead_in(
    inputs: &Inputs<'_>,
    site: &Site<'_>,
    decisions: &Decisions,
    registry: &mut Registry,
) -> Option<(EntityId, Attribution, &'static str)> {
    if let Some(person) = inputs
        .headings
        .get(site.paragraph)
        .copied()
        .flatten()
        .and_then(|heading| person_of_heading(heading, registry))
    {
        return Some((
            person,
            Attribution::Context,
            "Named in the heading above the quotation",
        ));
    }
    let pi = site.paragraph.checked_sub(1)?;
    let before = inputs.paragraphs.get(pi)?;
    // Under a heading of its own the quotation is not the last section's.
    let opens_section = inputs
        .headings
        .get(site.paragraph)
        .is_some_and(Option::is_some);
    let facts = inputs.facts.paragraphs.get(pi)?;
    let refs = inputs.refs.paragraphs.get(pi)?;
    if before.text.trim_end().ends_with(':') {
        let last = facts.sentences.len().checked_sub(1)?;
        let colon = facts.sentences[last]
            .cues
            .iter()
            .zip(&refs.sentences[last].cues)
            .rev()
            .filter(|(c, _)| matches!(c.kind, CueKind::Colon | CueKind::Says(_) | CueKind::Noun))
            // "Its verdict states:": the colon's speaker unknown, the verdict's owner known.
            .find_map(|(_, r)| *r);
        if let Some(r) = colon {
            let how = match r.how {
                Attribution::Pronoun => Attribution::Pronoun,
                _ => Attribution::Explicit,
            };
            return Some((r.entity, how, "Introduced by the line before the quotation"));
        }
    }
    // "“We were breathing it every day.” / Clement Adeyemi, 74, a retired railroad welder, has
    // lived …": words in the first person before a paragraph that introduces someone new.
    if first_person(site.inner())
        && let Some(person) = introduced_after(inputs, site.paragraph, registry)
    {
        return Some((
            person,
            Attribution::Context,
            "Introduced in the paragraph after the quotation",
        ));
    }
    let last_speaker = (0..before.spans.len()).rev().find_map(|k| {
        decisions
            .get(pi, k)
            .filter(|d| d.kind == QuoteKind::Speech)?
            .speaker
    });
    if opens_section {
        return None;
    }
    let Some(last_speaker) = last_speaker else {
        let person = person_of_paragraph(inputs, pi, registry)?;
        return Some((
            person,
            Attribution::Context,
            "The person the paragraph before is about",
        ));
    };
    // "“Would you swim in it?” I ask. / “I swim in it every day.”": the answer is the other
    // party's.
    if is_turn(before, pi, decisions)
        && let Some(other) = other_party(inputs, decisions, pi, last_speaker)
            .or_else(|| person_present(inputs, pi, last_speaker, registry))
    {
        return Some((
            other,
            Attribution::Context,
            "The other party of the conversation",
        ));
    }
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
    fn a_block_quotation_after_a_document_owned_by_its_issuer_is_the_issuers() {
        check(
            "Intro.\n\nOn 18 December the Soltrava District Court found Vordosh guilty. Its verdict, which Quillguard has reviewed, states:\n\n    The defendant systematically published materials that created a false impression.",
            expect![
                "“The defendant systematically published materials that created a false impression.” speech: Soltrava District Court (pronoun, medium) Introduced by the line before the quotation"
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
