//! The direct sieve: a cue in the quote's own sentence decides it.
//!
//! The cue right after the quote ("“…,” said X", "“…,” X told me", "“…” according to X") comes
//! first; else the nearest cue before the quote ("X wrote that “…”", "As X put it, “…”", "X
//! saw the police arrive: “…”"). The cue's agent speaks: a person, a group, an organisation or
//! a document's owner. A generic agent ("many witnesses remembered"), a label one gives oneself
//! ("calls himself a “…”") or a name given by nobody ("is called “…”") make a scare quote; a
//! verb of saying whose speaker cannot be named still makes speech, with no speaker.

use super::{Decision, Decisions, Inputs, Sieve, Site};
use crate::parse::cues::{Agent, Cue, CueKind};
use crate::parse::lexicon;
use crate::parse::mentions::{MentionKind, Pronoun};
use crate::parse::registry::{EntityKind, Registry};
use crate::parse::resolve::Resolved;
use crate::parse::words::WordList;
use crate::text::{WordsQuick, words_up_to};
use crate::{Attribution, Confidence, QuoteKind};

/// Where the cue that decides a quote stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Side {
    /// Right after the quote.
    After,
    /// Earlier in the sentence.
    Before,
}

pub(super) fn decide(
    inputs: &Inputs<'_>,
    site: &Site<'_>,
    _decisions: &Decisions,
    registry: &mut Registry,
) -> Option<Decision> {
    let left = || left_cue(inputs, site).map(|ci| (site.sentence, ci, Side::Before));
    // "telling the parliament that its pilots were “…” (Ministry 2021)": a verb before the
    // quote names the speaker; the citation right after it only the source.
    let citation_at = site.facts.sentences[site.sentence]
        .cues
        .iter()
        .position(|c| {
            c.kind == CueKind::Citation
                && c.start >= site.quote.close_end
                && site.p.tokens(site.quote.close_end, c.start).is_empty()
        });
    let citation = citation_at.is_some();
    let right = citation_at
        .map(|ci| (site.sentence, ci))
        .or_else(|| right_cue_at(site))
        .map(|(s, ci)| (s, ci, Side::After));
    // "One warned that “…” (Respondent 33, …)": a left cue that names nobody gives way.
    let named_left = left().filter(|&(s, ci, _)| {
        site.facts.sentences[s].cues[ci]
            .agent
            .mention()
            .is_some_and(|m| !matches!(m.kind, MentionKind::Generic | MentionKind::Pronoun(_)))
    });
    // "John Smith said it was “very costly.” Sarah Long agreed.": a verb of saying before the
    // quote in its own sentence outweighs one opening the next sentence.
    // "I told her, ‘Still here.’ She laughed.": so does one that takes the quote as its
    // words, set off by a comma or a colon, whoever its subject is.
    /// The most words between such a verb and its quote (a listener: "her", "the crowd").
    const MAX_LISTENER: usize = 3;
    let direct_left = left().filter(|&(ls, lci, _)| {
        let c = &site.facts.sentences[ls].cues[lci];
        let between = site.p.tokens(c.end, site.quote.open);
        // The listener may be inside the cue ("told the crowd:").
        let last = between
            .last()
            .or_else(|| site.p.tokens(c.start, c.end).last());
        matches!(c.kind, CueKind::Says(_) | CueKind::Colon)
            && matches!(c.agent, Agent::Mention(_))
            && between.len() <= MAX_LISTENER
            && (c.kind == CueKind::Colon
                || last.is_some_and(|t| matches!(t.punct, Some(',' | ':'))))
            && between.iter().all(|t| !t.barrier)
    });
    let right = right.filter(|&(s, _, _)| {
        s == site.sentence
            || !(direct_left.is_some()
                || named_left.is_some_and(|(ls, lci, _)| {
                    matches!(site.facts.sentences[ls].cues[lci].kind, CueKind::Says(_))
                }))
    });
    // "Varga calls the decision “overdue”; Orsk calls it “…”": past a semicolon, a cue is the
    // next clause's, when one before the quote names who speaks.
    let right = right.filter(|&(s, ci, _)| {
        let cue = &site.facts.sentences[s].cues[ci];
        let past_semicolon = s == site.sentence
            && (site.p.text[site.quote.close_end..cue.start]
                .trim_start()
                .starts_with(';')
                || site
                    .p
                    .tokens(site.quote.close_end, cue.start)
                    .iter()
                    .any(|t| t.punct == Some(';') && !t.barrier));
        !(past_semicolon && named_left.is_some())
    });
    // "The Government had accused it of “…”, she said": the quote is the object of a verb of
    // saying or naming that names its subject; the cue after the quote only reports that.
    let reported_inside = right.is_some_and(|(s, _, _)| s == site.sentence)
        && named_left.is_some_and(|(s, ci, _)| {
            let c = &site.facts.sentences[s].cues[ci];
            matches!(c.kind, CueKind::Says(_) | CueKind::Names(_))
                && site.p.tokens(c.end, site.quote.open).len() <= MAX_WORDS_TO_REPORTED_QUOTE
                && set_off_by_comma(site)
        });
    // "I told the crowd: “Still here.” They laughed.": a quoted sentence a verb before it
    // gives as its words is not the next clause's.
    let whole_sentence = site.inner().trim_end().ends_with(['.', '?', '!']);
    let reported_inside = reported_inside || (direct_left.is_some() && whole_sentence);
    let (sentence, ci, side) = if citation || reported_inside {
        named_left.or(direct_left).or(right)?
    } else {
        right.or_else(left)?
    };
    let cue = &site.facts.sentences[sentence].cues[ci];
    // A document's words are a phrase at least ("to “invoice” companies" is a term).
    const MIN_CONTENT_WORDS: usize = 2;
    if cue.kind == CueKind::Content
        && words_up_to(site.inner(), MIN_CONTENT_WORDS) < MIN_CONTENT_WORDS
    {
        return None;
    }
    // "in the words of the first reason for refusal, “…”": someone's words, whoever the
    // phrase names; speech, with no speaker the text makes clear (the cue spans "in the
    // words").
    let in_the_words_of = cue.kind == CueKind::According
        && cue.agent == Agent::Unknown
        && site
            .p
            .text
            .get(cue.start..cue.end)
            .is_some_and(|w| w.eq_ignore_ascii_case("in the words"));
    if in_the_words_of {
        let mut decision = Decision::speech(
            None,
            None,
            Confidence::Low,
            "“In the words of” someone the text does not name as a speaker".to_owned(),
            Sieve::Direct,
        );
        decision.own_cue = true;
        return Some(decision);
    }
    let resolved = resolved(inputs, site.paragraph, sentence, ci)
        .or_else(|| place_that_speaks(cue, registry))
        .or_else(|| body_named_by_kind_only(cue, registry));
    let word = cue_word(site.p.text, cue);
    // "what its members called “cleaning”": a free relative gives a label.
    let label_clause = cue.agent.mention().is_some_and(|m| {
        let range = site.p.sentence_range(sentence);
        site.p
            .tokens(range.start, m.start)
            .last()
            .is_some_and(|t| t.is("what"))
    });
    let mut decision = decision(cue, word, side, resolved, registry, label_clause)?;
    decision.own_cue = true;
    Some(decision)
}

