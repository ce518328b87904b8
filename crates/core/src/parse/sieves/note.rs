//! The note sieve: the speaker only the endnote names.
//!
//! An interview note that names someone ("Omar Salkhou, interview with the author") gives a
//! speaker to speech whose speaker is unknown, corrects a weak pronoun or context guess that
//! names someone else, and makes speech of a quoted sentence the text leaves unattributed. A
//! publication note that names an author ("Teal, p. 2.") does the last two, with less confidence.

use super::direct::said_passively;
use super::{
    Decision, Decisions, Inputs, Sieve, Site, after_colon, glued_marker, local_marker,
    opens_sentence, reads_as_sentence, resolve_note,
};
use crate::parse::registry::{
    EntityId, EntityKind, Registry, is_personal_name, name_tokens, strip_honorific,
};
use crate::{Attribution, Confidence, NoteKind, QuoteKind};

pub(super) fn decide(
    inputs: &Inputs<'_>,
    site: &Site<'_>,
    decisions: &Decisions,
    registry: &mut Registry,
) -> Option<Decision> {
    let current = decisions.get(site.paragraph, site.span);
    let weak = current.is_some_and(|d| {
        d.kind == QuoteKind::Speech
            && (d.speaker.is_none()
                || matches!(
                    d.attribution,
                    Some(Attribution::Pronoun | Attribution::Context)
                ))
    });
    // "The Trump Campaign’s director of election day operations in Georgia told the Select
    // Committee …" with an interview note naming him: the one unnamed person is the interviewee.
    let unnamed_one = current.is_some_and(|d| {
        d.kind == QuoteKind::Speech
            && d.speaker.is_some_and(|s| {
                let e = registry.get(s);
                e.kind == EntityKind::Group && e.group.as_ref().is_some_and(|g| !g.collective)
            })
    });
    let undecided = current.is_none()
        && reads_as_sentence(site.inner())
        && (opens_sentence(site) || after_colon(site) || said_passively(site));
    if !(weak || undecided || unnamed_one) {
        return None;
    }
    let n = glued_marker(site.p, site.quote).or_else(|| local_marker(site.p, site.quote))?;
    let note = resolve_note(inputs.notes, n)?;
    let person = note.person.as_deref().map(strip_honorific)?;
    let interview = note.kind == NoteKind::Interview;
    if !(interview || undecided || current.is_some_and(|d| d.speaker.is_none())) {
        return None;
    }
    let lex = crate::parse::words::Lexicon::get();
    // ... unless the paragraph names the interviewee, who then tells of someone else ("Laura
    // Cox told the Select Committee that an attorney …").
    let surname = person.split_whitespace().last().unwrap_or(person);
    let named_here = site.facts.sentences.iter().any(|s| {
        s.mentions.iter().any(|d| {
            d.mention
                .name()
                .is_some_and(|n| n.split_whitespace().last() == Some(surname))
        })
    });
    if unnamed_one && (!(interview && is_personal_name(lex, person)) || named_here) {
        return None;
    }
    let personal = is_personal_name(lex, person);
    let speaker = if personal {
        known_person(registry, person).or_else(|| {
            (undecided || unnamed_one || current.is_some_and(|d| d.speaker.is_none()))
                .then(|| registry.add_person(person))
                .flatten()
        })
    } else if interview {
        registry.group_described(lex, person)
    } else {
        registry.group_named(person)
    }?;
    if current.is_some_and(|d| d.speaker == Some(speaker)) {
        return None;
    }
    // "Teal, p. 2.": someone known only as the author of a cited work is an author.
    if !interview && personal {
        registry.note_author(speaker);
    }
    let (confidence, reason) = if interview {
        (Confidence::Medium, format!("From the interview note {n}"))
    } else {
        (Confidence::Low, format!("From the author of note {n}"))
    };
    Some(Decision {
        own_cue: current.is_some_and(|d| d.own_cue),
        ..Decision::speech(
            Some(speaker),
            Some(Attribution::Note),
            confidence,
            reason,
            Sieve::Note,
        )
    })
}

/// The person a note's name stands for, if the registry knows them.
fn known_person(registry: &Registry, person: &str) -> Option<EntityId> {
    let tokens = name_tokens(person);
    let recency = |_: EntityId| 0;
    let id = registry.lookup(person, &recency)?;
    let entity = registry.get(id);
    let matches = entity.kind == EntityKind::Person
        && crate::parse::registry::contains_run(&entity.tokens, &tokens);
    matches.then_some(id)
}

#[cfg(test)]
mod tests {
    use super::super::check::check;
    use expect_test::expect;

    #[test]
    fn an_interview_note_names_the_speaker_of_an_unattributed_sentence() {
        check(
            "Intro.\n\nThe talks failed. “We never trusted them.”1\n\nNotes\n\n1. Jane Roe, interview with the author, May 2020.",
            expect![[
                "“We never trusted them.” speech: Jane Roe (note, medium) From the interview note 1"
            ]],
        );
    }

    #[test]
    fn a_publication_note_names_the_author_of_a_quoted_sentence_after_a_colon() {
        check(
            "Intro.\n\nThe crowd’s applause encouraged them further: “Wrists were limp, hair was primped.”[1]\n\nReferences\n\n[1] Teal, p. 2.",
            expect![[
                "“Wrists were limp, hair was primped.” speech: Teal (note, low) From the author of note 1"
            ]],
        );
    }
}
