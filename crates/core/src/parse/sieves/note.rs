//! The note sieve: the speaker only the endnote names.
//!
//! An interview note that names someone ("Omar Salkhou, interview with the author") gives a
//! speaker to speech whose speaker is unknown, corrects a weak pronoun or context guess that
//! names someone else, and makes speech of a quoted sentence the text leaves unattributed. A
//! publication note that names an author ("Teal, p. 2.") does the last two, with less confidence.
//! An interview note that cites the interview by a reference only ("Interview C-0156.") gives
//! an inset testimony to that interviewee rather than to the speaker before.

use super::direct::said_passively;
use super::{
    Decision, Decisions, Inputs, Sieve, Site, after_colon, glued_marker, local_marker,
    opens_sentence, reads_as_sentence, resolve_note,
};
use crate::parse::mentions::MentionKind;
use crate::parse::registry::{
    EntityId, EntityKind, Registry, is_personal_name, name_tokens, strip_honorific,
};
use crate::text::{TrimQuick, WordsQuick};
use crate::{Attribution, Confidence, NoteKind, QuoteKind};

pub(super) fn decide(
    inputs: &Inputs<'_>,
    site: &Site<'_>,
    decisions: &Decisions,
    registry: &mut Registry,
) -> Option<Decision> {
    let current = decisions.get(site.paragraph, site.span);
    if let Some(decision) = publisher_of_ownerless_document(inputs, site, current, registry) {
        return Some(decision);
    }
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
    // "It has often been said that Kessendale was “the last strike …”.20": words said by no
    // one the text names, whole or in part, are the note's.
    let undecided = current.is_none()
        && ((reads_as_sentence(site.inner()) && (opens_sentence(site) || after_colon(site)))
            || said_passively(site));
    if !(weak || undecided || unnamed_one) {
        return None;
    }
    let n = glued_marker(site.p, site.quote).or_else(|| local_marker(site.p, site.quote))?;
    let note = resolve_note(inputs.notes, n)?;
    let interview = note.kind == NoteKind::Interview;
    let lex = crate::parse::words::Lexicon::get();
    // "Interview C-0156, conducted in Pellonia.": an interviewee the report knows by a
    // reference only, the same person wherever the reference recurs.
    // Only where the paragraph names no one who could have said it (an inset testimony).
    let names_no_one = site.facts.sentences.iter().all(|s| {
        s.mentions.iter().all(|d| {
            !matches!(
                d.mention.kind,
                MentionKind::Named(_) | MentionKind::Role { .. } | MentionKind::Pronoun(_)
            )
        })
    });
    let coded = interview_reference(&note.text)
        .filter(|_| note.person.is_none() && (weak || undecided) && names_no_one)
        .map(|code| format!("Interviewee {code}"));
    if let Some(name) = coded {
        let speaker = known_person(registry, &name).or_else(|| {
            let id = registry.add_person(&name)?;
            // An interviewee's side is the interviewees' role group.
            if let Some(role) = lex.role("interviewee") {
                registry.give_role(id, role);
            }
            Some(id)
        })?;
        if current.is_some_and(|d| d.speaker == Some(speaker)) {
            return None;
        }
        return Some(Decision {
            own_cue: current.is_some_and(|d| d.own_cue),
            ..Decision::speech(
                Some(speaker),
                Some(Attribution::Note),
                Confidence::Medium,
                format!("From the interview note {n}, which names the interview only"),
                Sieve::Note,
            )
        });
    }
    let person = note.person.as_deref().map(strip_honorific)?;
    // "The ministry called the claim “false.”2" with "2. Ministry of Defence, statement": the
    // body the text names by its kind only is the one the note names in full.
    let by_kind_only = current.is_some_and(|d| {
        d.attribution == Some(Attribution::Context)
            && d.speaker.is_some_and(|s| {
                let e = registry.get(s);
                e.kind == EntityKind::Organisation
                    && e.tokens.len() == 1
                    && name_tokens(person).contains(&e.tokens[0])
            })
    });
    if !(interview || undecided || by_kind_only || current.is_some_and(|d| d.speaker.is_none())) {
        return None;
    }
    // ... unless the paragraph names the interviewee, who then tells of someone else ("Laura
    // Cox told the Select Committee that an attorney …").
    let surname = person.words_quick().last().unwrap_or(person);
    let named_here = site.facts.sentences.iter().any(|s| {
        s.mentions.iter().any(|d| {
            d.mention
                .name()
                .is_some_and(|n| n.words_quick().last() == Some(surname))
        })
    });
    // (An unnamed person carried over from the paragraph before gives way to the one an
    // interview note describes: "“My son is nineteen …”15" after a paragraph about a woman.)
    let carried = current.is_some_and(|d| d.attribution == Some(Attribution::Context));
    // "A police commander told the families to “stop asking questions.”4" with "4. Interview
    // with Rukia Hassan, mother of a detainee": a note that describes its interviewee by a
    // role of another class reports the words; it names no one who said them.
    let other_role = unnamed_one
        && current
            .and_then(|d| d.speaker)
            .and_then(|s| registry.get(s).group.as_ref().map(|g| g.noun))
            .is_some_and(|noun| {
                let described: Vec<&str> = note
                    .text
                    .split(|c: char| !c.is_alphanumeric() && c != '-')
                    .filter_map(|w| lex.role(&w.to_lowercase()))
                    .filter(|r| *r != "interviewee")
                    .collect();
                let class = crate::parse::factions::role_class;
                !described.is_empty()
                    && !described.contains(&noun)
                    && described
                        .iter()
                        .all(|r| class(r).is_some() && class(r) != class(noun))
            });
    if unnamed_one
        && (other_role
            || (!(carried && interview)
                && (!(interview && is_personal_name(lex, person)) || named_here)))
    {
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
        registry.group_named(person).or_else(|| {
            // "The ministry called the claim “false.”2" with "2. Ministry of Defence,
            // statement": an organisation the note cites, for speech whose speaker the text
            // left unknown.
            (current.is_some_and(|d| d.speaker.is_none()) || by_kind_only)
                .then_some(())
                .filter(|()| crate::parse::mentions::lex_org_like(lex, person))
                .is_some()
                .then(|| registry.org_or_new(lex, person))
                .flatten()
        })
    }?;
    if current.is_some_and(|d| d.speaker == Some(speaker)) {
        return None;
    }
    // A note that cites someone's speech or statement, not a work of theirs.
    let remarks = crate::parse::notes::speaker_of_cited_remarks(&note.text).is_some();
    // "Teal, p. 2.": someone known only as the author of a cited work is an author.
    if !interview && personal && !remarks {
        registry.note_author(speaker);
    }
    let (confidence, reason) = if interview {
        (Confidence::Medium, format!("From the interview note {n}"))
    } else if remarks {
        (
            Confidence::Medium,
            format!("From note {n}, which cites the speaker's own words"),
        )
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

/// "The order found that …”5" with "5. Tessmark Utilities Board, Order No. 22-118, …": a
/// document the text gives no owner speaks for the organisation its note cites it from, when
/// the text names that organisation.
fn publisher_of_ownerless_document(
    inputs: &Inputs<'_>,
    site: &Site<'_>,
    current: Option<&Decision>,
    registry: &Registry,
) -> Option<Decision> {
    let decision = current.filter(|d| d.kind == QuoteKind::Speech)?;
    let document = registry.get(decision.speaker?);
    if document.kind != EntityKind::Document || document.owner.is_some() {
        return None;
    }
    let n = glued_marker(site.p, site.quote).or_else(|| local_marker(site.p, site.quote))?;
    let note = resolve_note(inputs.notes, n)?;
    if note.kind != NoteKind::Publication {
        return None;
    }
    let publisher = note.text.split(',').next()?.trim_quick();
    let org = registry.find_org(publisher)?;
    Some(Decision {
        own_cue: decision.own_cue,
        ..Decision::speech(
            Some(org),
            Some(Attribution::Note),
            Confidence::Medium,
            format!("The publisher that note {n} cites the document from"),
            Sieve::Note,
        )
    })
}

/// The reference of a note that cites one interview by it ("Interview C-0156, conducted in
/// Pellonia." → "C-0156"; "Interview 12." → "12"), not several ("Interviews C-0233 and …").
fn interview_reference(text: &str) -> Option<&str> {
    let mut words = text.words_quick();
    if words.next()? != "Interview" {
        return None;
    }
    let code = words.next()?.trim_end_matches([',', '.', ';']);
    (code.chars().any(|c| c.is_ascii_digit())
        && code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '/'))
    .then_some(code)
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
    fn an_inset_testimony_whose_note_cites_an_interview_by_reference_is_that_interviewees() {
        check(
            "Intro.\n\nFamilies were rarely informed. “I went to the police,” a woman from Dravic told the Commission.[1]\n\n“They told me my husband was not here.”[2]\n\nNotes\n\n[1] Interview C-0301.\n[2] Interview C-0156, conducted in Pellonia.",
            expect![[r#"
                “I went to the police,” speech: Woman (explicit, high) Named right after the quote (told)
                “They told me my husband was not here.” speech: Interviewee C-0156 (note, medium) From the interview note 2, which names the interview only"#]],
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