/// The last resort for a quote a verb of saying before it takes as its words when no subject of
/// the verb was found ("The operator told the investigation that he “never heard …”"): speech
/// whose speaker the text does not make clear, once no other sieve has found one.
pub(super) fn decide_without_subject(
    inputs: &Inputs<'_>,
    site: &Site<'_>,
    _decisions: &Decisions,
    _registry: &mut Registry,
) -> Option<Decision> {
    /// The fewest words of such a quote: a term of one to three words ("high risk", "boring")
    /// is often the verb's object, not the words of whoever said it.
    const MIN_WORDS: usize = 4;
    /// The fewest words of a judgement after "described … as" ("a free-for-all").
    const MIN_JUDGEMENT_WORDS: usize = 2;
    /// The most words of a title read as one however long ("Police Overtime: Weak Controls
    /// Allowed Costs to Nearly Double in Three Years").
    const MAX_TITLE_WORDS: usize = 24;
    let inner = site.inner();
    if super::title::title_case_within(inner, MAX_TITLE_WORDS) {
        return None;
    }
    let ci = left_cue(inputs, site)?;
    let cue = &site.facts.sentences[site.sentence].cues[ci];
    // "The Government’s written evidence described the draft code as ‘a world-leading
    // framework’", "inspectors described the school as ‘…’": a judgement of something is
    // someone's words, whoever the subject is.
    // (An object stands between: "Described as “…”" says nothing of who described it.)
    let judgement = judges(cue)
        && matches!(site.p.tokens(cue.end, site.quote.open), [_, .., last] if last.is("as"));
    // "Some commentators had described the decision as ‘a hawkish hold’": people in general
    // give a label; "inspectors described the school as ‘…’" their words.
    let people_in_general = || {
        site.sentence_tokens_to(cue.start)
            .iter()
            .any(|t| lexicon::is_one_of(t.word, lexicon::GENERIC_WORDS))
    };
    let min_words = if judgement {
        MIN_JUDGEMENT_WORDS
    } else {
        MIN_WORDS
    };
    let words = inner
        .words_quick()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .take(min_words)
        .count();
    if words < min_words {
        return None;
    }
    // "…, the form reads: ‘Not discussed – family not present.’": a whole sentence after a
    // colon lead-in is someone's words too.
    let sentence_after_colon =
        cue.kind == CueKind::Colon && inner.trim_end().ends_with(['.', '?', '!']);
    let subject_unclear = cue.agent == Agent::Unknown
        || (judgement && cue.agent == Agent::Generic && !people_in_general());
    if !subject_unclear
        || !(matches!(cue.kind, CueKind::Says(_)) || sentence_after_colon || judgement)
    {
        return None;
    }
    let word = cue_word(site.p.text, cue);
    Some(Decision::speech(
        None,
        None,
        Confidence::Low,
        format!("Introduced by “{word}”, whose subject the text does not make clear"),
        Sieve::Direct,
    ))
}

/// The most words between a verb of saying or naming and the quote it reports, when a cue
/// after the quote reports the whole ("had accused the Mission of", "said the patrols were").
const MAX_WORDS_TO_REPORTED_QUOTE: usize = 5;

/// Whether a comma closes the quote, inside its marks or right after them ("“…”, she said").
fn set_off_by_comma(site: &Site<'_>) -> bool {
    site.inner().ends_with(',') || site.p.text[site.quote.close_end..].starts_with(',')
}

/// Who the agent of cue `ci` of a sentence is.
fn resolved(inputs: &Inputs<'_>, paragraph: usize, sentence: usize, ci: usize) -> Option<Resolved> {
    inputs
        .refs
        .paragraphs
        .get(paragraph)
        .and_then(|p| p.sentences.get(sentence))
        .and_then(|s| s.cues.get(ci))
        .copied()
        .flatten()
}

/// The cue's verb as the text writes it ("said", "told"), else the cue's label, for reasons.
fn cue_word<'t>(text: &'t str, cue: &Cue) -> &'t str {
    // As many words as the lemma has ("put it" → "puts it").
    let written = |lemma: &str| {
        let rest = text.get(cue.start..)?;
        let mut end = 0;
        for _ in 0..lemma.split(' ').count() {
            let from = end + rest[end..].len() - rest[end..].trim_start().len();
            let len = rest[from..]
                .find(|c: char| !c.is_alphabetic() && c != '-' && c != '’' && c != '\'')
                .unwrap_or(rest.len() - from);
            end = from + len;
        }
        Some(&rest[..end]).filter(|w| !w.is_empty())
    };
    match cue.kind {
        CueKind::Says(lemma) | CueKind::Names(lemma) => written(lemma).unwrap_or(lemma),
        _ => cue.kind.label(),
    }
}

/// The decision a cue makes on a quote; `word` is the cue as written, for the reason.
/// "Moscow denied the claims", "Washington said": a place named as the subject of a verb of
/// saying speaks for those who govern it, a side named for the place.
fn place_that_speaks(cue: &Cue, registry: &mut Registry) -> Option<Resolved> {
    let Agent::Mention(m) = &cue.agent else {
        return None;
    };
    let MentionKind::Named(name) = &m.kind else {
        return None;
    };
    if !matches!(cue.kind, CueKind::Says(_) | CueKind::Names(_)) || !registry.is_place(name) {
        return None;
    }
    let lex = crate::parse::words::Lexicon::get();
    let entity = registry.org_or_new(lex, name)?;
    Some(Resolved {
        entity,
        how: Attribution::Explicit,
    })
}

/// "The ministry said the camp was “a transit facility”" where the text names no ministry: the
/// body the text calls by its kind only, a side of that name ("Ministry"). A note that cites
/// the body by its name may still correct it (the attribution is by context).
fn body_named_by_kind_only(cue: &Cue, registry: &mut Registry) -> Option<Resolved> {
    let Agent::Mention(m) = &cue.agent else {
        return None;
    };
    let MentionKind::OrgByKind(noun) = &m.kind else {
        return None;
    };
    if !matches!(cue.kind, CueKind::Says(_) | CueKind::Names(_))
        || noun.contains(' ')
        || crate::parse::lexicon::is_one_of(noun, crate::parse::lexicon::ORG_GENERIC_KINDS)
    {
        return None;
    }
    let name = crate::parse::factions::capitalize(noun);
    let lex = crate::parse::words::Lexicon::get();
    let entity = registry.org_or_new(lex, &name)?;
    Some(Resolved {
        entity,
        how: Attribution::Context,
    })
}

/// Whether a naming verb gives a judgement of its object ("described the plan as").
fn judges(cue: &Cue) -> bool {
    matches!(cue.kind, CueKind::Names(lemma) if lexicon::is_one_of(lemma, lexicon::JUDGING_VERBS))
}

fn decision(
    cue: &Cue,
    word: &str,
    side: Side,
    resolved: Option<Resolved>,
    registry: &Registry,
    label_clause: bool,
) -> Option<Decision> {
    let scare = Decision::not_speech(QuoteKind::Scare, Sieve::Direct);
    let names = matches!(cue.kind, CueKind::Names(_));
    match &cue.agent {
        // "inspectors described the school as ‘…’": a judgement, left to the last sieve.
        Agent::Generic if judges(cue) => None,
        Agent::Generic | Agent::Reflexive => Some(scare),
        Agent::Passive if names => Some(scare),
        // "was told “…”", or no subject found: not sure enough; later sieves may decide.
        Agent::Passive | Agent::Unknown => None,
        // "The city’s merchants call it “the second fire”": a name a group gives is a label.
        // "what they call “the hidden shift”": so is one that "they" give. Members of a named
        // body speak for it ("Members of the Civic Platform party called the law “a
        // disgrace”"); its staff may still name a thing ("what the Agency’s engineers call the
        // “rollback line”").
        // So do a body's leaders ("Its leaders called the patrols “…”").
        // A judgement is not a name: "Several NGOs described the prison as “…”" gives their
        // words (but "what they describe as “…”" a label).
        Agent::Mention(m)
            if names
                && (label_clause || !judges(cue))
                && (matches!(m.kind, MentionKind::Pronoun(Pronoun::Plural))
                    || matches!(m.kind, MentionKind::Role { plural: true, noun, .. }
                    if label_clause
                        || !lexicon::is_one_of(noun, lexicon::VOICES_OF_A_BODY)
                        || !(m.orgs.iter().any(|o| o.starts_with(char::is_uppercase))
                            || m.opens_on_its()))) =>
        {
            Some(scare)
        }
        Agent::Mention(m) => {
            let Some(r) = resolved else {
                return match m.kind {
                    // "TARRANT: It says, “Do you accept …?”", "It read, in part: ‘…’", "‘…,’ it
                    // said": a thing that says what it quotes speaks, though the text does not
                    // name it.
                    MentionKind::Pronoun(Pronoun::Thing)
                        if matches!(cue.kind, CueKind::Says(_) | CueKind::Colon)
                            && m.surface.len() == 2 =>
                    {
                        Some(Decision::speech(
                            None,
                            None,
                            Confidence::Low,
                            format!(
                                "Introduced by “{}” ({word}), which the text does not name",
                                m.surface
                            ),
                            Sieve::Direct,
                        ))
                    }
                    // "Do you agree with …": "you" in a text that calls no one by name is as
                    // good as no subject found.
                    MentionKind::Pronoun(Pronoun::Second) => None,
                    // A vague "they" or an impersonal "it" credits the words to nobody.
                    MentionKind::Pronoun(Pronoun::Plural | Pronoun::Thing) => Some(scare),
                    MentionKind::Pronoun(_) if names => Some(scare),
                    _ => Some(Decision::speech(
                        None,
                        None,
                        Confidence::Low,
                        format!(
                            "Introduced by “{}” ({word}), whom the text does not identify",
                            m.surface
                        ),
                        Sieve::Direct,
                    )),
                };
            };
            let kind = registry.get(r.entity).kind;
            let (confidence, reason) = match (r.how, &m.kind) {
                (Attribution::Pronoun, _) => (
                    Confidence::Medium,
                    format!(
                        "A pronoun (“{}”) in the same sentence ({word}), for the speaker named before",
                        m.surface
                    ),
                ),
                (Attribution::Context, _) => (
                    Confidence::Medium,
                    format!("The author of the {} named earlier ({word})", {
                        let surface = m.surface.to_lowercase();
                        // "the guidance" → "the guidance", not "the the guidance".
                        ["the ", "this ", "that ", "its ", "their "]
                            .iter()
                            .find_map(|d| surface.strip_prefix(d))
                            .unwrap_or(&surface)
                            .to_owned()
                    }),
                ),
                (_, MentionKind::Document { .. }) if kind != EntityKind::Document => (
                    Confidence::Medium,
                    format!("The author of the document in the same sentence ({word})"),
                ),
                _ if cue.kind == CueKind::Colon => (
                    Confidence::Medium,
                    "Named in the lead-in before the colon".to_owned(),
                ),
                _ if cue.kind == CueKind::Predicate => (
                    Confidence::Medium,
                    "The subject of the sentence the quote carries on".to_owned(),
                ),
                _ if names => (
                    Confidence::Medium,
                    format!("Described in the same sentence ({word})"),
                ),
                _ if side == Side::After => (
                    Confidence::High,
                    format!("Named right after the quote ({word})"),
                ),
                _ => (
                    Confidence::High,
                    format!("Named in the same sentence ({word})"),
                ),
            };
            // A body the text names by its kind only stays open to a note that names it.
            let kind_only = matches!(&m.kind, MentionKind::OrgByKind(noun)
                if registry.get(r.entity).tokens[..] == [noun.to_lowercase()]);
            let attribution = match r.how {
                Attribution::Pronoun => Attribution::Pronoun,
                Attribution::Context if kind_only => Attribution::Context,
                _ => Attribution::Explicit,
            };
            Some(Decision::speech(
                Some(r.entity),
                Some(attribution),
                confidence,
                reason,
                Sieve::Direct,
            ))
        }
    }
}

/// The cue right after a quote: only its agent stands between them ("“…,” X said", "“…,”
/// said X", "“…” according to X").
pub(crate) fn right_cue(_inputs: &Inputs<'_>, site: &Site<'_>) -> Option<usize> {
    right_cue_at(site).map(|(_, ci)| ci)
}

/// The right cue as (sentence, cue): in the quote's sentence; or, when the quote ends its
/// sentence, in the next sentence if that sentence opens with the attribution ("“…?” Salkhou
/// asked.", "“…” Wisconsin party official Mark Jefferson wrote to …"); or the right cue of the
/// next quote when only "and" or "or" stands between ("“A” and “B,” according to X").
fn right_cue_at(site: &Site<'_>) -> Option<(usize, usize)> {
    let close = site.quote.close_end;
    // "the “concrete things” he referenced": after a determiner the quote is a noun phrase,
    // and the clause after it a relative one.
    let range = site.p.sentence_range(site.sentence);
    if site
        .p
        .tokens(range.start, site.quote.open)
        .last()
        .is_some_and(|t| {
            !t.barrier
                && t.punct.is_none()
                && (t.determiner || t.is("his") || t.is("her") || t.is("their"))
        })
    {
        return None;
    }
    let sentences = &site.facts.sentences;
    let own = &sentences[site.sentence];
    let ends_sentence = own.range.end <= close + 1 || site.p.only_punctuation(close, own.range.end);
    let next = Some(site.sentence + 1).filter(|&s| ends_sentence && s < sentences.len());
    for s in std::iter::once(site.sentence).chain(next) {
        let sentence = &sentences[s];
        // A verb of a relative clause ("…,” a surgeon, who asked that his name be withheld,
        // told") is not the attribution.
        let relative = |c: &Cue| {
            site.p
                .tokens(close, c.start)
                .last()
                .is_some_and(|t| t.is("who") || t.is("whose") || t.is("which"))
        };
        let Some((ci, cue)) = sentence
            .cues
            .iter()
            .enumerate()
            .find(|(_, c)| c.start >= close && !relative(c))
        else {
            continue;
        };

        if cue.kind == CueKind::Colon || !matches!(cue.agent, Agent::Mention(_) | Agent::Generic) {
            return None;
        }
        if s != site.sentence {
            // "“…” This is what Nadia Murad told the Security Council in December 2015.", "That
            // was how the chief described it.": a demonstrative and "what" or "how" point back
            // at the quotation; the rest of the sentence is its attribution.
            let pointing_back = cue.agent.mention().is_some_and(|m| {
                let lead = site.p.tokens(sentence.range.start, m.start);
                matches!(lead, [this, be, what]
                    if (this.is("this") || this.is("that"))
                        && (be.is("is") || be.is("was"))
                        && (what.is("what") || what.is("how"))
                        && [this, be, what].iter().all(|t| !t.barrier && t.punct.is_none()))
            });
            // The next sentence must open with the attribution itself.
            let opens = pointing_back
                || cue.agent.mention().is_some_and(|m| {
                    site.p.only_punctuation(sentence.range.start, m.start)
                        || site.p.only_punctuation(sentence.range.start, cue.start)
                })
                || (cue.kind == CueKind::Byline
                // "“…” (Farmer 7, man, 62)": the parenthesis is the sentence.
                && site.p.text[sentence.range.start..cue.start].trim() == "(");
            // ... and be only the attribution: nothing said after it ("Atwood wrote that he
            // was “…”" is a sentence of its own).
            let rest = site.p.tokens(cue.end, sentence.range.end);
            // ... and the verb has no object of its own ("Orlan officials concede the first
            // part." is about something else).
            let agent_end = cue.agent.mention().map_or(cue.end, |m| m.end.max(cue.end));
            let after_agent = site.p.tokens(agent_end, sentence.range.end);
            let object = after_agent
                .first()
                .is_some_and(|t| !t.barrier && (t.determiner || t.name || t.honorific));
            // ... nor a listener with more after it ("We asked Mr Oduya whether …" puts a
            // question of its own; "“Where is my son?” Fatuma Ali asked the commander." ends
            // on the listener).
            let listener = match cue.kind {
                CueKind::Says(lemma) => {
                    site.p.tokens(cue.start, cue.end).len() > lemma.split(' ').count()
                        && !rest.is_empty()
                }
                _ => false,
            };
            let says_more = rest.iter().any(|t| t.quote || t.is("that"))
                || rest.first().is_some_and(|t| t.punct == Some(':'))
                || object
                || listener;
            // "Asked by Chair Szalay what she wanted, Ms. Pettibone …": a passive participle that
            // opens the next sentence is its own phrase, not this quote's attribution.
            let opening_passive = site.p.only_punctuation(sentence.range.start, cue.start)
                && site
                    .p
                    .tokens(cue.start, sentence.range.end)
                    .get(1)
                    .is_some_and(|t| t.is("by"));
            // A parenthesis that names the speaker is the whole attribution; what runs on after
            // it is the next sentence ("(Farmer 7, man, 62) In Lowmere, farmers told …").
            let says_more = says_more
                && cue.kind != CueKind::Byline
                && (!pointing_back || rest.iter().any(|t| t.quote));
            // ("That was how he described the process": a verb of naming too.)
            let verb_fits = matches!(cue.kind, CueKind::Says(_) | CueKind::Byline)
                || (pointing_back && matches!(cue.kind, CueKind::Names(_)));
            if !opens || !verb_fits || says_more || opening_passive {
                return None;
            }
            if pointing_back {
                return Some((s, ci));
            }
        }
        let between = site.p.tokens(close, cue.start);
        let agent = cue.agent.mention().map(|m| m.start..m.end);
        // The agent stands between the quote and the verb, or right after the verb; not
        // before the quote ("from “senior Kremlin officials” noted in his email").
        let agent_after_quote = agent.as_ref().is_none_or(|a| a.start >= close);
        // "“…,” the Minister of Defence, General Henri Lasalle, told": a title set off by a
        // comma before the named agent belongs to it; so does an apposition after it ("“…,”
        // Mark Ellery, a Halbrook spokesperson, wrote").
        // Only in the quote's own sentence: "Joel Amsel, a lawyer for the trust, put it more
        // bluntly." after a quote is about the next one.
        let own_sentence = s == site.sentence;
        let (title, apposition) = agent.as_ref().filter(|_| own_sentence).map_or((0, 0), |a| {
            let lead = between.iter().take_while(|t| t.start < a.start).count();
            let agent_end = between.iter().take_while(|t| t.start < a.end).count();
            let tail = &between[agent_end..];
            let title = if set_off_role(&between[..lead]) {
                lead
            } else {
                0
            };
            let set_off = agent_end > 0 && between[agent_end - 1].punct == Some(',');
            let after = (set_off
                && (set_off_role(tail)
                    || set_off_description(tail)
                    || role_with_relative_clause(tail)
                    || relative_clause(tail)))
                || qualifier_then_relative_clause(tail);
            // "“…,” a woman from Dravic whose two sons were arrested in October 2023 told":
            // the agent's own complement and relative clause.
            let qualified = agent_qualifier(tail);
            (title, if after || qualified { tail.len() } else { 0 })
        });
        // "“Nothing more was required,” as the Labour Court put it": "as" before the agent.
        let lead_as = usize::from(
            between
                .first()
                .is_some_and(|t| t.is("as") && t.punct.is_none() && !t.barrier),
        );
        // A parenthesis in the agent's phrase ("the Red Cross (ICRC) said") belongs to it.
        let mut depth = 0usize;
        let only_agent = agent_after_quote
            && between[title.max(lead_as)..between.len() - apposition]
                .iter()
                .all(|t| {
                    if t.paren_open {
                        depth += 1;
                    }
                    let inside = depth > 0;
                    if t.paren_close {
                        depth = depth.saturating_sub(1);
                    }
                    !t.barrier && (inside || agent.as_ref().is_some_and(|a| a.contains(&t.start)))
                });
        if only_agent {
            return Some((s, ci));
        }
        // "“A” and “B,” according to X": the next quote's attribution covers both.
        let next_quote = site.p.spans.get(site.span + 1)?;
        let joined = between
            .iter()
            .take_while(|t| !t.barrier)
            .all(|t| t.is("and") || t.is("or"))
            && site
                .p
                .tokens(close, next_quote.open)
                .iter()
                .all(|t| t.is("and") || t.is("or"));
        if !joined || s != site.sentence {
            return None;
        }
        let next_site = Site {
            span: site.span + 1,
            quote: next_quote,
            sentence: site
                .facts
                .sentence_at(next_quote.open)
                .unwrap_or(site.sentence),
            ..*site
        };
        return right_cue_at(&next_site);
    }
    None
}

/// Whether words between an agent and its verb qualify the agent ("from Dravic whose two sons
/// were arrested in October 2023"): a place or organisation after a link, then perhaps a
/// relative clause; no quote, no verb of saying, no clause punctuation.
fn agent_qualifier(tail: &[crate::parse::words::Tok<'_>]) -> bool {
    /// The most words such a qualifier has.
    const MAX_WORDS: usize = 14;
    use crate::parse::lexicon::{RELATIVES, ROLE_LINKS, is_one_of};
    // "“…,” a person familiar with the matter said": the qualifier of an anonymous source.
    tail.len() <= MAX_WORDS
        && tail.first().is_some_and(|t| {
            ROLE_LINKS.contains(&t.word)
                || is_one_of(t.word, RELATIVES)
                || is_one_of(t.word, crate::parse::lexicon::SOURCE_QUALIFIERS)
        })
        && tail
            .iter()
            .all(|t| !t.barrier && t.verb.is_none() && t.punct.is_none())
}

/// Whether words between a quote and its cue are a role set off by commas around the agent
/// ("the Minister of Defence,", "a Halbrook spokesperson,"): a noun phrase with a role and no
/// verb, ending on a comma.
fn set_off_role(phrase: &[crate::parse::words::Tok<'_>]) -> bool {
    /// The most words such a phrase has.
    const MAX_WORDS: usize = 8;
    use crate::parse::lexicon::{BE_FORMS, is_one_of};
    phrase.len() <= MAX_WORDS
        && phrase.first().is_some_and(|t| {
            t.determiner
                || t.capitalized()
                // A bare role ("“…,” Mirela Saskin, editor-in-chief of Vestrel, told"; "deputy
                // director of …").
                || t.role.is_some()
                || is_one_of(t.word, crate::parse::lexicon::ROLE_MODIFIERS)
                || t.on(WordList::PossessivePronouns)
        })
        && phrase.last().is_some_and(|t| t.punct == Some(','))
        && phrase.iter().any(|t| t.role.is_some())
        && phrase
            .iter()
            .all(|t| !t.barrier && !t.quote && t.verb.is_none() && !is_one_of(t.word, BE_FORMS))
}

/// Whether words between a named agent and its verb describe the agent in a phrase set off by
/// commas, whatever noun it holds ("“…,” Oluwaseun Adeyemi, the traditional ruler of Ikot
/// Ada, said"; "John Mensah, the headmistress of the school,"): "the", "a" or "an", then no
/// verb and no clause punctuation up to the final comma.
fn set_off_description(phrase: &[crate::parse::words::Tok<'_>]) -> bool {
    /// The most words such a phrase has.
    const MAX_WORDS: usize = 8;
    use crate::parse::lexicon::{BE_FORMS, is_one_of};
    let Some((last, words)) = phrase.split_last() else {
        return false;
    };
    phrase.len() <= MAX_WORDS
        && phrase
            .first()
            .is_some_and(|t| t.is("the") || t.is("a") || t.is("an"))
        && last.punct == Some(',')
        && phrase
            .iter()
            .all(|t| !t.barrier && !t.quote && t.verb.is_none() && !is_one_of(t.word, BE_FORMS))
        && words.iter().all(|t| t.punct.is_none())
}

/// Whether words between an agent and its verb are a role and a relative clause set off by
/// commas ("“…,” Mirjam Vlasak, a lawyer with the Bar Association who has represented 23
/// people detained during the protests, told"): the role phrase, "who" (or "whose",
/// "which"), then the clause, ending on a comma, with no quote and no clause punctuation.
fn role_with_relative_clause(phrase: &[crate::parse::words::Tok<'_>]) -> bool {
    /// The most words of the role phrase.
    const MAX_ROLE_WORDS: usize = 8;
    use crate::parse::lexicon::{RELATIVES, is_one_of};
    let Some(who) = phrase.iter().position(|t| is_one_of(t.word, RELATIVES)) else {
        return false;
    };
    let (role, clause) = phrase.split_at(who);
    !role.is_empty()
        && role.len() <= MAX_ROLE_WORDS
        && role
            .first()
            .is_some_and(|t| t.determiner || t.on(WordList::PossessivePronouns))
        && role.iter().any(|t| t.role.is_some())
        && role
            .iter()
            .all(|t| !t.barrier && !t.quote && t.verb.is_none() && t.punct.is_none())
        && relative_clause_to_comma(clause)
}

/// Whether words between an agent and its verb are a qualifier up to a comma, then a relative
/// clause set off by commas ("“…,” a surgeon at City Hospital No. 2, who asked that his name
/// be withheld, told").
fn qualifier_then_relative_clause(phrase: &[crate::parse::words::Tok<'_>]) -> bool {
    /// The most words of the qualifier.
    const MAX_QUALIFIER_WORDS: usize = 8;
    use crate::parse::lexicon::ROLE_LINKS;
    let Some(comma) = phrase.iter().position(|t| t.punct == Some(',')) else {
        return false;
    };
    let (qualifier, clause) = phrase.split_at(comma + 1);
    qualifier.len() <= MAX_QUALIFIER_WORDS
        && qualifier
            .first()
            .is_some_and(|t| ROLE_LINKS.contains(&t.word))
        && qualifier.iter().all(|t| {
            !t.barrier && !t.quote && t.verb.is_none() && matches!(t.punct, None | Some('.' | ','))
        })
        && relative_clause(clause)
}

/// Whether words are a relative clause ("who", "whose", "which") that runs to a final comma.
fn relative_clause(clause: &[crate::parse::words::Tok<'_>]) -> bool {
    use crate::parse::lexicon::{RELATIVES, is_one_of};
    clause.first().is_some_and(|t| is_one_of(t.word, RELATIVES)) && relative_clause_to_comma(clause)
}

/// Whether a relative clause runs to a final comma with no quote and no clause punctuation.
fn relative_clause_to_comma(clause: &[crate::parse::words::Tok<'_>]) -> bool {
    /// The most words of the relative clause.
    const MAX_CLAUSE_WORDS: usize = 16;
    clause.len() <= MAX_CLAUSE_WORDS
        && clause.last().is_some_and(|t| t.punct == Some(','))
        && clause
            .iter()
            .enumerate()
            .all(|(k, t)| !t.barrier && !t.quote && (k == clause.len() - 1 || t.punct.is_none()))
}

/// The byte where a quote's right attribution ends ("“A,” he said, “B.”": after "said,").
pub(crate) fn right_cue_end(_inputs: &Inputs<'_>, site: &Site<'_>) -> Option<usize> {
    let (s, ci) = right_cue_at(site)?;
    let cue = &site.facts.sentences[s].cues[ci];
    let agent_end = cue.agent.mention().map_or(0, |m| m.end);
    Some(cue.end.max(agent_end))
}

/// The nearest cue before a quote in its sentence whose agent can be named, else the nearest
/// (the words stay with the next speaker out when the innermost one is no one identifiable:
/// "X said Aleppo had highlighted “…”"); a colon counts only right before the quote.
pub(crate) fn left_cue(inputs: &Inputs<'_>, site: &Site<'_>) -> Option<usize> {
    let s = &site.facts.sentences[site.sentence];
    let before: Vec<usize> = (0..s.cues.len())
        .filter(|&ci| s.cues[ci].end <= site.quote.open)
        .filter(|&ci| reaches(site, &s.cues[ci]))
        .collect();
    // The subject a quote carries on ("she “remember[ed]”") only speaks when no verb does.
    // So does what a document "was" inside someone's indirect speech ("replied that the
    // statement was “…” and amounted to “…”").
    let said: Vec<usize> = before
        .iter()
        .copied()
        .filter(|&ci| {
            let kind = s.cues[ci].kind;
            let inside_speech = kind == CueKind::Content
                && before
                    .iter()
                    .any(|&cj| cj < ci && matches!(s.cues[cj].kind, CueKind::Says(_)));
            kind != CueKind::Predicate && !inside_speech
        })
        .collect();
    let before = if said.is_empty() { before } else { said };
    let mut nearest = *before.last()?;
    // "Idris Halloum said residents had complained … “eleven times since October.”": people in
    // general inside someone's indirect speech do not take the words from its speaker.
    // (A name they give is still a label: "which detainees call “the Cellar”".)
    // So do the speaker's own people ("An SNA commander said his men had found “mass
    // graves”").
    let own_people = match &s.cues[nearest].agent {
        Agent::Mention(m) => {
            matches!(m.kind, MentionKind::Role { plural: true, .. })
                && m.surface.split_whitespace().next().is_some_and(|w| {
                    crate::parse::lexicon::is_one_of(w, crate::parse::lexicon::POSSESSIVE_PRONOUNS)
                })
        }
        _ => false,
    };
    // (Their words are the speaker's only as the subject of what the speaker says: "said his
    // men had found", not "which, his lawyers say,".)
    let reported_by = |ci: usize| {
        !own_people
            || s.cues[nearest].agent.mention().is_some_and(|m| {
                site.p
                    .tokens(s.cues[ci].end, m.start)
                    .iter()
                    .all(|t| t.is("that") && t.punct.is_none())
            })
    };
    if (s.cues[nearest].agent == Agent::Generic || own_people)
        && matches!(s.cues[nearest].kind, CueKind::Says(_))
        && let Some(&outer) = before.iter().rev().skip(1).find(|&&ci| {
            matches!(s.cues[ci].kind, CueKind::Says(_))
                && matches!(s.cues[ci].agent, Agent::Mention(_))
                && resolved(inputs, site.paragraph, site.sentence, ci).is_some()
                && reported_by(ci)
        })
    {
        nearest = outer;
    }
    // "Haub called the coordinator’s account “second-hand”": the object a naming verb calls
    // something is no speaker; the one who calls it is.
    if s.cues[nearest].kind == CueKind::Noun
        && let Some(&naming) = before.iter().rev().nth(1)
        && matches!(s.cues[naming].kind, CueKind::Names(_))
        && matches!(s.cues[naming].agent, Agent::Mention(_))
        && s.cues[naming].end <= s.cues[nearest].start
    {
        nearest = naming;
    }
    // "Vlasak said … that the judges who ordered their detention “did not once ask …”": a verb
    // inside someone's indirect speech that does not take the quote as its own words (other
    // words stand between them) leaves the quote to the one whose speech it is.
    if let Some(&outer) = before.iter().rev().skip(1).find(|&&ci| {
        let c = &s.cues[ci];
        matches!(c.kind, CueKind::Says(_))
            && match &s.cues[nearest].agent {
                Agent::Mention(m) => c.end <= m.start && !opens_coordinate_clause(site, m.start),
                _ => false,
            }
            && matches!(c.agent, Agent::Mention(_))
            // "The PICOP’s log records that the ES said the work was “…”": a record gives
            // the words of whom it says said them, one speaker's (what it says "residents"
            // asked for is its own summary).
            && !(matches!(&c.agent, Agent::Mention(m) if matches!(m.kind, MentionKind::Document { .. }))
                && matches!(&s.cues[nearest].agent, Agent::Mention(m)
                    if !matches!(m.kind, MentionKind::Document { .. } | MentionKind::Role { plural: true, .. })))
            && resolved(inputs, site.paragraph, site.sentence, ci).is_some()
    }) && match s.cues[nearest].kind {
        CueKind::Says(_) => !governs_directly(site, &s.cues[nearest]),
        // "the Government stated that the Ombudsperson’s recommendations “are being
        // studied”": a speech noun whose quote is its predicate, not its content.
        CueKind::Noun => !introduces_content(site, &s.cues[nearest]),
        _ => false,
    } {
        nearest = outer;
    }
    // "She also said, and I accept, that she ‘would have …’": a clause set off by commas
    // inside someone's speech comments on it; the words are the speaker's.
    let parenthetical = |ci: usize| {
        let c = &s.cues[ci];
        let Agent::Mention(m) = &c.agent else {
            return false;
        };
        let range = site.p.sentence_range(site.sentence);
        let opens = match site.p.tokens(range.start, m.start) {
            [.., comma, conj] => comma.punct == Some(',') && conj.is("and") && conj.punct.is_none(),
            _ => false,
        };
        let closes = site
            .p
            .tokens(c.start, c.end)
            .last()
            .is_some_and(|t| t.punct == Some(','));
        // (", and he said, “…”" gives his own words: the speech goes on with "that".)
        let that_follows = site
            .p
            .tokens(c.end, site.quote.open)
            .first()
            .is_some_and(|t| t.is("that"));
        opens && closes && that_follows
    };
    if parenthetical(nearest)
        && let Some(&outer) = before.iter().rev().find(|&&ci| {
            ci < nearest
                && matches!(s.cues[ci].kind, CueKind::Says(_))
                && matches!(s.cues[ci].agent, Agent::Mention(_))
        })
    {
        nearest = outer;
    }
    let named = |ci: usize| match s.cues[ci].agent {
        Agent::Mention(_) => resolved(inputs, site.paragraph, site.sentence, ci).is_some(),
        // "recalled being told that “…”": the words stay with the one who recalls.
        // "Cllr Oduya's reply came at 08:14: “…”": so does a colon lead-in whose subject is
        // someone's words named before it ("Its conclusion was blunt:" is left to the rules
        // for documents: "its" may be the speech's).
        Agent::Passive | Agent::Unknown => {
            let after_words_named = s.cues[ci].kind == CueKind::Colon
                && before.iter().any(|&cj| {
                    cj < ci
                        && s.cues[cj].kind == CueKind::Noun
                        && s.cues[cj].agent.mention().is_some_and(|m| {
                            !matches!(m.kind, MentionKind::Pronoun(Pronoun::Thing))
                        })
                });
            !matches!(s.cues[ci].kind, CueKind::Says(_)) && !after_words_named
        }
        _ => true,
    };
    if named(nearest) {
        return Some(nearest);
    }
    before
        .iter()
        .rev()
        .copied()
        .find(|&ci| matches!(s.cues[ci].agent, Agent::Mention(_)) && named(ci))
        .or(Some(nearest))
}

/// Whether a verb before a quote takes it as its words: nothing but a few linking words ("that",
/// "it as", "them") stands between them.
fn governs_directly(site: &Site<'_>, cue: &Cue) -> bool {
    /// Words that may stand between a verb of saying and its quote.
    const LINKS: &[&str] = &[
        "that", "it", "as", "them", "him", "her", "us", "me", "this", "to", "of", "the", "was",
        "were", "is", "are",
    ];
    let toks = site.p.tokens(cue.end, site.quote.open);
    // "told him after the ruling that “…”": the verb's own "that" (not one joined by "and" to
    // the outer speech, "wrote that … and that …"); "told the Committee that the figure had
    // fallen, “…”": a quote after a comma.
    let own_that = toks
        .iter()
        .enumerate()
        .any(|(k, t)| t.is("that") && !(k > 0 && (toks[k - 1].is("and") || toks[k - 1].is("or"))));
    // "directed the campaign lawyers to “…”", "described the plan as “…”", "accused agencies
    // of “…”".
    let linked = toks.last().is_some_and(|t| {
        matches!(t.punct, Some(',' | ':')) || t.is("to") || t.is("as") || t.is("of")
    });
    toks.iter()
        .all(|t| crate::parse::lexicon::is_one_of(t.word, LINKS))
        || own_that
        || linked
}

/// Whether a mention opens a clause of its own after a comma and "and" or "but" (“…, and
/// Morgan, his boss, said …”): the clause is no part of the indirect speech before it.
fn opens_coordinate_clause(site: &Site<'_>, start: usize) -> bool {
    let range = site.p.sentence_range(site.sentence);
    let before = site.p.tokens(range.start, start);
    match before {
        [.., comma, conj] => comma.punct == Some(',') && (conj.is("and") || conj.is("but")),
        _ => false,
    }
}

/// Whether a speech noun introduces the quote as its content ("his view that “…”", "In her
/// words, “…”", "shouts of “…”"), not as what is said of it.
fn introduces_content(site: &Site<'_>, cue: &Cue) -> bool {
    let toks = site.p.tokens(cue.end, site.quote.open);
    toks.last().is_some_and(|t| {
        matches!(t.punct, Some(',' | ':')) || t.is("that") || t.is("of") || t.is("as")
    })
        // "Councillor Marlow’s assurance that the council “will not leave anyone out”": the
        // quote inside the clause the noun opens.
        || toks.first().is_some_and(|t| t.is("that") && t.punct.is_none())
}

/// Whether the words were said to someone by no one named ("he was told “…”"): the nearest
/// cue before the quote is a passive verb of saying.
pub(crate) fn said_passively(site: &Site<'_>) -> bool {
    let s = &site.facts.sentences[site.sentence];
    s.cues
        .iter()
        .rfind(|c| c.end <= site.quote.open && reaches(site, c))
        .is_some_and(|c| matches!(c.kind, CueKind::Says(_)) && c.agent == Agent::Passive)
}

/// Whether a cue before a quote governs it: a colon (and a verb ending in one) only the quote
/// right after it; any cue, not across a semicolon or a new clause with its own subject
/// (", and the crowd reacted with … “…”").
fn reaches(site: &Site<'_>, cue: &Cue) -> bool {
    let toks = site.p.tokens(cue.end, site.quote.open);
    let adjacent = site
        .p
        .only_punctuation(cue.end.saturating_sub(1), site.quote.open)
        || toks.is_empty();
    let verb_ends_in_colon = site
        .p
        .tokens(cue.start, cue.end)
        .last()
        .is_some_and(|t| t.punct == Some(':'));
    if (cue.kind == CueKind::Colon || verb_ends_in_colon) && !adjacent {
        return false;
    }
    if cue.kind == CueKind::Colon {
        return site.p.only_punctuation(cue.start, site.quote.open);
    }
    // "whether they agreed to attend …, and names of “…”": a verb whose complement is an
    // infinitive says nothing quoted after it.
    // "told Rethary to hold out “until relieved”", "urged the parties to “exercise
    // restraint”": a verb that tells a listener what to do gives its words to the infinitive,
    // when the quote follows it closely.
    /// The most words of the infinitive before the quote ("to hold out").
    const MAX_DIRECTIVE: usize = 4;
    let directive = matches!(cue.kind, CueKind::Says(lemma)
        if crate::parse::lexicon::is_one_of(lemma, crate::parse::lexicon::LISTENER_VERBS))
        && toks.len() <= MAX_DIRECTIVE
        && toks.iter().all(|t| !t.barrier && t.punct.is_none());
    if let [to, verb, ..] = toks
        && to.is("to")
        && !verb.barrier
        && verb.word.chars().next().is_some_and(char::is_lowercase)
        && !verb.determiner
        && !verb.function
        // "I said to myself, ‘Never again.’": a listener, no infinitive.
        && !verb.reflexive
        && verb.role.is_none()
        && matches!(cue.kind, CueKind::Says(_))
        && !directive
    {
        return false;
    }
    // A document's words: the quote its phrase governs, where the cue sits.
    // "Under the Land Act, landholders are entitled to “…”": the law governs its sentence, up
    // to a semicolon.
    if cue.kind == CueKind::Content {
        let under = site.p.text.get(cue.start..cue.end) == Some("Under")
            && toks.iter().all(|t| t.punct != Some(';'));
        return cue.start == site.quote.open || under;
    }
    // ", and the crowd reacted": a coordinator, a subject, then a finite verb.
    let new_clause = (0..toks.len()).any(|k| {
        let t = &toks[k];
        let opens = k > 0
            && toks[k - 1].punct == Some(',')
            && (t.is("and") || t.is("but") || t.is("while") || t.is("yet"));
        // ", although network posts did borrow …": a concession is a clause of its own,
        // whatever its subject.
        let concedes = k > 0
            && toks[k - 1].punct == Some(',')
            && (t.is("although") || t.is("though") || t.is("whereas"));
        (opens || concedes)
            && toks
                .get(k + 1)
                .is_some_and(|n| concedes || ((n.determiner || n.generic) && !n.is("that")))
            && toks[k + 2..]
                .iter()
                .take(4)
                .take_while(|x| !x.barrier)
                .any(|x| {
                    x.verb.is_some()
                        || crate::parse::lexicon::is_one_of(
                            x.word,
                            &[
                                "was", "were", "is", "are", "had", "has", "would", "will", "began",
                                "became", "did", "does", "could",
                            ],
                        )
                        || (x.word.ends_with("ed") && !x.capitalized() && x.role.is_none())
                })
    });
    let semicolon = toks.iter().any(|t| t.punct == Some(';'));
    // "According to Lord Haddow, the question is “…”, and a licensing authority … “…”": a
    // source the sentence opens on is the source of all of it.
    let frames_sentence = cue.kind == CueKind::According
        && site
            .p
            .only_punctuation(site.facts.sentences[site.sentence].range.start, cue.start);
    !((new_clause && !frames_sentence) || semicolon)
}

#[cfg(test)]
mod tests {
    use super::super::check::check;
    use expect_test::expect;

    #[test]
    fn a_verb_of_saying_after_the_quote_names_the_speaker() {
        check(
            "Intro.\n\n“We all knew there was an attack coming,” said Omar Salkhou, Aleppo commander of rebel faction Harakat Nour al-Din al-Zinki.",
            expect![[
                "“We all knew there was an attack coming,” speech: Omar Salkhou (explicit, high) Named right after the quote (said)"
            ]],
        );
    }

    #[test]
    fn the_ministry_named_before_by_its_kind_is_the_speaker() {
        check(
            "The Ministry of Labour waited until day 17. In a statement, the ministry said it “regrets that the parties have been unable to agree” and named a conciliator.",
            expect![[
                "“regrets that the parties have been unable to agree” speech: Ministry of Labour (explicit, high) Named in the same sentence (said)"
            ]],
        );
    }

    #[test]
    fn the_court_that_ruled_is_the_speaker() {
        check(
            "Sarune took its case to the Federal Constitutional Court. The court ruled that the compact “remains binding on both parties,” and ordered a release.",
            expect![[
                "“remains binding on both parties,” speech: Federal Constitutional Court (explicit, high) Named in the same sentence (ruled)"
            ]],
        );
    }

    #[test]
    fn the_company_named_before_is_the_one_that_described_it() {
        check(
            "Trident Shipping Ltd signed the agreement on 10 April. The company described it as “a fair outcome that secures the terminal.”",
            expect![
                "“a fair outcome that secures the terminal.” speech: Trident Shipping Ltd (explicit, medium) Described in the same sentence (described)"
            ],
        );
    }

    #[test]
    fn the_report_of_a_committee_the_text_names_only_by_its_kind_is_the_committee_s() {
        check(
            "Mara Delgado of the Citizens' Front demanded an inquiry.\n\nThe committee's final report concluded that the ballots had been “requested without the knowledge of the voter”.",
            expect![[
                "“requested without the knowledge of the voter” speech: Committee (explicit, medium) The author of the document in the same sentence (concluded)"
            ]],
        );
    }

    #[test]
    fn a_court_ruling_is_not_a_verb_of_saying() {
        check(
            "Findlay said that Morgan told him after the Supreme Court ruling that “there was nothing left to do.”",
            expect![[
                "“there was nothing left to do.” speech: Morgan (explicit, high) Named in the same sentence (told)"
            ]],
        );
    }

    #[test]
    fn a_bare_role_set_off_after_the_name_belongs_to_the_speaker() {
        check(
            "Outlets read it differently. “The law was written with our names beside it,” Mirela Saskin, editor-in-chief of Vestrel, told Quillguard.",
            expect![
                "“The law was written with our names beside it,” speech: Mirela Saskin (explicit, high) Named right after the quote (told)"
            ],
        );
    }

    #[test]
    fn a_speaker_who_told_me_is_the_speaker() {
        check(
            "Intro.\n\n“Russia was going to win this,” another Western diplomat told me.",
            expect![[
                "“Russia was going to win this,” speech: Western diplomat (explicit, high) Named right after the quote (told)"
            ]],
        );
    }

    #[test]
    fn a_verb_before_the_quote_names_the_speaker() {
        check(
            "Joseph Steinberg, a cybersecurity columnist for Forbes, wrote that “some might argue that it is the worst.”",
            expect![[
                "“some might argue that it is the worst.” speech: Joseph Steinberg (explicit, high) Named in the same sentence (wrote)"
            ]],
        );
    }

    #[test]
    fn as_someone_put_it_names_the_speaker() {
        check(
            "If it sounds unbelievable that, as Marquess puts it, a “ragtag group of amateurs could outcompete huge corporations,” consider this.",
            expect![[
                "“ragtag group of amateurs could outcompete huge corporations,” speech: Marquess (explicit, high) Named in the same sentence (puts it)"
            ]],
        );
    }

    #[test]
    fn according_to_after_the_quote_names_the_speaker() {
        check(
            "Maintainers grew restless, sparking “really big fights,” according to Torvalds.",
            expect![[
                "“really big fights,” speech: Torvalds (explicit, high) Named right after the quote (according to)"
            ]],
        );
    }

    #[test]
    fn someone_quoted_as_saying_is_the_speaker() {
        check(
            "The minister was quoted as saying “the talks are over.”",
            expect![[
                "“the talks are over.” speech: Minister (explicit, high) Named in the same sentence (saying)"
            ]],
        );
    }

    #[test]
    fn a_pronoun_takes_the_person_named_before() {
        check(
            "Tomas Berhe disputed that account. “They flooded our farms,” he told me.",
            expect![[
                "“They flooded our farms,” speech: Tomas Berhe (pronoun, medium) A pronoun (“he”) in the same sentence (told), for the speaker named before"
            ]],
        );
    }

    #[test]
    fn an_organisation_can_speak() {
        check(
            "The Free Software Foundation defines free software as “software that gives the user freedom.”",
            expect![[
                "“software that gives the user freedom.” speech: Free Software Foundation (explicit, medium) Described in the same sentence (defines)"
            ]],
        );
    }

    #[test]
    fn a_document_speaks_for_its_owner() {
        check(
            "Chesebro’s email suggested that the Senate could act “because there are two slates of votes.”",
            expect![[
                "“because there are two slates of votes.” speech: Chesebro (explicit, medium) The author of the document in the same sentence (suggested)"
            ]],
        );
    }

    #[test]
    fn a_colon_lead_in_names_the_speaker() {
        check(
            "Bob Kohler, who was walking his dog, saw the police arrive: “I had been in enough riots to know the fun was over.”",
            expect![[
                "“I had been in enough riots to know the fun was over.” speech: Bob Kohler (explicit, medium) Named in the lead-in before the colon"
            ]],
        );
    }

    #[test]
    fn generic_speakers_make_scare_quotes() {
        check(
            "Many witnesses remembered the “electricity in the air”. Some people have called it a “marketing campaign” for free software.",
            expect![[r#"
                “electricity in the air” scare
                “marketing campaign” scare"#]],
        );
    }

    #[test]
    fn a_label_for_oneself_is_a_scare_quote_but_a_name_for_something_is_speech() {
        check(
            "Drew Hamlett, who calls himself a “recovering magpie developer,” wrote a post. Historian Lillian Faderman calls the riots the “shot heard round the world”.",
            expect![[r#"
                “recovering magpie developer,” scare
                “shot heard round the world” speech: Lillian Faderman (explicit, medium) Described in the same sentence (calls)"#]],
        );
    }

    #[test]
    fn a_quote_that_carries_on_its_subjects_sentence_is_the_subjects() {
        check(
            "Until that moment, Marquess had “always assumed that the team was large.”",
            expect![[
                "“always assumed that the team was large.” speech: Marquess (explicit, medium) The subject of the sentence the quote carries on"
            ]],
        );
    }

    #[test]
    fn partial_quotes_in_indirect_speech_are_speech() {
        check(
            "Marquess said that Heartbleed was a boon for them, admitting it was a “little ironic” that publicity had helped.",
            expect![[
                "“little ironic” speech: Marquess (explicit, high) Named in the same sentence (admitting)"
            ]],
        );
    }
}
